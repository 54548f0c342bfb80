"""Focus mode for a practice (the pacer, the meditation timer): the practice fills the
screen and nothing else shows, as Calm, Headspace and Breathly do.

Entered with the page's "Focus" button or F11; left with Esc, F11 or "Leave focus",
and by itself when the practice ends (finished or "End and log"), so the after
rating and the "Logged" line show on the page. The practice keeps running across
entering and leaving: its display widget (the pacer, the timer's labels) is moved
into the focus view and back, never rebuilt, and the page's clock and timers never
stop. Leaving returns exactly where the person was: the same tab and sub-tab, the
window's own state (normal, maximised; full screen is left), the menu bar, and the
keyboard focus on the control that had it.

The view sits in the main window's central stack (in front of the tabs, as the
first-run page does), so keyboard focus never has to move to another window.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from shiboken6 import isValid
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractButton, QApplication, QHBoxLayout, QLabel, QPushButton,
                               QVBoxLayout, QWidget)

from resilience_desktop.core.i18n import translate


class FocusView(QWidget):
    """What fills the window: the practice's display, one line of keys, three buttons."""

    def __init__(self, page, display: QWidget, parent=None) -> None:
        super().__init__(parent)
        self.page = page
        self.setObjectName("focus_view")
        self.setAccessibleName(translate("Resilience", "Focus mode: {name}").format(
            name=display.accessibleName() or page.accessibleName()))
        self.start_button = self._button("focus_start_button", page.toggle)
        self.stop_button = self._button("focus_stop_button", page.stop)
        self.stop_button.setText(translate("Resilience", "End and log"))
        self.stop_button.setAccessibleName(translate("Resilience", "End and log"))
        self.leave_button = self._button("focus_leave_button", page.leave_focus)
        self.leave_button.setText(translate("Resilience", "Leave focus (Esc)"))
        self.leave_button.setAccessibleName(translate("Resilience", "Leave focus"))
        self.keys_label = QLabel(translate(
            "Resilience", "Space starts and pauses · Esc or F11 leaves focus; the practice goes on"))
        self.keys_label.setObjectName("focus_keys_label")
        self.keys_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keys_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addStretch(1)
        for button in (self.start_button, self.stop_button, self.leave_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(display, 1)
        layout.addWidget(self.keys_label)
        layout.addLayout(row)
        for keys, slot in (("Space", self._on_space), ("Esc", page.leave_focus),
                           ("F11", page.leave_focus)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        page.state_changed.connect(self.sync)
        self.sync()

    def _button(self, name: str, slot) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def sync(self) -> None:
        """Start / Pause / Resume and End and log, as on the page."""
        self.start_button.setText(self.page.start_button.text())
        self.start_button.setAccessibleName(self.page.start_button.accessibleName())
        self.stop_button.setEnabled(self.page.stop_button.isEnabled())

    def _on_space(self) -> None:
        """Space starts and pauses; on another focused button it presses that button."""
        focus = QApplication.focusWidget()
        if isinstance(focus, QAbstractButton) and focus is not self.start_button \
                and focus.isEnabled():
            focus.click()
            return
        self.page.toggle()


class FocusMode:
    """One visit to focus mode: enter() moves the display into a FocusView in front of
    the tabs and fills the screen; leave() puts everything back as it was."""

    def __init__(self, page, full_screen: bool = True) -> None:
        self.page = page
        self.full_screen = full_screen  # False: the practice fills the window only
        self.view: FocusView | None = None

    @property
    def active(self) -> bool:
        return self.view is not None

    def enter(self) -> bool:
        window = self.page.window()
        stack = getattr(window, "stack", None)  # the main window's central stack
        display = self.page.focus_display()
        if self.active or stack is None or display is None:
            return False
        self._window, self._stack = window, stack
        self._was_showing = stack.currentWidget()
        self._window_state = window.windowState()
        self._menu_shown = window.menuBar().isVisibleTo(window)
        self._had_focus = QApplication.focusWidget()
        self._display = display
        self._home = display.parentWidget().layout()
        self._index = self._home.indexOf(display)
        self._stretch = self._home.stretch(self._index)
        self.view = FocusView(self.page, display)
        display.show()
        stack.addWidget(self.view)
        stack.setCurrentWidget(self.view)
        window.menuBar().hide()
        if self.full_screen:
            window.setWindowState(self._window_state | Qt.WindowState.WindowFullScreen)
        self.page.on_focus_changed(True)
        self.page.ended.connect(self.leave)
        self.view.start_button.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def leave(self) -> None:
        if self.view is None:
            return
        view, self.view = self.view, None
        self.page.ended.disconnect(self.leave)
        self._home.insertWidget(self._index, self._display, self._stretch)
        self._display.show()
        self.page.on_focus_changed(False)
        self._stack.setCurrentWidget(self._was_showing)
        self._stack.removeWidget(view)
        view.deleteLater()
        if self.full_screen:
            self._window.setWindowState(self._window_state)
        self._window.menuBar().setVisible(self._menu_shown)
        self._restore_focus()

    def _restore_focus(self) -> None:
        """Back on the control that had focus; after the practice ended, on the after rating."""
        taps = self.page.stress_after
        if not self.page.active and taps.isVisibleTo(self.page):
            target = taps.buttons[0]
        elif isinstance(self._had_focus, QWidget) and isValid(self._had_focus) \
                and self._had_focus.isVisibleTo(self._window):
            target = self._had_focus
        else:
            target = self.page.focus_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)
