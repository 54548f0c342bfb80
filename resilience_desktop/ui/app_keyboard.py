"""The app-wide keyboard filter: F1 help lines from every window, keyboard defaults.

``AppKeyboardFilter`` is installed on the QApplication: F1 in any window other than
the main window (which has its own action) opens the help lines dialog on top of it
(a modal dialog blocks every application shortcut, hence a filter), and every widget
gets the keyboard defaults of ui/keyboard.py when Qt polishes it.

Every event of the app passes through this Python filter, and the first events of
objects Python has not seen yet make PySide build their classes and enums: while the
window shell is painted and Today is built that was ~100 ms of CPU (docs/performance.md).
So a shell-first start installs it only once the shown tab is built
(``MainWindow.attach``): ``install_app_keyboard`` then gives the widgets already
polished their defaults, as the filter would have done.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QTabBar, QWidget

from resilience_desktop.ui.keyboard import apply_keyboard_defaults, mark_focused_tab

MAIN_WINDOW_NAME = "main_window"
HELP_LINES_DIALOG_NAME = "help_lines_dialog"


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
        return _f1_pressed(watched.window(), event)


def _f1_pressed(window: QWidget, event) -> bool:
    """F1 in window: True when it is ours (the help lines open on the key press)."""
    if window.objectName() == MAIN_WINDOW_NAME and QApplication.activeModalWidget() is None:
        return False
    if event.type() == QEvent.Type.ShortcutOverride:
        event.accept()  # F1 is ours here: deliver it as a key press
        return True
    if window.objectName() != HELP_LINES_DIALOG_NAME:
        from resilience_desktop.ui.support.help_lines_dialog import show_help_lines

        show_help_lines(window)
    return True


def install_app_keyboard(app: QApplication) -> None:
    """F1 help lines and keyboard defaults for every window (idempotent). Widgets
    polished before this get their defaults now."""
    if getattr(app, "_app_keyboard_filter", None) is not None:
        return
    keyboard_filter = AppKeyboardFilter(app)
    app._app_keyboard_filter = keyboard_filter
    app.installEventFilter(keyboard_filter)
    for widget in app.allWidgets():
        if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
            apply_keyboard_defaults(widget)
            if isinstance(widget, QTabBar) and widget.hasFocus():
                mark_focused_tab(widget)
