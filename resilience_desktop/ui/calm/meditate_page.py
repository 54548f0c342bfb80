"""MeditatePage: a meditation timer with warm-up, interval bells and an end bell."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QSpinBox,
                               QVBoxLayout, QWidget)

from resilience_desktop.services.calm.meditation import (DONE, END, START, WARMUP, MeditationPlan,
                                                         bells_between, clock_text,
                                                         meditation_state)
from resilience_desktop.ui.calm import sound as calm_sound
from resilience_desktop.ui.calm.practice_page import PracticePage
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

NAME = QT_TRANSLATE_NOOP("Resilience", "Meditation timer")
INTERVALS = ((QT_TRANSLATE_NOOP("Resilience", "No interval bells"), 0), (QT_TRANSLATE_NOOP("Resilience", "every minute"), 1), (QT_TRANSLATE_NOOP("Resilience", "every 2 minutes"), 2),
             (QT_TRANSLATE_NOOP("Resilience", "every 3 minutes"), 3), (QT_TRANSLATE_NOOP("Resilience", "every 5 minutes"), 5), (QT_TRANSLATE_NOOP("Resilience", "every 10 minutes"), 10),
             (QT_TRANSLATE_NOOP("Resilience", "every 15 minutes"), 15), (QT_TRANSLATE_NOOP("Resilience", "every 20 minutes"), 20))
BELL_SOUNDS = {START: calm_sound.BELL, END: calm_sound.BELL}
CUE_SECONDS = 3.0  # how long the visual bell cue stays
STAGE_WORDS = {WARMUP: QT_TRANSLATE_NOOP("Resilience", "Settling in"), "sitting": QT_TRANSLATE_NOOP("Resilience", "Sitting"), DONE: QT_TRANSLATE_NOOP("Resilience", "Done")}


FOCUS_TEXT_SCALE = 2.0  # the timer's words in focus mode


class MeditatePage(PracticePage):
    kind = "meditation"
    supports_focus = True

    def __init__(self, context, clock=None, parent=None) -> None:
        super().__init__(context, clock, parent)
        self.setObjectName("meditate_page")
        self.plan = MeditationPlan(10, 30, 0)
        self._last_elapsed = 0.0
        self._cue_until: float | None = None
        self.bells_rung: list[str] = []
        layout = QVBoxLayout(self)
        form_row = QHBoxLayout()
        form_row.addLayout(self._build_form())
        form_row.addStretch(1)
        layout.addLayout(form_row)
        layout.addWidget(self.stress_before)
        self.stage_label = self._label("stage_label", 1.4)
        self.remaining_label = self._label("remaining_label", 5.0)
        self.cue_label = self._label("bell_cue_label", 1.4)
        self.cue_label.setStyleSheet("color: #7b6fb0")
        layout.addWidget(self._build_display(), 1)
        layout.addLayout(self.controls_row())
        layout.addLayout(self.footer())
        self._show_plan()

    def _label(self, name: str, scale: float) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setProperty("text_scale", scale)
        self._scale_label(label, 1.0)
        return label

    def _scale_label(self, label: QLabel, focus_scale: float) -> None:
        font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF() * label.property("text_scale") * focus_scale)
        label.setFont(font)

    def _build_display(self) -> QWidget:
        """Stage, time left and the bell cue: what fills the screen in focus mode."""
        self.display = QWidget()
        self.display.setObjectName("meditation_display")
        self.display.setAccessibleName(translate("Resilience", NAME))
        column = QVBoxLayout(self.display)
        column.addStretch(1)
        for label in (self.stage_label, self.remaining_label, self.cue_label):
            column.addWidget(label)
        column.addStretch(1)
        return self.display

    def focus_display(self) -> QWidget:
        return self.display

    def on_focus_changed(self, focused: bool) -> None:
        for label in (self.stage_label, self.remaining_label, self.cue_label):
            self._scale_label(label, FOCUS_TEXT_SCALE if focused else 1.0)

    def _build_form(self) -> QFormLayout:
        self.minutes_spin = self._spin("minutes_spin", 1, 180, 10, " min", translate("Resilience", "Length"))
        self.warmup_spin = self._spin("warmup_spin", 0, 300, 30, " s", translate("Resilience", "Warm-up"))
        self.interval_combo = QComboBox()
        self.interval_combo.setObjectName("interval_combo")
        self.interval_combo.setAccessibleName(translate("Resilience", "Interval bells"))
        for label, minutes in INTERVALS:
            self.interval_combo.addItem(translate("Resilience", label), minutes)
        self.end_bell_check = QCheckBox(translate("Resilience", "Ring a bell at the &end"))
        self.end_bell_check.setObjectName("end_bell_check")
        self.end_bell_check.setChecked(True)
        self.sound_check = QCheckBox(translate("Resilience", "Pla&y bells (otherwise shown on screen only)"))
        self.sound_check.setObjectName("sound_check")
        self.sound_check.setChecked(True)
        for widget in (self.interval_combo, self.end_bell_check):
            signal = getattr(widget, "currentIndexChanged", None) or widget.toggled
            signal.connect(self._show_plan)
        form = QFormLayout()
        form.addRow(translate("Resilience", "&Length:"), self.minutes_spin)
        form.addRow(translate("Resilience", "&Warm-up (settle in):"), self.warmup_spin)
        form.addRow(translate("Resilience", "Inter&val bells:"), self.interval_combo)
        form.addRow("", self.end_bell_check)
        form.addRow("", self.sound_check)
        return form

    def _spin(self, name, low, high, value, suffix, accessible) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setAccessibleName(accessible)
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setSuffix(suffix)
        spin.valueChanged.connect(self._show_plan)
        return spin

    def current_plan(self) -> MeditationPlan:
        return MeditationPlan(self.minutes_spin.value(), self.warmup_spin.value(),
                              self.interval_combo.currentData() or None,
                              self.end_bell_check.isChecked())

    def _show_plan(self, *_args) -> None:
        if self.active:
            return
        self.plan = self.current_plan()
        self.stage_label.setText(translate("Resilience", "Ready"))
        self.remaining_label.setText(clock_text(self.plan.total_seconds))
        self.cue_label.setText("")

    # -- the practice -------------------------------------------------------
    def prepare(self) -> bool:
        self.plan = self.current_plan()
        self._last_elapsed = 0.0
        self.bells_rung = []
        self.cue_label.setText("")
        if self.sound_check.isChecked():
            calm_sound.preload(calm_sound.BELL, calm_sound.BELL_SOFT)
        for widget in (self.minutes_spin, self.warmup_spin, self.interval_combo,
                       self.end_bell_check):
            widget.setEnabled(False)
        return True

    def planned_seconds(self) -> float:
        return self.plan.total_seconds

    def practice_name(self) -> str:
        return NAME

    def on_started(self) -> None:
        self.tick()

    def on_paused(self, paused: bool) -> None:
        self.stage_label.setText(translate("Resilience", "Paused") if paused else translate("Resilience", STAGE_WORDS[self._stage()]))

    def on_ended(self, seconds: float) -> None:
        for widget in (self.minutes_spin, self.warmup_spin, self.interval_combo,
                       self.end_bell_check):
            widget.setEnabled(True)
        elapsed = seconds
        self.stage_label.setText(translate("Resilience", "Done") if elapsed >= self.plan.total_seconds else translate("Resilience", "Ended early"))
        self.remaining_label.setText(clock_text(self.plan.total_seconds - elapsed))

    def _stage(self) -> str:
        return meditation_state(self.plan, self.stopwatch.elapsed()).stage

    def tick(self) -> None:
        if not self.active:
            return
        elapsed = min(self.stopwatch.elapsed(), self.plan.total_seconds)
        for bell in bells_between(self.plan, self._last_elapsed, elapsed):
            self._ring(bell)
        self._last_elapsed = elapsed
        state = meditation_state(self.plan, elapsed)
        if self._cue_until is not None and self.clock.now() >= self._cue_until:
            self.cue_label.setText("")
            self._cue_until = None
        if state.stage == DONE:
            self.finish()
            return
        if self.stopwatch.running:
            self.stage_label.setText(translate("Resilience", STAGE_WORDS[state.stage]))
        self.remaining_label.setText(clock_text(state.total_seconds_left))

    def _ring(self, bell: str) -> None:
        self.bells_rung.append(bell)
        heard = False
        if self.sound_check.isChecked():
            heard = calm_sound.play(BELL_SOUNDS.get(bell, calm_sound.BELL_SOFT))
        words = {START: "Bell: begin", END: "Bell: the end"}.get(bell, "Bell")
        self.cue_label.setText(f"◉ {words}" + ("" if heard else translate("Resilience", " (shown, not heard)")))
        self._cue_until = self.clock.now() + CUE_SECONDS
