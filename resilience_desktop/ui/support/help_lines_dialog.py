"""Help lines one key away from every window: the dialog and the F1 key filter.

The main window's F1 action shows the Support tab. A modal dialog blocks that
shortcut (and would hide the tab anyway), and the unlock dialog and the
recovery screen come before the main window exists. ``AppKeyboardFilter`` is
installed on the QApplication: F1 in any window other than the main window
opens ``HelpLinesDialog`` on top of it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (QApplication, QDialog, QDialogButtonBox, QPushButton, QTabBar,
                               QVBoxLayout, QWidget)

from resilience_desktop.ui.keyboard import apply_keyboard_defaults, mark_focused_tab
from resilience_desktop.core.i18n import translate

MAIN_WINDOW_NAME = "main_window"


class HelpLinesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        from resilience_desktop.ui.support.support_tab import HelpLinesView

        super().__init__(parent)
        self.setObjectName("help_lines_dialog")
        self.setWindowTitle(translate("Resilience", "Support and help lines"))
        self.setAccessibleName(translate("Resilience", "Support and help lines"))
        self.view = HelpLinesView(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setObjectName("help_lines_buttons")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(640, 620)


def show_help_lines(parent: QWidget | None = None) -> HelpLinesDialog:
    """Open the help lines on top of parent (modal, so it works over a modal dialog)."""
    dialog = HelpLinesDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def support_button(parent: QWidget) -> QPushButton:
    """A "Help lines (F1)" button for screens shown before the main window."""
    button = QPushButton(translate("Resilience", "Help lines (F1)"), parent)
    button.setObjectName("support_button")
    button.setAccessibleName(translate("Resilience", "Support and help lines"))
    button.setToolTip(translate("Resilience", "Crisis lines and how to find a therapist"))
    button.clicked.connect(lambda: show_help_lines(parent.window()))
    return button


class AppKeyboardFilter(QObject):
    """Installed on the QApplication: F1 anywhere but the main window (which has
    its own action) opens the help lines, and every widget gets the keyboard
    defaults of ui/keyboard.py when Qt polishes it."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        kind = event.type()
        if kind == QEvent.Type.Polish:
            apply_keyboard_defaults(watched)
            return False
        if kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut) and isinstance(watched, QTabBar):
            mark_focused_tab(watched)
            return False
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        if event.key() != Qt.Key.Key_F1 or not isinstance(watched, QWidget):
            return False
        window = watched.window()
        if window.objectName() == MAIN_WINDOW_NAME and QApplication.activeModalWidget() is None:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # F1 is ours here: deliver it as a key press
            return True
        if not isinstance(window, HelpLinesDialog):
            show_help_lines(window)
        return True


def install_app_keyboard(app: QApplication) -> None:
    """F1 help lines and keyboard defaults for every window (idempotent)."""
    if app.findChild(AppKeyboardFilter) is None:
        app.installEventFilter(AppKeyboardFilter(app))
