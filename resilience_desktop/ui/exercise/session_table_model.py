"""ExerciseSessionTableModel: saved sessions for a QTableView, sorted by the model itself
(RowsTableModel.sort: one key per row, no proxy)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt

from resilience_desktop.services.exercise.sessions import SessionRow
from resilience_desktop.ui.widgets.rows_table_model import RowsTableModel
from resilience_desktop.services.dates import format_day
from resilience_desktop.services.wording import signed
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, format_decimal, translate
from resilience_desktop.services.exercise.intensity import intensity_name



def _mood(value) -> str:
    return "" if value is None else signed(value)


COLUMNS = (
    (QT_TRANSLATE_NOOP("Resilience", "Date"), lambda r: format_day(r.started_at), lambda r: r.started_at.isoformat()),
    (QT_TRANSLATE_NOOP("Resilience", "Start"), lambda r: r.started_at.strftime("%H:%M"), lambda r: r.started_at.strftime("%H:%M")),
    (QT_TRANSLATE_NOOP("Resilience", "Activity"), lambda r: r.activity_name, lambda r: r.activity_name.lower()),
    (QT_TRANSLATE_NOOP("Resilience", "Minutes"), lambda r: str(r.minutes), lambda r: r.minutes),
    (QT_TRANSLATE_NOOP("Resilience", "Intensity"), lambda r: intensity_name(r.intensity), lambda r: r.met),
    (QT_TRANSLATE_NOOP("Resilience", "Effort"), lambda r: "" if r.effort is None else str(r.effort),
     lambda r: -1 if r.effort is None else r.effort),
    (QT_TRANSLATE_NOOP("Resilience", "Distance"), lambda r: "" if r.distance_km is None else f"{format_decimal(r.distance_km, 2)} km",
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
        parts.append(translate("Resilience", "Distance: {distance_km} km").format(distance_km=format_decimal(row.distance_km, 2)))
    if row.people or row.groups:
        parts.append(translate("Resilience", "With: ") + ", ".join(row.people + row.groups))
    if row.notes:
        parts.append(translate("Resilience", "Notes: ") + row.notes)
    return "\n".join(parts) or None


# Sessions loaded at a time, newest first (a few screens; the view asks for the next
# page when the person scrolls to the end: Qt's canFetchMore/fetchMore).
PAGE_ROWS = 400
NEWEST_FIRST = (0, Qt.SortOrder.DescendingOrder)
# loader(older_than, limit) -> up to limit rows, newest first, older than the
# (started_at, id) given (None: from the newest).
PageLoader = Callable[[tuple | None, int], list]


class ExerciseSessionTableModel(RowsTableModel):
    """Rows are SessionRow; COLUMNS gives each column's text and sort key.

    ``show_sessions(loader)`` loads the newest PAGE_ROWS sessions and the rest page by
    page as the view scrolls down, while the table is in its default order (newest
    first). Sorting by anything else loads every session first, so the order is true
    for all of them, not just the loaded page."""

    HEADERS = tuple(title for title, _display, _sort in COLUMNS)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._loader: PageLoader | None = None
        self._complete = True
        self._oldest: tuple | None = None

    def sort_key(self, row, column: int):
        return COLUMNS[column][2](row)

    def show_sessions(self, loader: PageLoader) -> None:
        """Show the sessions loader gives: the first page, or all in a chosen order."""
        self._loader = loader
        first = self._page(None)
        self.set_rows(first)
        if not self._complete and self._sorted_by not in (None, NEWEST_FIRST):
            self.load_all()

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802 (Qt API)
        return not parent.isValid() and not self._complete

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802 (Qt API)
        if parent.isValid() or self._complete:
            return
        more = self._page(self._oldest)
        if more:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def load_all(self) -> None:
        """Every session (before sorting by another column, or to find an old one)."""
        if self._complete:
            return
        rest: list = []
        while not self._complete:
            rest.extend(self._page(self._oldest))
        self.set_rows(self._rows + rest)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if (column, order) != NEWEST_FIRST:
            self.load_all()
        super().sort(column, order)

    def _page(self, older_than: tuple | None) -> list:
        if self._loader is None:
            self._complete = True
            return []
        rows = self._loader(older_than, PAGE_ROWS + 1)
        self._complete = len(rows) <= PAGE_ROWS
        rows = rows[:PAGE_ROWS]
        if rows:
            self._oldest = (rows[-1].started_at, rows[-1].id)
        return rows

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        title, display, _sort_key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display(row)
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
            return translate("Resilience", HEADER_TIP)
        return None
