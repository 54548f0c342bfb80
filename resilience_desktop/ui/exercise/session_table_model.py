"""ExerciseSessionTableModel: saved sessions for a QTableView (sortable via a proxy)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from resilience_desktop.services.exercise.sessions import SessionRow
from resilience_desktop.ui.widgets.rows_table_model import RowsTableModel
from resilience_desktop.services.dates import format_day
from resilience_desktop.services.wording import signed
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

SORT_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


def _mood(value) -> str:
    return "" if value is None else signed(value)


COLUMNS = (
    (QT_TRANSLATE_NOOP("Resilience", "Date"), lambda r: format_day(r.started_at), lambda r: r.started_at.isoformat()),
    (QT_TRANSLATE_NOOP("Resilience", "Start"), lambda r: r.started_at.strftime("%H:%M"), lambda r: r.started_at.strftime("%H:%M")),
    (QT_TRANSLATE_NOOP("Resilience", "Activity"), lambda r: r.activity_name, lambda r: r.activity_name.lower()),
    (QT_TRANSLATE_NOOP("Resilience", "Minutes"), lambda r: str(r.minutes), lambda r: r.minutes),
    (QT_TRANSLATE_NOOP("Resilience", "Intensity"), lambda r: r.intensity, lambda r: r.met),
    (QT_TRANSLATE_NOOP("Resilience", "Effort"), lambda r: "" if r.effort is None else str(r.effort),
     lambda r: -1 if r.effort is None else r.effort),
    (QT_TRANSLATE_NOOP("Resilience", "Distance"), lambda r: "" if r.distance_km is None else f"{r.distance_km:.2f} km",
     lambda r: -1.0 if r.distance_km is None else r.distance_km),
    (QT_TRANSLATE_NOOP("Resilience", "Mood before"), lambda r: _mood(r.mood_before),
     lambda r: -99 if r.mood_before is None else r.mood_before),
    (QT_TRANSLATE_NOOP("Resilience", "Mood after"), lambda r: _mood(r.mood_after),
     lambda r: -99 if r.mood_after is None else r.mood_after),
    (QT_TRANSLATE_NOOP("Resilience", "With"), lambda r: ", ".join(r.people + r.groups), lambda r: ", ".join(r.people + r.groups)),
    (QT_TRANSLATE_NOOP("Resilience", "Notes"), lambda r: r.notes.replace("\n", " ")[:80], lambda r: r.notes.lower()),
)
NUMERIC = {QT_TRANSLATE_NOOP("Resilience", "Minutes"), QT_TRANSLATE_NOOP("Resilience", "Effort"), QT_TRANSLATE_NOOP("Resilience", "Distance"), QT_TRANSLATE_NOOP("Resilience", "Mood before"), QT_TRANSLATE_NOOP("Resilience", "Mood after")}
HEADER_TIP = QT_TRANSLATE_NOOP("Resilience", "Right-click a column title to show or hide columns.")


def _details(row: SessionRow) -> str | None:
    """Distance, company and notes in one tooltip (those columns may be hidden)."""
    parts = []
    if row.distance_km is not None:
        parts.append(translate("Resilience", "Distance: {distance_km:.2f} km").format(distance_km=row.distance_km))
    if row.people or row.groups:
        parts.append(translate("Resilience", "With: ") + ", ".join(row.people + row.groups))
    if row.notes:
        parts.append(translate("Resilience", "Notes: ") + row.notes)
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
            shown = translate("Resilience", title)
            return shown.replace(" ", "\n", 1) if title.startswith("Mood") else shown
        if role == Qt.ItemDataRole.ToolTipRole:
            return HEADER_TIP
        return None
