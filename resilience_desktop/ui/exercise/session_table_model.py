"""ExerciseSessionTableModel: saved sessions for a QTableView (sortable via a proxy)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from resilience_desktop.services.exercise.sessions import SessionRow
from resilience_desktop.ui.widgets.rows_table_model import RowsTableModel
from resilience_desktop.services.dates import format_day
from resilience_desktop.services.wording import signed

SORT_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


def _mood(value) -> str:
    return "" if value is None else signed(value)


COLUMNS = (
    ("Date", lambda r: format_day(r.started_at), lambda r: r.started_at.isoformat()),
    ("Start", lambda r: r.started_at.strftime("%H:%M"), lambda r: r.started_at.strftime("%H:%M")),
    ("Activity", lambda r: r.activity_name, lambda r: r.activity_name.lower()),
    ("Minutes", lambda r: str(r.minutes), lambda r: r.minutes),
    ("Intensity", lambda r: r.intensity, lambda r: r.met),
    ("Effort", lambda r: "" if r.effort is None else str(r.effort),
     lambda r: -1 if r.effort is None else r.effort),
    ("Distance", lambda r: "" if r.distance_km is None else f"{r.distance_km:.2f} km",
     lambda r: -1.0 if r.distance_km is None else r.distance_km),
    ("Mood before", lambda r: _mood(r.mood_before),
     lambda r: -99 if r.mood_before is None else r.mood_before),
    ("Mood after", lambda r: _mood(r.mood_after),
     lambda r: -99 if r.mood_after is None else r.mood_after),
    ("With", lambda r: ", ".join(r.people + r.groups), lambda r: ", ".join(r.people + r.groups)),
    ("Notes", lambda r: r.notes.replace("\n", " ")[:80], lambda r: r.notes.lower()),
)
NUMERIC = {"Minutes", "Effort", "Distance", "Mood before", "Mood after"}
HEADER_TIP = "Right-click a column title to show or hide columns."


def _details(row: SessionRow) -> str | None:
    """Distance, company and notes in one tooltip (those columns may be hidden)."""
    parts = []
    if row.distance_km is not None:
        parts.append(f"Distance: {row.distance_km:.2f} km")
    if row.people or row.groups:
        parts.append("With: " + ", ".join(row.people + row.groups))
    if row.notes:
        parts.append("Notes: " + row.notes)
    return "\n".join(parts) or None


class ExerciseSessionTableModel(RowsTableModel):
    """Rows are SessionRow; COLUMNS gives each column's text and sort key."""

    HEADERS = tuple(title for title, _display, _sort in COLUMNS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        title, display, sort_key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display(row)
        if role == SORT_ROLE:
            return sort_key(row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            if title in ("Notes", "With"):
                return display(row) if title == "With" else row.notes or None
            return _details(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and title in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            title = self.HEADERS[section]
            return title.replace(" ", "\n") if title.startswith("Mood") else title
        if role == Qt.ItemDataRole.ToolTipRole:
            return HEADER_TIP
        return None
