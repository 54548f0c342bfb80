"""Daylio choices in the import dialog: a pleasantness for each custom mood, and
whether exercise-like activities also become exercise sessions (and how long)."""

from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QSpinBox, QVBoxLayout, QWidget)

from resilience_desktop.services.transfer.daylio_exercise import DEFAULT_MINUTES, MINUTES_RANGE
from resilience_desktop.core.i18n import translate


class DaylioOptionsPanel(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("daylio_options_panel")
        self.mood_box = QGroupBox(translate("Resilience", "Custom moods: how pleasant was each? (−5 to +5, 0 = neutral)"))
        self.mood_box.setObjectName("mood_box")
        self.mood_form = QFormLayout(self.mood_box)
        self.mood_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.mood_spins: dict[str, QSpinBox] = {}
        self.exercise_check = QCheckBox()
        self.exercise_check.setObjectName("exercise_check")
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setObjectName("minutes_spin")
        self.minutes_spin.setRange(*MINUTES_RANGE)
        self.minutes_spin.setValue(DEFAULT_MINUTES)
        self.minutes_spin.setSuffix(translate("Resilience", " min"))
        self.exercise_note = QLabel()
        self.exercise_note.setObjectName("exercise_note")
        self.exercise_note.setWordWrap(True)
        exercise_row = QHBoxLayout()
        exercise_row.addWidget(self.exercise_check)
        exercise_row.addWidget(self.minutes_spin)
        exercise_row.addWidget(QLabel("each"))
        exercise_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.mood_box)
        layout.addLayout(exercise_row)
        layout.addWidget(self.exercise_note)

    def set_preview(self, preview) -> None:
        """preview: services.transfer_daylio.DaylioPreview."""
        while self.mood_form.rowCount():
            self.mood_form.removeRow(0)
        self.mood_spins = {}
        for name, count in preview.custom_moods.items():
            spin = QSpinBox()
            spin.setObjectName(f"mood_spin_{len(self.mood_spins)}")
            spin.setRange(-5, 5)
            spin.setValue(0)
            self.mood_spins[name] = spin
            self.mood_form.addRow(translate("Resilience", "“{name}” (%n check-ins)", "“{name}” (%n check-in)", count).format(name=name), spin)
        self.mood_box.setVisible(bool(self.mood_spins))
        count = preview.exercise_count
        self.exercise_check.setText(translate("Resilience", "Also log %n exercise sessions of", "Also log %n exercise session of", count))
        self.exercise_check.setChecked(False)
        self.exercise_check.setEnabled(count > 0)
        self.minutes_spin.setEnabled(count > 0)
        names = ", ".join(preview.exercise_names[:8]) + ("…" if len(preview.exercise_names) > 8 else "")
        self.exercise_note.setText(
            translate("Resilience", "From the activities {names}. Daylio records no durations, so each session gets the length above and ends at the check-in time.").format(names=names) if count else
            translate("Resilience", "No activity in this file looks like exercise (walk, running, yoga, gym…)."))

    def custom_moods(self) -> dict[str, int]:
        return {name: spin.value() for name, spin in self.mood_spins.items()}

    def exercise_sessions(self) -> bool:
        return self.exercise_check.isEnabled() and self.exercise_check.isChecked()

    def minutes(self) -> int:
        return self.minutes_spin.value()
