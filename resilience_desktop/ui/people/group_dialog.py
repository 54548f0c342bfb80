"""Add or edit a group: name, kind, regular schedule, members."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from resilience_desktop.services.people.records import GROUP_KINDS, GroupInput
from resilience_desktop.ui.people.dialog_parts import PeopleChecklist, SaveDialog
from resilience_desktop.core.i18n import translate


class GroupDialog(SaveDialog):
    def __init__(self, save, people: list[tuple[int, str]], data: GroupInput | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("Resilience", "Edit group") if data else translate("Resilience", "Add a group"), save, parent)
        self.setObjectName("group_dialog")
        data = data or GroupInput(name="")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name_edit = QLineEdit(data.name)
        self.name_edit.setObjectName("name_edit")
        form.addRow(translate("Resilience", "Name"), self.name_edit)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kind_combo")
        for key, label in GROUP_KINDS.items():
            self.kind_combo.addItem(translate("Resilience", label), key)
        self.kind_combo.setCurrentIndex(list(GROUP_KINDS).index(data.kind))
        form.addRow(translate("Resilience", "Kind"), self.kind_combo)
        self.schedule_edit = QLineEdit(data.schedule)
        self.schedule_edit.setObjectName("schedule_edit")
        self.schedule_edit.setPlaceholderText(translate("Resilience", "e.g. weekly on Tuesday"))
        form.addRow(translate("Resilience", "Meets"), self.schedule_edit)
        self.notes_edit = QLineEdit(data.notes)
        self.notes_edit.setObjectName("notes_edit")
        form.addRow(translate("Resilience", "Notes"), self.notes_edit)
        layout.addLayout(form)
        layout.addWidget(QLabel(translate("Resilience", "Members")))
        self.members_list = PeopleChecklist(people, set(data.member_ids))
        self.members_list.setObjectName("members_list")
        layout.addWidget(self.members_list, 1)
        self.finish_layout(layout)
        self.resize(420, 520)

    def value(self) -> GroupInput:
        return GroupInput(name=self.name_edit.text(), kind=self.kind_combo.currentData(),
                          schedule=self.schedule_edit.text(), notes=self.notes_edit.text(),
                          member_ids=self.members_list.checked_ids())
