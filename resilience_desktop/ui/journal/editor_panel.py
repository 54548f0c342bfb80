"""EditorPanel: one entry being written or edited (text, kind, date, tags,
mood check-in, named emotions, feeling strength before/after naming).

The panel knows no database: the tab turns its state into a Draft or an
EntryInput and calls services. ``changed`` fires on every user edit.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPlainTextEdit, QPushButton, QSpinBox, QVBoxLayout,
                               QWidget)

from resilience_desktop.core import clock
from resilience_desktop.services.journal import emotions
from resilience_desktop.services.journal.entries import KIND_LABELS, KIND_PROMPTS, EntryInput
from resilience_desktop.services.journal.drafts import Draft
from resilience_desktop.services.journal.shapes import input_from_draft, new_draft
from resilience_desktop.ui.journal.emotion_picker import EmotionPickerPanel
from resilience_desktop.ui.journal.mood_pad import MoodPadWidget
from resilience_desktop.services.dates import qt_display_format
from resilience_desktop.services.wording import signed
from resilience_desktop.ui.widgets.accessible import named
from resilience_desktop.ui.widgets.date_fields import OneStopDateEdit, limit_to_date_range
from resilience_desktop.core.i18n import translate

NOT_RATED = -1


def _named(widget, name: str):
    widget.setObjectName(name)
    return widget


class EditorPanel(QWidget):
    changed = Signal()
    focus_left = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.entry_id: int | None = None
        self.follow_up_of: int | None = None
        self.follow_up_stage: str | None = None
        self._loading = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self._build_header_row())
        self.prompt_label = _named(QLabel(), "prompt_label")
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setStyleSheet("color: palette(link); font-style: italic;")
        outer.addWidget(self.prompt_label)
        middle = QHBoxLayout()
        self.body_edit = _named(QPlainTextEdit(), "body_edit")
        self.body_edit.setTabChangesFocus(True)
        named(self.body_edit, translate("Resilience", "Entry text"))
        middle.addWidget(self.body_edit, 1)
        middle.addWidget(self._build_mood_column())
        outer.addLayout(middle, 1)
        self.tags_edit = _named(QLineEdit(), "tags_edit")
        self.tags_edit.setPlaceholderText(translate("Resilience", "Tags, separated by commas (work, family, walk)"))
        named(self.tags_edit, translate("Resilience", "Tags, separated by commas"))
        outer.addWidget(self.tags_edit)
        self._connect_changes()
        self.start_new()

    # -- building -----------------------------------------------------------
    def _build_header_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.date_edit = _named(OneStopDateEdit(), "date_edit")
        self.date_edit.setCalendarPopup(True)
        limit_to_date_range(self.date_edit)
        self.date_edit.setDisplayFormat(qt_display_format())
        self.kind_combo = _named(QComboBox(), "kind_combo")
        for key, label in KIND_LABELS.items():
            self.kind_combo.addItem(translate("Resilience", label), key)
        self.title_edit = _named(QLineEdit(), "title_edit")
        self.title_edit.setPlaceholderText(translate("Resilience", "Title (optional)"))
        named(self.date_edit, translate("Resilience", "Entry date"))
        named(self.kind_combo, translate("Resilience", "Kind of entry"))
        named(self.title_edit, translate("Resilience", "Title (optional)"))
        row.addWidget(self.date_edit)
        row.addWidget(self.kind_combo)
        row.addWidget(self.title_edit, 1)
        return row

    def _build_mood_column(self) -> QWidget:
        column = QWidget()
        column.setFixedWidth(300)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(QLabel(translate("Resilience", "<b>Mood check-in</b>")))
        self.clear_mood_button = _named(QPushButton(translate("Resilience", "Clear")), "clear_mood_button")
        self.clear_mood_button.setToolTip(translate("Resilience", "No mood check-in for this entry"))
        named(self.clear_mood_button, translate("Resilience", "Clear the mood check-in"))
        heading.addStretch(1)
        heading.addWidget(self.clear_mood_button)
        layout.addLayout(heading)
        pad_row = QHBoxLayout()
        self.mood_pad = _named(MoodPadWidget(), "mood_pad")
        self.mood_label = _named(QLabel(translate("Resilience", "Tap the pad")), "mood_label")
        self.mood_label.setWordWrap(True)
        pad_row.addWidget(self.mood_pad)
        pad_row.addWidget(self.mood_label, 1)
        layout.addLayout(pad_row)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.intensity_before_spin = _named(self._intensity_spin(), "intensity_before_spin")
        form.addRow(translate("Resilience", "How strong is this feeling? (0–10)"), self.intensity_before_spin)
        layout.addLayout(form)
        layout.addWidget(QLabel(translate("Resilience", "<b>Name the feeling</b>")))
        self.emotion_picker = _named(EmotionPickerPanel(), "emotion_picker")
        layout.addWidget(self.emotion_picker, 1)
        after = QFormLayout()
        after.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.intensity_after_spin = _named(self._intensity_spin(), "intensity_after_spin")
        after.addRow(translate("Resilience", "And now, after naming it? (0–10)"), self.intensity_after_spin)
        layout.addLayout(after)
        return column

    @staticmethod
    def _intensity_spin() -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(NOT_RATED, 10)
        spin.setSpecialValueText(translate("Resilience", "not rated"))
        return spin

    def _connect_changes(self) -> None:
        for signal in (self.title_edit.textChanged, self.body_edit.textChanged,
                       self.tags_edit.textChanged, self.date_edit.dateChanged,
                       self.intensity_before_spin.valueChanged,
                       self.intensity_after_spin.valueChanged, self.emotion_picker.changed):
            signal.connect(self._on_any_changed)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_changed)
        self.mood_pad.changed.connect(self._on_mood_pad_changed)
        self.clear_mood_button.clicked.connect(self._on_clear_mood_button_clicked)
        for widget in (self.body_edit, self.title_edit, self.tags_edit):
            widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusOut:
            self.focus_left.emit()
        return super().eventFilter(watched, event)

    # -- change tracking -------------------------------------------------------
    def _on_any_changed(self, *_args) -> None:
        if not self._loading:
            self.changed.emit()

    def _on_kind_combo_changed(self, _index: int) -> None:
        self._show_prompt()
        self._on_any_changed()

    def _on_mood_pad_changed(self) -> None:
        self._show_mood()
        self._on_any_changed()

    def _on_clear_mood_button_clicked(self) -> None:
        self.mood_pad.set_value(None)
        self._on_mood_pad_changed()

    def _show_prompt(self) -> None:
        kind = self.kind_combo.currentData()
        self.prompt_label.setText(translate("Resilience", KIND_PROMPTS[kind]))
        self.body_edit.setPlaceholderText(translate("Resilience", "Start writing here…"))  # the prompt is shown above

    def _show_mood(self) -> None:
        value = self.mood_pad.value()
        quadrant = emotions.quadrant_of(*value) if value else None
        self.emotion_picker.set_quadrant(quadrant)
        if value is None:
            self.mood_label.setText(translate("Resilience", "Tap the pad: how pleasant, how much energy?"))
        else:
            self.mood_label.setText(translate("Resilience", "Pleasantness {value}\nEnergy {value2}\n{quadrant}").format(value=signed(value[0]), value2=signed(value[1]), quadrant=emotions.QUADRANT_LABELS[quadrant]))

    # -- state in and out -------------------------------------------------------
    def start_new(self, kind: str = "free", entry_date: date | None = None) -> None:

        self.load_draft(new_draft(entry_date or clock.today(), kind))

    def load_draft(self, draft: Draft) -> None:
        """Show a draft (or a fresh/loaded entry) without counting it as an edit."""
        self._loading = True
        try:
            self.entry_id = draft.entry_id
            self.follow_up_of, self.follow_up_stage = draft.follow_up_of, draft.follow_up_stage
            parsed = QDate.fromString(draft.entry_date, Qt.DateFormat.ISODate)
            self.date_edit.setDate(parsed if parsed.isValid() else QDate(clock.today()))
            index = self.kind_combo.findData(draft.kind)
            self.kind_combo.setCurrentIndex(max(0, index))
            self.title_edit.setText(translate("Resilience", draft.title))
            self.body_edit.setPlainText(draft.body)
            self.body_edit.moveCursor(QTextCursor.MoveOperation.End)
            self.tags_edit.setText(draft.tags)
            mood = None if draft.pleasantness is None or draft.energy is None else \
                (draft.pleasantness, draft.energy)
            self.mood_pad.set_value(mood)
            self._set_spin(self.intensity_before_spin, draft.intensity_before)
            self._set_spin(self.intensity_after_spin, draft.intensity_after)
            self.emotion_picker.set_checked_words(draft.emotions)
            self._show_prompt()
            self._show_mood()
        finally:
            self._loading = False

    @staticmethod
    def _set_spin(spin: QSpinBox, value: int | None) -> None:
        spin.setValue(NOT_RATED if value is None else value)

    @staticmethod
    def _spin_value(spin: QSpinBox) -> int | None:
        return None if spin.value() == NOT_RATED else spin.value()

    def draft_state(self) -> Draft:
        mood = self.mood_pad.value()
        return Draft(entry_id=self.entry_id, entry_date=self.date_edit.date().toString(
                         Qt.DateFormat.ISODate),
                     title=self.title_edit.text(), body=self.body_edit.toPlainText(),
                     tags=self.tags_edit.text(), kind=self.kind_combo.currentData(),
                     pleasantness=mood[0] if mood else None,
                     energy=mood[1] if mood else None,
                     intensity_before=self._spin_value(self.intensity_before_spin),
                     intensity_after=self._spin_value(self.intensity_after_spin),
                     emotions=self.emotion_picker.checked_words(),
                     follow_up_of=self.follow_up_of, follow_up_stage=self.follow_up_stage)

    def entry_input(self) -> EntryInput:
        """What the editor holds, as the entry to save (services/journal/shapes.py)."""
        return input_from_draft(self.draft_state())
