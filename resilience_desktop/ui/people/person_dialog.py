"""Add or edit a person: relationship, closeness, support, cadence, birthday, notes."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QFormLayout, QHBoxLayout,
                               QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget)

from resilience_desktop.services.people.records import (MAX_CADENCE_DAYS, RELATIONSHIPS, SUPPORT_KINDS,
                                                PersonInput, default_cadence)
from resilience_desktop.ui.people.dialog_parts import SaveDialog
from resilience_desktop.services.dates import qt_display_format
from resilience_desktop.ui.widgets.date_fields import limit_to_date_range
from resilience_desktop.core.i18n import translate


class PersonDialog(SaveDialog):
    def __init__(self, save, data: PersonInput | None = None, parent: QWidget | None = None) -> None:
        super().__init__(translate("Resilience", "Edit person") if data else translate("Resilience", "Add a person"), save, parent)
        self.setObjectName("person_dialog")
        data = data or PersonInput(name="")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name_edit = QLineEdit(data.name)
        self.name_edit.setObjectName("name_edit")
        form.addRow(translate("Resilience", "Name"), self.name_edit)
        self.relationship_combo = QComboBox()
        self.relationship_combo.setObjectName("relationship_combo")
        for key, (label, _days) in RELATIONSHIPS.items():
            self.relationship_combo.addItem(translate("Resilience", label), key)
        self.relationship_combo.setCurrentIndex(list(RELATIONSHIPS).index(data.relationship))
        form.addRow(translate("Resilience", "Relationship"), self.relationship_combo)
        self.closeness_spin = QSpinBox()
        self.closeness_spin.setObjectName("closeness_spin")
        self.closeness_spin.setRange(1, 5)
        self.closeness_spin.setValue(data.closeness)
        self.closeness_spin.setToolTip(translate("Resilience", "1 = distant, 5 = closest"))
        form.addRow(translate("Resilience", "Closeness (1–5)"), self.closeness_spin)
        form.addRow(translate("Resilience", "Support they give"), self._support_boxes(data.supports))
        form.addRow(translate("Resilience", "Stay in touch every"), self._cadence_row(data.cadence_days))
        form.addRow(translate("Resilience", "Birthday"), self._birthday_row(data))
        self.notes_edit = QPlainTextEdit(data.notes)
        self.notes_edit.setObjectName("notes_edit")
        self.notes_edit.setFixedHeight(70)
        form.addRow(translate("Resilience", "Notes"), self.notes_edit)
        layout.addLayout(form)
        self.finish_layout(layout)
        self.relationship_combo.currentIndexChanged.connect(self._on_relationship_combo_changed)
        self._on_relationship_combo_changed()

    def _support_boxes(self, supports: list[str]) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.support_checks: dict[str, QCheckBox] = {}
        for key, label in SUPPORT_KINDS.items():
            check = QCheckBox(translate("Resilience", label))
            check.setObjectName(f"support_{key}_check")
            check.setChecked(key in supports)
            self.support_checks[key] = check
            row.addWidget(check)
        return box

    def _cadence_row(self, cadence: int | None) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.cadence_spin = QSpinBox()
        self.cadence_spin.setObjectName("cadence_spin")
        self.cadence_spin.setRange(1, MAX_CADENCE_DAYS)
        self.cadence_spin.setSuffix(translate("Resilience", " days"))
        self.cadence_spin.setAccessibleName(self.tr("Stay in touch every so many days"))
        self.default_cadence_check = QCheckBox(translate("Resilience", "default for the relationship"))
        self.default_cadence_check.setObjectName("default_cadence_check")
        self.default_cadence_check.setChecked(cadence is None)
        if cadence is not None:
            self.cadence_spin.setValue(cadence)
        self.default_cadence_check.toggled.connect(self._on_relationship_combo_changed)
        row.addWidget(self.cadence_spin)
        row.addWidget(self.default_cadence_check)
        row.addStretch(1)
        return box

    def _birthday_row(self, data: PersonInput) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.birthday_check = QCheckBox(translate("Resilience", "known"))
        self.birthday_check.setObjectName("birthday_check")
        self.birthday_edit = QDateEdit()
        self.birthday_edit.setObjectName("birthday_edit")
        self.birthday_edit.setCalendarPopup(True)
        self.birthday_edit.setAccessibleName(self.tr("Birthday"))
        limit_to_date_range(self.birthday_edit)
        self.birthday_edit.setDisplayFormat(qt_display_format())
        self.birthday_edit.setDate(QDate(data.birthday) if data.birthday else QDate(1990, 1, 1))
        self.birthday_check.setChecked(data.birthday is not None)
        self.birthday_edit.setEnabled(data.birthday is not None)
        self.birthday_check.toggled.connect(self.birthday_edit.setEnabled)
        row.addWidget(self.birthday_check)
        row.addWidget(self.birthday_edit)
        row.addStretch(1)
        return box

    def _on_relationship_combo_changed(self, *_args) -> None:
        use_default = self.default_cadence_check.isChecked()
        self.cadence_spin.setEnabled(not use_default)
        if use_default:
            self.cadence_spin.setValue(default_cadence(self.relationship_combo.currentData()))

    def value(self) -> PersonInput:
        return PersonInput(
            name=self.name_edit.text(),
            relationship=self.relationship_combo.currentData(),
            closeness=self.closeness_spin.value(),
            supports=[key for key, check in self.support_checks.items() if check.isChecked()],
            cadence_days=None if self.default_cadence_check.isChecked() else self.cadence_spin.value(),
            notes=self.notes_edit.toPlainText(),
            birthday=self.birthday_edit.date().toPython() if self.birthday_check.isChecked() else None)
