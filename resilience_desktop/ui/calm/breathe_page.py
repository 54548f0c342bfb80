"""BreathePage: choose a pattern and a length, then breathe with the pacer."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFrame, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout)

from resilience_desktop.services.calm import custom
from resilience_desktop.services.calm.charts import this_week_summary
from resilience_desktop.services.calm.sessions import list_practices
from resilience_desktop.services.dates import format_day
from resilience_desktop.services.calm.patterns import SAFETY_LINE, plan_cycles
from resilience_desktop.services.preferences import get_preference, set_preference
from resilience_desktop.ui.calm import sound as calm_sound
from resilience_desktop.ui.calm.pacer import PacerWidget
from resilience_desktop.ui.calm.practice_page import PracticePage
from resilience_desktop.core.i18n import translate

SAFETY_SEEN_KEY = "calm.safety_seen"
PHASE_TONES = {"in": calm_sound.TONE_IN, "top_up": calm_sound.TONE_IN,
               "out": calm_sound.TONE_OUT, "hold_in": calm_sound.TONE_HOLD,
               "hold_out": calm_sound.TONE_HOLD}


FOCUS_TEXT_SCALE = 1.6  # the pacer's words in focus mode, on a circle the size of the screen


class BreathePage(PracticePage):
    kind = "breathing"
    supports_focus = True

    def __init__(self, context, clock=None, parent=None) -> None:
        super().__init__(context, clock, parent)
        self.setObjectName("breathe_page")
        self.pacer = PacerWidget(self.clock)
        self.pacer.finished.connect(self.finish)
        self.pacer.phase_changed.connect(self._on_pacer_phase_changed)
        self.tones_heard: bool | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_safety_banner())
        layout.addLayout(self._build_choices())
        layout.addLayout(self._build_options())
        layout.addWidget(self.stress_before)
        layout.addWidget(self.pacer, 1)
        self.week_label = QLabel()
        self.week_label.setObjectName("week_label")
        layout.addWidget(self.week_label)
        layout.addLayout(self.controls_row(self.safety_button))
        layout.addLayout(self.footer())
        self.reload_patterns()
        self.refresh_summary()
        self.safety_banner.setVisible(not get_preference(SAFETY_SEEN_KEY, False))

    # -- building ---------------------------------------------------------
    def _build_safety_banner(self) -> QFrame:
        self.safety_banner = QFrame()
        self.safety_banner.setObjectName("safety_banner")
        # Fixed warm colours in light and dark themes alike, text included.
        self.safety_banner.setStyleSheet("#safety_banner { background: #fff4e5; "
                                         "border: 1px solid #f0c36d; border-radius: 4px; }"
                                         "#safety_banner QLabel { color: #3d2b00; }")
        row = QHBoxLayout(self.safety_banner)
        self.safety_label = QLabel(translate("Resilience", "<b>Safety:</b> {safety_line}").format(safety_line=translate("Resilience", SAFETY_LINE)))
        self.safety_label.setObjectName("safety_label")
        self.safety_label.setWordWrap(True)
        row.addWidget(self.safety_label, 1)
        got_it = self._button("safety_ok_button", translate("Resilience", "Got it"), self._on_safety_ok_clicked)
        row.addWidget(got_it)
        self.safety_button = self._button("safety_button", translate("Resilience", "Safety…"), self.show_safety)
        return self.safety_banner

    def _build_choices(self) -> QHBoxLayout:
        self.pattern_combo = QComboBox()
        self.pattern_combo.setObjectName("pattern_combo")
        self.pattern_combo.setAccessibleName(translate("Resilience", "Breathing pattern"))
        self.pattern_combo.currentIndexChanged.connect(self._on_pattern_chosen)
        self.patterns_button = self._button("patterns_button", translate("Resilience", "My patterns…"),
                                            self._on_patterns_button_clicked)
        self.length_spin = QSpinBox()
        self.length_spin.setObjectName("length_spin")
        self.length_spin.setAccessibleName(translate("Resilience", "Session length"))
        self.length_spin.setRange(1, 120)
        self.length_spin.valueChanged.connect(self._on_plan_changed)
        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("unit_combo")
        self.unit_combo.setAccessibleName(translate("Resilience", "Length in minutes or breaths"))
        self.unit_combo.addItem(translate("Resilience", "minutes"), "minutes")
        self.unit_combo.addItem(translate("Resilience", "breaths"), "cycles")
        self.unit_combo.currentIndexChanged.connect(self._on_plan_changed)
        row = QHBoxLayout()
        pattern_label = QLabel(translate("Resilience", "&Pattern:"))
        pattern_label.setBuddy(self.pattern_combo)
        length_label = QLabel(translate("Resilience", "&Length:"))
        length_label.setBuddy(self.length_spin)
        for widget in (pattern_label, self.pattern_combo, self.patterns_button, length_label,
                       self.length_spin, self.unit_combo):
            row.addWidget(widget)
        row.addStretch(1)
        return row

    def _build_options(self) -> QVBoxLayout:
        self.beginner_check = QCheckBox(translate("Resilience", "Begi&nner (4-7-8: at most 4 breaths)"))
        self.beginner_check.setObjectName("beginner_check")
        self.beginner_check.setChecked(True)
        self.beginner_check.toggled.connect(self._on_plan_changed)
        self.tones_check = QCheckBox(translate("Resilience", "&Tones (one in, two out)"))
        self.tones_check.setObjectName("tones_check")
        self.tones_check.toggled.connect(self._on_tones_check_toggled)
        self.reduced_check = QCheckBox(translate("Resilience", "Re&duced motion"))
        self.reduced_check.setObjectName("reduced_check")
        self.reduced_check.toggled.connect(self.pacer.set_reduced_motion)
        self.description_label = QLabel()
        self.description_label.setObjectName("description_label")
        self.description_label.setWordWrap(True)
        row = QHBoxLayout()
        for widget in (self.beginner_check, self.tones_check, self.reduced_check):
            row.addWidget(widget)
        row.addStretch(1)
        column = QVBoxLayout()
        column.addLayout(row)
        column.addWidget(self.description_label)
        return column

    # -- patterns and plan --------------------------------------------------
    def reload_patterns(self, select: str | None = None) -> None:
        select = select or self.pattern_combo.currentText() or custom.last_used_pattern().name
        self.pattern_combo.blockSignals(True)
        self.pattern_combo.clear()
        for pattern in custom.all_patterns():
            self.pattern_combo.addItem(pattern.name, pattern)
        index = self.pattern_combo.findText(select)
        self.pattern_combo.setCurrentIndex(max(0, index))
        self.pattern_combo.blockSignals(False)
        self._on_pattern_chosen()

    def select_pattern(self, name: str) -> None:
        index = self.pattern_combo.findText(name)
        if index >= 0:
            self.pattern_combo.setCurrentIndex(index)

    def pattern(self):
        return self.pattern_combo.currentData()

    def _on_pattern_chosen(self, *_args) -> None:
        pattern = self.pattern()
        for widget in (self.length_spin, self.unit_combo):
            widget.blockSignals(True)
        if pattern.default_cycles:
            self.unit_combo.setCurrentIndex(1)
            self.length_spin.setValue(pattern.default_cycles)
        else:
            self.unit_combo.setCurrentIndex(0)
            self.length_spin.setValue(round(pattern.default_minutes or 3))
        for widget in (self.length_spin, self.unit_combo):
            widget.blockSignals(False)
        self.beginner_check.setEnabled(pattern.beginner_max_cycles is not None)
        self.description_label.setText(
            f"{pattern.timing_text()}. {translate('Resilience', pattern.description)}")
        self._on_plan_changed()

    def plan(self) -> tuple[int, str]:
        value = self.length_spin.value()
        if self.unit_combo.currentData() == "cycles":
            return plan_cycles(self.pattern(), cycles=value, beginner=self.beginner_check.isChecked())
        return plan_cycles(self.pattern(), minutes=value, beginner=self.beginner_check.isChecked())

    def _on_plan_changed(self, *_args) -> None:
        if self.active:
            return
        cycles, note = self.plan()
        self.pacer.set_session(self.pattern(), cycles)
        self.status_label.setText(translate("Resilience", note))

    def _on_patterns_button_clicked(self) -> None:
        from resilience_desktop.ui.calm.pattern_dialog import PatternDialog

        dialog = PatternDialog(self)
        dialog.exec()
        if dialog.changed:
            self.reload_patterns()
        dialog.deleteLater()

    def refresh_summary(self) -> None:
        minutes, count = this_week_summary()
        last = list_practices(1)
        text = (translate("Resilience", "This week: {minutes} min of practice over %n sessions.", "This week: {minutes} min of practice over %n session.", count).format(minutes=round(minutes)) if count else translate("Resilience", "No practice yet this week."))
        if last:
            text += translate("Resilience", " Last: {label}, {started_at}.").format(label=last[0].label, started_at=format_day(last[0].started_at))
        self.week_label.setText(translate("Resilience", text))

    # -- safety ---------------------------------------------------------------
    def show_safety(self) -> None:
        self.safety_banner.show()

    def _on_safety_ok_clicked(self) -> None:
        self.safety_banner.hide()
        set_preference(SAFETY_SEEN_KEY, True)
        self.start_button.setFocus()

    # -- the practice ------------------------------------------------------------
    def set_clock(self, clock) -> None:
        super().set_clock(clock)
        self.pacer.set_clock(clock)

    def focus_display(self) -> PacerWidget:
        return self.pacer

    def on_focus_changed(self, focused: bool) -> None:
        font = QFont()  # no attributes of its own: the page's font again
        if focused:
            font = QFont(self.font())
            font.setPointSizeF(self.font().pointSizeF() * FOCUS_TEXT_SCALE)
        self.pacer.setFont(font)

    def prepare(self) -> bool:
        cycles, note = self.plan()
        self.pacer.set_session(self.pattern(), cycles)
        self.status_label.setText(translate("Resilience", note))
        custom.remember_pattern(self.pattern().name)
        return True

    def planned_seconds(self) -> float:
        return self.pacer.total_seconds

    def practice_name(self) -> str:
        return self.pattern().name

    def elapsed(self) -> float:
        return self.pacer.elapsed()

    def on_started(self) -> None:
        self.pacer.start()
        self.pacer.setFocus()

    def on_paused(self, paused: bool) -> None:
        self.pacer.pause() if paused else self.pacer.resume()

    def on_ended(self, seconds: float) -> None:
        self.pacer.stop()

    def tick(self) -> None:
        self.pacer.tick()

    def _on_tones_check_toggled(self, on: bool) -> None:
        if on:
            calm_sound.preload(calm_sound.TONE_IN, calm_sound.TONE_OUT, calm_sound.TONE_HOLD)

    def _on_pacer_phase_changed(self, phase: str) -> None:
        if not self.tones_check.isChecked():
            return
        heard = calm_sound.play(PHASE_TONES[phase])
        if not heard and self.tones_heard is not False:
            self.status_label.setText(translate("Resilience", "No sound output here: follow the words and the circle."))
        self.tones_heard = heard
