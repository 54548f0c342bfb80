"""Log (or edit) a contact: when, with whom or which group, how, and how it felt.

Choosing a group ticks its members; the user unticks anyone who was absent,
and everyone still ticked gets their stay-in-touch clock reset.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QComboBox, QDateEdit, QFormLayout, QLabel, QPlainTextEdit,
                               QSpinBox, QVBoxLayout, QWidget)

from resilience_desktop.services.people.contacts import CHANNELS, ContactInput
from resilience_desktop.ui.people.dialog_parts import PeopleChecklist, SaveDialog
from resilience_desktop.services.dates import qt_display_format
from resilience_desktop.ui.widgets.date_fields import limit_to_date_range
from resilience_desktop.core.i18n import translate


class ContactDialog(SaveDialog):
    def __init__(self, save, people: list[tuple[int, str]],
                 groups: list[tuple[int, str, list[int]]], today: date,
                 data: ContactInput | None = None, parent: QWidget | None = None) -> None:
        super().__init__(translate("Resilience", "Edit contact") if data else translate("Resilience", "Log a contact"), save, parent)
        self.setObjectName("contact_dialog")
        data = data or ContactInput(day=today)
        self._members = {gid: set(members) for gid, _name, members in groups}
        self._group_id = data.group_id
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.date_edit = QDateEdit(QDate(data.day))
        self.date_edit.setObjectName("date_edit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(qt_display_format())
        limit_to_date_range(self.date_edit, latest=today)
        form.addRow(translate("Resilience", "Date"), self.date_edit)
        self.group_combo = QComboBox()
        self.group_combo.setObjectName("group_combo")
        self.group_combo.addItem(translate("Resilience", "No group (one-to-one)"), None)
        for gid, name, _members in groups:
            self.group_combo.addItem(name, gid)
        self.group_combo.setCurrentIndex(max(0, self.group_combo.findData(data.group_id)))
        form.addRow(translate("Resilience", "Group"), self.group_combo)
        self.channel_combo = QComboBox()
        self.channel_combo.setObjectName("channel_combo")
        for key, label in CHANNELS.items():
            self.channel_combo.addItem(translate("Resilience", label), key)
        self.channel_combo.setCurrentIndex(list(CHANNELS).index(data.channel))
        form.addRow(translate("Resilience", "How"), self.channel_combo)
        self.duration_spin = QSpinBox()
        self.duration_spin.setObjectName("duration_spin")
        self.duration_spin.setRange(0, 24 * 60)
        self.duration_spin.setSingleStep(5)
        self.duration_spin.setSpecialValueText(translate("Resilience", "not noted"))
        self.duration_spin.setSuffix(translate("Resilience", " min"))
        self.duration_spin.setValue(data.duration_minutes or 0)
        form.addRow(translate("Resilience", "How long"), self.duration_spin)
        self.supported_combo = self._scale_combo("supported_combo", range(1, 6), data.felt_supported,
                                                 {1: translate("Resilience", "1 not at all"), 5: translate("Resilience", "5 very")})
        self.supported_combo.setAccessibleName(self.tr("How supported did I feel"))
        form.addRow(translate("Resilience", "How supported did I feel"), self.supported_combo)
        self.mood_combo = self._scale_combo("mood_combo", range(-5, 6), data.mood_after, {})
        self.mood_combo.setAccessibleName(self.tr("Mood after, −5 to +5"))
        form.addRow(translate("Resilience", "Mood after (−5 to +5)"), self.mood_combo)
        self.note_edit = QPlainTextEdit(data.note)
        self.note_edit.setObjectName("note_edit")
        self.note_edit.setFixedHeight(60)
        form.addRow(translate("Resilience", "Note"), self.note_edit)
        layout.addLayout(form)
        hint = QLabel(translate("Resilience", "Who was there? Choosing a group ticks its members: untick anyone absent."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.people_list = PeopleChecklist(people, set(data.person_ids))
        self.people_list.setObjectName("people_list")
        layout.addWidget(self.people_list, 1)
        self.finish_layout(layout)
        self.group_combo.currentIndexChanged.connect(self._on_group_combo_changed)
        self.resize(460, 640)

    @staticmethod
    def _scale_combo(name: str, values, current, labels: dict) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(translate("Resilience", "not noted"), None)
        for value in values:
            text = labels.get(value, f"{value:+d}" if min(values) < 0 and value else str(value))
            combo.addItem(translate("Resilience", text), value)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
        return combo

    def _on_group_combo_changed(self, _index: int) -> None:
        old = self._members.get(self._group_id, set())
        self._group_id = self.group_combo.currentData()
        new = self._members.get(self._group_id, set())
        for person_id in old - new:
            self.people_list.set_person_checked(person_id, False)
        for person_id in new:
            self.people_list.set_person_checked(person_id, True)

    def value(self) -> ContactInput:
        return ContactInput(
            day=self.date_edit.date().toPython(),
            person_ids=self.people_list.checked_ids(),
            group_id=self.group_combo.currentData(),
            channel=self.channel_combo.currentData(),
            duration_minutes=self.duration_spin.value() or None,
            felt_supported=self.supported_combo.currentData(),
            mood_after=self.mood_combo.currentData(),
            note=self.note_edit.toPlainText())
