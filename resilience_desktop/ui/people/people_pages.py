"""The list pages of the People tab: people, groups and the contacts log (model/view tables).

The pages know nothing of their tab: each says what the person asked for with a signal
(edit, log, remove, or a message to show) and the tab connects them."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QStackedWidget, QTableView, QVBoxLayout, QWidget)

from resilience_desktop.ui.people.people_models import (ContactTableModel, GroupTableModel,
                                                        PersonTableModel)
from resilience_desktop.ui.widgets.empty_state import EmptyStatePanel
from resilience_desktop.ui.widgets.selection_buttons import enable_with_selection
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

# contacts log: widest Group and Note columns (pixels); Who takes the rest.
# Long cells end in "…" and the full names and note are in tooltips.
CONTACT_COLUMN_CAPS = {2: 130, 7: 110}
WHO_COLUMN = 1
SIZED_ROWS = 100  # rows measured when a column fits its contents (more than a screenful)


TABLE_NAMES = {"people_table": QT_TRANSLATE_NOOP("Resilience", "People"), "groups_table": QT_TRANSLATE_NOOP("Resilience", "Groups"),
               "contacts_table": QT_TRANSLATE_NOOP("Resilience", "Contacts log")}


def _table(name: str, model) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setAccessibleName(TABLE_NAMES.get(name, name))
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    # Columns fit the first rows, not all of them: the contacts log holds a thousand
    # (Qt's default measures 1,000 rows per column: ~0.4 s of the People tab's first show).
    table.horizontalHeader().setResizeContentsPrecision(SIZED_ROWS)
    return table


def _button(text: str, name: str, slot) -> QPushButton:
    button = QPushButton(translate("Resilience", text))
    button.setObjectName(name)
    button.clicked.connect(slot)
    return button


class _TablePage(QWidget):
    # a sentence for the tab's status line ("Select a row first.")
    message = Signal(str)

    def __init__(self, table: QTableView, buttons: list[QPushButton], on_activate) -> None:
        super().__init__()
        self.table = table
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(table, 1)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("count_label")
        row.addWidget(self.count_label)
        layout.addLayout(row)
        table.doubleClicked.connect(lambda _index: on_activate())
        enable_with_selection(table, *buttons)

    def selected_rows(self) -> list:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.table.model().row_at(row) for row in rows]

    def _current(self):
        rows = self.selected_rows()
        if not rows:
            self.message.emit("Select a row first.")
            return None
        return rows[0]


class PeoplePage(QStackedWidget):
    """An empty-state panel until someone is added, then the people table."""

    message = Signal(str)
    edit_requested = Signal(int)  # person id
    log_requested = Signal(list)  # person ids
    remove_requested = Signal(int, str)  # person id, name

    def __init__(self) -> None:
        super().__init__()
        self.empty_panel = EmptyStatePanel(
            translate("Resilience", "People"), translate("Resilience", "The people and groups who support you, when you last spoke, and who it "
            "might be time to call. Add someone, or import your address book (vCard)."))
        self.person_model = PersonTableModel(self)
        self.people_table = _table("people_table", self.person_model)
        self.table_page = _TablePage(self.people_table, [
            _button(translate("Resilience", "Edit…"), "edit_person_button", self._on_edit_button_clicked),
            _button(translate("Resilience", "Log contact with selected…"), "log_with_button", self._on_log_with_clicked),
            _button(translate("Resilience", "Remove"), "delete_person_button", self._on_delete_button_clicked)],
            self._on_edit_button_clicked)
        self.addWidget(self.empty_panel)
        self.addWidget(self.table_page)
        self.people_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table_page.message.connect(self.message)

    def set_rows(self, statuses: list) -> None:
        self.person_model.set_rows(statuses)
        self.setCurrentWidget(self.table_page if statuses else self.empty_panel)
        due = sum(1 for s in statuses if s.status != "ok")
        self.table_page.count_label.setText(translate("Resilience", "{statuses}, {due} due or overdue").format(statuses=translate('Resilience', '%n people', '%n person', len(statuses)), due=due))
        self.people_table.resizeColumnsToContents()

    def selected_ids(self) -> list[int]:
        return [row.person_id for row in self.table_page.selected_rows()]

    def _on_edit_button_clicked(self) -> None:
        row = self.table_page._current()
        if row is not None:
            self.edit_requested.emit(row.person_id)

    def _on_log_with_clicked(self) -> None:
        ids = self.selected_ids()
        if not ids:
            self.message.emit("Select one or more people first.")
            return
        self.log_requested.emit(ids)

    def _on_delete_button_clicked(self) -> None:
        row = self.table_page._current()
        if row is not None:
            self.remove_requested.emit(row.person_id, row.name)


class GroupsPage(_TablePage):
    edit_requested = Signal(int)  # group id
    log_requested = Signal(int)  # group id: log a meeting of it
    remove_requested = Signal(int, str)  # group id, name

    def __init__(self) -> None:
        self.group_model = GroupTableModel()
        super().__init__(_table("groups_table", self.group_model), [
            _button(translate("Resilience", "Edit…"), "edit_group_button", self._on_edit_button_clicked),
            _button(translate("Resilience", "Log a meeting…"), "log_meeting_button", self._on_log_meeting_clicked),
            _button(translate("Resilience", "Remove"), "delete_group_button", self._on_delete_button_clicked)],
            self._on_edit_button_clicked)
        self.group_model.setParent(self)

    def set_rows(self, rows: list) -> None:
        self.group_model.set_rows(rows)
        self.count_label.setText(translate("Resilience", "%n groups", "%n group", len(rows)))
        self.table.resizeColumnsToContents()

    def _on_edit_button_clicked(self) -> None:
        row = self._current()
        if row is not None:
            self.edit_requested.emit(row[0].id)

    def _on_log_meeting_clicked(self) -> None:
        row = self._current()
        if row is not None:
            self.log_requested.emit(row[0].id)

    def _on_delete_button_clicked(self) -> None:
        row = self._current()
        if row is not None:
            self.remove_requested.emit(row[0].id, row[0].name)


class ContactsPage(_TablePage):
    edit_requested = Signal(int)  # contact id
    remove_requested = Signal(int)  # contact id

    def __init__(self) -> None:
        self.contact_model = ContactTableModel()
        super().__init__(_table("contacts_table", self.contact_model), [
            _button(translate("Resilience", "Edit…"), "edit_contact_button", self._on_edit_button_clicked),
            _button(translate("Resilience", "Remove"), "delete_contact_button", self._on_delete_button_clicked)],
            self._on_edit_button_clicked)
        self.contact_model.setParent(self)
        self.table.setWordWrap(False)  # one line per contact
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(WHO_COLUMN, QHeaderView.ResizeMode.Stretch)

    def set_rows(self, rows: list) -> None:
        self.contact_model.set_rows(rows)
        self.count_label.setText(translate("Resilience", "newest {rows} contacts").format(rows=len(rows)) if len(rows) >= 1000
                                 else translate("Resilience", "%n contacts", "%n contact", len(rows)))
        self.table.resizeColumnsToContents()
        for column, widest in CONTACT_COLUMN_CAPS.items():
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))

    def _on_edit_button_clicked(self) -> None:
        row = self._current()
        if row is not None:
            self.edit_requested.emit(row.id)

    def _on_delete_button_clicked(self) -> None:
        row = self._current()
        if row is not None:
            self.remove_requested.emit(row.id)
