"""GroundingPage: the 5-4-3-2-1 exercise, step by step, notes kept only if saved."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QLabel, QPlainTextEdit, QProgressBar, QVBoxLayout

from resilience_desktop.services.calm.grounding import NAME, STEPS, notes_text
from resilience_desktop.ui.calm.practice_page import PracticePage
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

INTRO = (QT_TRANSLATE_NOOP("Resilience", "When feelings run high, your senses can bring you back to the here and now. "
         "Press Start and take each step at your own pace; writing anything down is "
         "optional."))


class GroundingPage(PracticePage):
    kind = "grounding"
    space_toggles = False  # Space types into the notes

    def __init__(self, context, clock=None, parent=None) -> None:
        super().__init__(context, clock, parent)
        self.setObjectName("grounding_page")
        self.step = 0
        self.notes = [""] * len(STEPS)
        self.title_label = QLabel()
        self.title_label.setObjectName("step_title")
        font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF() * 1.8)
        self.title_label.setFont(font)
        self.prompt_label = QLabel(translate("Resilience", INTRO))
        self.prompt_label.setObjectName("step_prompt")
        self.prompt_label.setWordWrap(True)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("notes_edit")
        self.notes_edit.setAccessibleName(translate("Resilience", "Notes for this step (optional)"))
        self.notes_edit.setPlaceholderText(translate("Resilience", "Optional: write what you notice."))
        self.notes_edit.setTabChangesFocus(True)
        self.keep_notes_check = QCheckBox(translate("Resilience", "&Keep my notes with this practice"))
        self.keep_notes_check.setObjectName("keep_notes_check")
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("step_progress")
        self.progress_bar.setAccessibleName(self.tr("Grounding steps done"))
        self.progress_bar.setRange(0, len(STEPS))
        self.progress_bar.setFormat("Step %v of %m")
        self.back_button = self._button("back_button", translate("Resilience", "◀ Back"), self.previous_step)
        self.next_button = self._button("next_button", translate("Resilience", "Next ▶"), self.next_step)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stress_before)
        layout.addWidget(self.title_label)
        layout.addWidget(self.prompt_label)
        layout.addWidget(self.notes_edit, 1)
        layout.addWidget(self.keep_notes_check)
        layout.addWidget(self.progress_bar)
        layout.addLayout(self.controls_row(self.back_button, self.next_button))
        layout.addLayout(self.footer())
        self._show_intro()

    def _show_intro(self) -> None:
        self.title_label.setText(translate("Resilience", "5-4-3-2-1 grounding"))
        self.prompt_label.setText(translate("Resilience", INTRO))
        self.notes_edit.setEnabled(False)
        self.progress_bar.setValue(0)
        for button in (self.back_button, self.next_button):
            button.setEnabled(False)

    def show_step(self, index: int) -> None:
        self.notes[self.step] = self.notes_edit.toPlainText()
        self.step = index
        step = STEPS[index]
        self.title_label.setText(translate("Resilience", "{count} {things} you can {sense}").format(count=step.count, things='thing' if step.count == 1 else 'things', sense=step.sense))
        self.prompt_label.setText(translate("Resilience", step.prompt))
        self.notes_edit.setPlainText(self.notes[index])
        self.notes_edit.setEnabled(True)
        self.progress_bar.setValue(index + 1)
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(True)
        self.next_button.setText(translate("Resilience", "Finish") if index == len(STEPS) - 1 else translate("Resilience", "Next ▶"))
        self.notes_edit.setFocus()

    def next_step(self) -> None:
        if not self.active:
            return
        if self.step + 1 >= len(STEPS):
            self.notes[self.step] = self.notes_edit.toPlainText()
            self.finish()
            return
        self.show_step(self.step + 1)

    def previous_step(self) -> None:
        if self.active and self.step > 0:
            self.show_step(self.step - 1)

    # -- the practice ---------------------------------------------------------
    def practice_name(self) -> str:
        return NAME

    def practice_notes(self) -> str:
        self.notes[self.step] = self.notes_edit.toPlainText()
        return notes_text(self.notes) if self.keep_notes_check.isChecked() else ""

    def on_started(self) -> None:
        self.notes = [""] * len(STEPS)
        self.step = 0
        self.notes_edit.clear()
        self.show_step(0)

    def on_ended(self, seconds: float) -> None:
        self.notes = [""] * len(STEPS)  # not kept in memory either
        self.notes_edit.clear()
        self.keep_notes_check.setChecked(False)
        self._show_intro()
