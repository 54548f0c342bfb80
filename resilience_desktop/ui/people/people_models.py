"""Qt item models for the People tab, fed by set_rows() with service rows."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from resilience_desktop.services.people import GROUP_KINDS, relationship_label
from resilience_desktop.services.people_contacts import CHANNELS
from resilience_desktop.services.people_status import DUE, OVERDUE, STATUS_LABELS

STATUS_COLOURS = {DUE: "#8a5a00", OVERDUE: "#b03a2e"}


class _RowsTableModel(QAbstractTableModel):
    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list:
        return list(self._rows)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, index.column())
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, index.column())
        return None

    def display(self, row, column: int):
        raise NotImplementedError

    def foreground(self, row, column: int):
        return None

    def tooltip(self, row, column: int):
        return None


class PersonTableModel(_RowsTableModel):
    """Rows are PersonStatus (services/people_status.py)."""

    HEADERS = ("Name", "Relationship", "Closeness", "Last contact", "Status", "Next contact due")
    STATUS_COLUMN = 4

    def display(self, row, column: int):
        if column == 0:
            return row.name
        if column == 1:
            return relationship_label(row.relationship)
        if column == 2:
            return "●" * row.closeness
        if column == 3:
            return row.last_contact.isoformat() if row.last_contact else "never"
        if column == 4:
            text = STATUS_LABELS[row.status]
            return f"{text} (snoozed)" if row.snoozed_until and row.status != "ok" else text
        return row.due_on.isoformat()

    def foreground(self, row, column: int):
        if column == self.STATUS_COLUMN and row.status in STATUS_COLOURS:
            return QBrush(QColor(STATUS_COLOURS[row.status]))
        return None

    def tooltip(self, row, column: int):
        return (f"Keep in touch every {row.cadence_days} days; "
                f"{row.days_since} days on the clock")


class GroupTableModel(_RowsTableModel):
    """Rows are (SocialGroup, member count)."""

    HEADERS = ("Name", "Kind", "Schedule", "Members")

    def display(self, row, column: int):
        group, members = row
        return (group.name, GROUP_KINDS.get(group.kind, group.kind), group.schedule,
                str(members))[column]


class ContactTableModel(_RowsTableModel):
    """Rows are ContactRow (services/people_contacts.py), newest first."""

    HEADERS = ("Date", "Who", "Group", "How", "Minutes", "Felt supported", "Mood after", "Note")

    def display(self, row, column: int):
        if column == 0:
            return row.day.isoformat()
        if column == 1:
            return ", ".join(row.people)
        if column == 2:
            return row.group
        if column == 3:
            return CHANNELS.get(row.channel, row.channel)
        if column == 4:
            return "" if row.duration_minutes is None else str(row.duration_minutes)
        if column == 5:
            return "" if row.felt_supported is None else f"{row.felt_supported}/5"
        if column == 6:
            return "" if row.mood_after is None else f"{row.mood_after:+d}"
        return row.note.splitlines()[0] if row.note else ""

    def tooltip(self, row, column: int):
        if column == 1 and len(row.people) > 1:
            return ", ".join(row.people)
        return row.note or None
