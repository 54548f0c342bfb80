"""PracticePage: what the Breathe, Meditate, Imagery and Grounding pages share.

Start / pause / end buttons (Space starts and pauses, Esc ends), a stopwatch
on the injectable clock, the optional stress rating before, logging the
practice when it ends (finished or ended early) and the optional one-tap
rating after. Subclasses fill in the practice itself through the hooks.
Pages with ``supports_focus`` get a "Focus (F11)" button: their display (from
``focus_display``) fills the screen in focus mode (ui/calm/focus_mode.py).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractButton, QApplication, QHBoxLayout, QLabel, QPushButton,
                               QVBoxLayout, QWidget)

from resilience_desktop.core import clock
from resilience_desktop.core.errors import UserFacingError
from resilience_desktop.services.calm.clock import MonotonicClock, Stopwatch
from resilience_desktop.services.calm.meditation import clock_text
from resilience_desktop.services.calm.sessions import (PracticeInput, log_practice,
                                                       set_stress_after)
from resilience_desktop.ui.calm.stress_taps import StressTaps
from resilience_desktop.core.i18n import translate

MIN_LOGGED_SECONDS = 5  # an accidental start and stop is not a practice


class PracticePage(QWidget):
    kind = ""
    tick_ms = 250
    space_toggles = True
    supports_focus = False  # the page offers focus mode (focus_display gives its display)
    # Start, pause, resume or end changed what the buttons say.
    state_changed = Signal()
    # The practice ended (finished or ended early), after it was logged.
    ended = Signal()

    def __init__(self, context, clock=None, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.clock = clock or MonotonicClock()
        self.stopwatch = Stopwatch(self.clock)
        self.started_at = None
        self.logged_id: int | None = None
        self.stress_before = StressTaps(translate("Resilience", "Stress now (optional):"), f"{self.kind}_stress_before")
        self.stress_after = StressTaps(translate("Resilience", "And now?"), f"{self.kind}_stress_after", skip_text=translate("Resilience", "Skip"))
        self.stress_after.chosen.connect(self._on_stress_after_chosen)
        self.stress_after.hide()
        self.start_button = self._button("start_button", translate("Resilience", "Start"), self.toggle)
        self.stop_button = self._button("stop_button", translate("Resilience", "End and log"), self.stop)
        self.status_label = QLabel()
        self.status_label.setObjectName(f"{self.kind}_status_label")
        self.status_label.setWordWrap(True)
        self.tick_timer = QTimer(self)
        self.tick_timer.timeout.connect(self.tick)
        self._shortcut("Esc", self.stop)
        if self.space_toggles:
            self._shortcut("Space", self._on_space)
        self.focus_mode = None
        self.focus_button = None
        if self.supports_focus:
            self.focus_button = self._button("focus_button", translate("Resilience", "Focus (F11)"),
                                             lambda _checked=False: self.enter_focus())
            self.focus_button.setAccessibleName(translate("Resilience", "Focus mode"))
            self.focus_button.setToolTip(translate(
                "Resilience", "Only the practice, filling the screen. Esc or F11 returns."))
            self._shortcut("F11", self.enter_focus)
        self._update_buttons()

    # -- building helpers ------------------------------------------------
    def _button(self, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(translate("Resilience", text))
        button.setObjectName(f"{self.kind}_{name}")
        button.setAccessibleName(translate("Resilience", text))
        button.clicked.connect(slot)
        return button

    def _shortcut(self, keys: str, slot) -> None:
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    def controls_row(self, *extra: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.start_button)
        row.addWidget(self.stop_button)
        if self.focus_button is not None:
            row.addWidget(self.focus_button)
        for widget in extra:
            row.addWidget(widget)
        row.addStretch(1)
        return row

    def footer(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.addWidget(self.stress_after)
        column.addWidget(self.status_label)
        return column

    def set_clock(self, clock) -> None:
        self.clock = clock
        self.stopwatch = Stopwatch(clock)

    # -- hooks -----------------------------------------------------------
    def prepare(self) -> bool:
        """Set up the practice before it starts; False (with a message) to refuse."""
        return True

    def planned_seconds(self) -> float | None:
        return None

    def practice_name(self) -> str:
        raise NotImplementedError

    def practice_notes(self) -> str:
        return ""

    def on_started(self) -> None: ...

    def on_paused(self, paused: bool) -> None: ...

    def on_ended(self, seconds: float) -> None: ...

    def focus_display(self) -> QWidget | None:
        """The widget that fills the screen in focus mode (None: no focus mode)."""
        return None

    def on_focus_changed(self, focused: bool) -> None:
        """Entering or leaving focus mode (e.g. larger text while focused)."""

    # -- focus mode --------------------------------------------------------
    @property
    def in_focus(self) -> bool:
        return self.focus_mode is not None and self.focus_mode.active

    def enter_focus(self, full_screen: bool = True) -> None:
        """The Focus button, F11: the practice alone, filling the screen (or the window)."""
        from resilience_desktop.ui.calm.focus_mode import FocusMode

        if self.in_focus:
            return
        self.focus_mode = FocusMode(self, full_screen)
        if not self.focus_mode.enter():
            self.status_label.setText(translate("Resilience", "Focus mode opens from the main window only."))

    def leave_focus(self) -> None:
        """Esc, F11 or Leave focus: back where the person was; the practice goes on."""
        if self.focus_mode is not None:
            self.focus_mode.leave()

    def elapsed(self) -> float:
        return self.stopwatch.elapsed()

    def tick(self) -> None: ...

    def _on_space(self) -> None:
        """Space starts and pauses; on another focused button it presses that button."""
        focus = QApplication.focusWidget()
        if isinstance(focus, QAbstractButton) and focus is not self.start_button \
                and focus.isEnabled():
            focus.click()
            return
        self.toggle()

    # -- running -----------------------------------------------------------
    @property
    def active(self) -> bool:
        return self.started_at is not None

    def toggle(self) -> None:
        if not self.active:
            self.start()
        elif self.stopwatch.running:
            self.stopwatch.pause()
            self.on_paused(True)
        else:
            self.stopwatch.resume()
            self.on_paused(False)
        self._update_buttons()

    def start(self) -> None:
        if self.active or not self.prepare():
            return
        self.stress_after.hide()
        self.logged_id = None
        self.started_at = clock.now_to_second()
        self.stopwatch.start()
        self.on_started()
        self.tick_timer.start(self.tick_ms)
        self._update_buttons()

    def stop(self) -> None:
        """Esc / "End and log": end now and log the time practised."""
        if self.active:
            self.finish()

    def finish(self) -> None:
        """The practice ended (done or stopped): log it and offer the after rating."""
        seconds = self.elapsed()
        planned = self.planned_seconds()
        if planned is not None:
            seconds = min(seconds, planned)
        seconds = round(seconds)
        name, notes, started = self.practice_name(), self.practice_notes(), self.started_at
        self.tick_timer.stop()
        self.stopwatch.reset()
        self.started_at = None
        self.on_ended(seconds)
        self._update_buttons()
        if seconds < MIN_LOGGED_SECONDS:
            self.status_label.setText(translate("Resilience", "Stopped before it began; nothing was logged."))
        else:
            self._log(PracticeInput(self.kind, name, started, seconds, planned,
                                    self.stress_before.value, notes=notes))
        self.ended.emit()

    def _log(self, data: PracticeInput) -> None:
        try:
            self.logged_id = log_practice(data)
        except UserFacingError as error:
            self.status_label.setText(translate("Resilience", "Not logged: {error}").format(error=error))
            return
        self.stress_before.clear()
        done = "" if data.planned_seconds is None or data.actual_seconds >= data.planned_seconds \
            else f" of {clock_text(data.planned_seconds)}"
        self.status_label.setText(translate("Resilience", "Logged {actual_seconds}{done} of {name}. How stressed do you feel now? (optional)").format(actual_seconds=clock_text(data.actual_seconds), done=done, name=data.name))
        self.stress_after.clear()
        self.stress_after.show()
        self.context.signals.calm_changed.emit()

    def _on_stress_after_chosen(self, value) -> None:
        self.stress_after.hide()
        if self.logged_id is None:
            return
        if value is None:
            self.status_label.setText(translate("Resilience", "Logged."))
            return
        try:
            set_stress_after(self.logged_id, value)
        except UserFacingError as error:
            self.status_label.setText(str(error))
            return
        self.status_label.setText(translate("Resilience", "Logged, with stress {value} after.").format(value=value))
        self.context.signals.calm_changed.emit()

    def _update_buttons(self) -> None:
        if not self.active:
            text = translate("Resilience", "Start")
        else:
            text = translate("Resilience", "Pause") if self.stopwatch.running else translate("Resilience", "Resume")
        self.start_button.setText(translate("Resilience", "{text} (Space)").format(text=text) if self.space_toggles else translate("Resilience", text))
        self.start_button.setAccessibleName(translate("Resilience", text))
        self.stop_button.setEnabled(self.active)
        self.stress_before.setEnabled(not self.active)
        self.state_changed.emit()
