"""ImageryPage: a guided-imagery script, one section at a time, at a readable pace."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFrame, QHBoxLayout, QLabel, QProgressBar,
                               QVBoxLayout)

from resilience_desktop.services.calm.imagery import all_scripts
from resilience_desktop.ui.calm import sound as calm_sound
from resilience_desktop.ui.calm.practice_page import PracticePage
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

INTRO = (QT_TRANSLATE_NOOP("Resilience", "Choose a script and press Start. Each part stays on screen long enough to read "
         "slowly and picture it; Right arrow moves on sooner, Left goes back."))


class ImageryPage(PracticePage):
    kind = "imagery"

    def __init__(self, context, clock=None, parent=None) -> None:
        super().__init__(context, clock, parent)
        self.setObjectName("imagery_page")
        self.scripts = all_scripts()
        self.section = 0
        self._section_started = 0.0
        self.speaker = None
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_choices())
        layout.addWidget(self.stress_before)
        layout.addWidget(self._build_reader(), 1)
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("section_progress")
        self.progress_bar.setAccessibleName(translate("Resilience", "Progress through the script"))
        self.progress_bar.setFormat("Part %v of %m")
        layout.addWidget(self.progress_bar)
        self.back_button = self._button("back_button", translate("Resilience", "◀ Back"), self.previous_section)
        self.next_button = self._button("next_button", translate("Resilience", "Next ▶"), self.next_section)
        layout.addLayout(self.controls_row(self.back_button, self.next_button))
        layout.addLayout(self.footer())
        self._shortcut("Right", self.next_section)
        self._shortcut("Left", self.previous_section)
        self._show_intro()

    def _build_choices(self) -> QHBoxLayout:
        self.script_combo = QComboBox()
        self.script_combo.setObjectName("script_combo")
        self.script_combo.setAccessibleName(translate("Resilience", "Guided imagery script"))
        for script in self.scripts:
            self.script_combo.addItem(translate("Resilience", script.title), script)
        self.script_combo.currentIndexChanged.connect(self._show_intro)
        self.auto_check = QCheckBox(translate("Resilience", "Move &on by itself"))
        self.auto_check.setObjectName("auto_check")
        self.auto_check.setChecked(True)
        self.bell_check = QCheckBox(translate("Resilience", "Soft bell bet&ween parts"))
        self.bell_check.setObjectName("bell_check")
        self.speak_check = QCheckBox(translate("Resilience", "Read a&loud"))
        self.speak_check.setObjectName("speak_check")
        self.speak_check.setToolTip(translate("Resilience", "Uses your system's voice, when it has one."))
        self.speak_check.toggled.connect(self._on_speak_check_toggled)
        row = QHBoxLayout()
        label = QLabel(translate("Resilience", "&Script:"))
        label.setBuddy(self.script_combo)
        for widget in (label, self.script_combo, self.auto_check, self.bell_check,
                       self.speak_check):
            row.addWidget(widget)
        row.addStretch(1)
        return row

    def _build_reader(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("reader_frame")
        frame.setStyleSheet("#reader_frame { background: palette(alternate-base); "
                            "border-radius: 6px; }")
        self.text_label = QLabel()
        self.text_label.setObjectName("imagery_text")
        self.text_label.setWordWrap(True)
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF() * 1.5)
        self.text_label.setFont(font)
        column = QVBoxLayout(frame)
        column.setContentsMargins(40, 20, 40, 20)
        column.addWidget(self.text_label)
        return frame

    def script(self):
        return self.script_combo.currentData()

    def _show_intro(self, *_args) -> None:
        if self.active:
            return
        script = self.script()
        self.text_label.setText(translate("Resilience", "<b>{title}</b><br><br>{intro}<br><br>About {total_seconds} minutes.").format(title=script.title, intro=INTRO, total_seconds=round(script.total_seconds / 60)))
        self.progress_bar.setRange(0, len(script.sections))
        self.progress_bar.setValue(0)

    # -- sections ----------------------------------------------------------
    def show_section(self, index: int) -> None:
        script = self.script()
        self.section = index
        self._section_started = self.stopwatch.elapsed()
        self.text_label.setText(script.sections[index])
        self.progress_bar.setValue(index + 1)
        if self.speaker is not None:
            self.speaker.stop()
            self.speaker.say(script.sections[index])

    def next_section(self) -> None:
        if not self.active:
            return
        if self.section + 1 >= len(self.script().sections):
            self.finish()
            return
        if self.bell_check.isChecked():
            calm_sound.play(calm_sound.BELL_SOFT, 0.5)
        self.show_section(self.section + 1)

    def previous_section(self) -> None:
        if self.active and self.section > 0:
            self.show_section(self.section - 1)

    def _on_speak_check_toggled(self, on: bool) -> None:
        if not on:
            if self.speaker is not None:
                self.speaker.stop()
            self.speaker = None
            return
        from resilience_desktop.ui.calm.speech import Speaker

        speaker = Speaker()
        if not speaker.available:
            self.speak_check.setChecked(False)
            self.speak_check.setEnabled(False)
            self.speak_check.setToolTip(translate("Resilience", "No system voice was found, so the text is shown only."))
            return
        self.speaker = speaker

    # -- the practice ------------------------------------------------------------
    def planned_seconds(self) -> float:
        return round(self.script().total_seconds)

    def practice_name(self) -> str:
        return self.script().title

    def elapsed(self) -> float:
        return self.stopwatch.elapsed()

    def prepare(self) -> bool:
        self.script_combo.setEnabled(False)
        return True

    def on_started(self) -> None:
        self.show_section(0)

    def on_ended(self, seconds: float) -> None:
        if self.speaker is not None:
            self.speaker.stop()
        self.script_combo.setEnabled(True)
        self._show_intro()

    def tick(self) -> None:
        if not self.active or not self.stopwatch.running or not self.auto_check.isChecked():
            return
        shown_for = self.stopwatch.elapsed() - self._section_started
        if shown_for >= self.script().section_seconds(self.section):
            self.next_section()
