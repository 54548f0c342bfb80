"""Help lines one key away from every window: the dialog and the F1 key filter.

The main window's F1 action shows the Support tab. A modal dialog blocks that
shortcut (and would hide the tab anyway), and the unlock dialog and the
recovery screen come before the main window exists. ``AppKeyboardFilter``
(ui/app_keyboard.py) is installed on the QApplication: F1 in any window other than
the main window opens ``HelpLinesDialog`` on top of it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from resilience_desktop.core.i18n import translate
from resilience_desktop.ui.app_keyboard import HELP_LINES_DIALOG_NAME
from resilience_desktop.ui.app_keyboard import AppKeyboardFilter, install_app_keyboard  # noqa: F401 - their home was here


class HelpLinesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        from resilience_desktop.ui.support.support_tab import HelpLinesView

        super().__init__(parent)
        self.setObjectName(HELP_LINES_DIALOG_NAME)
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
