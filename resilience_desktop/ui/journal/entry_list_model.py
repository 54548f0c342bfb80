"""EntryListModel: entries (or search hits) newest first, grouped by month,
for a QListView. Month headers are rows that cannot be selected.

Long journals load page by page: give ``set_rows`` a ``fetch_more(last)``
callable and the view asks for the next page as it scrolls (Qt's
canFetchMore/fetchMore). Rich text is built only for rows that are shown.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

from resilience_desktop.charts.plots.style import QUADRANT_COLOURS
from resilience_desktop.services.journal.emotions import quadrant_of
from resilience_desktop.services.journal.entries import KIND_LABELS
from resilience_desktop.services.journal.search import marked_to_html, marked_to_plain
from resilience_desktop.services.dates import format_day
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, month_name, translate
from resilience_desktop.ui.settings.theme import on_base

ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
DATE_ROLE = Qt.ItemDataRole.UserRole + 3
# Shown after the title of an entry edited on two computers, until it is reviewed.
# month headings of the list: (on a light Base, on a dark Base), each above 4.5:1
MONTH_COLOURS = ("#2f6d80", "#7fc0d4")
TWO_COMPUTERS_MARK = QT_TRANSLATE_NOOP("Resilience", "⇄ edited on two computers")


def _muted_colour() -> str:
    """Dates and previews: the text colour blended 60/40 towards the background, so it
    reads as secondary in light and dark themes alike."""
    from PySide6.QtGui import QColor, QGuiApplication

    palette = QGuiApplication.palette()
    text, base = palette.text().color(), palette.base().color()
    mix = [round(0.6 * a + 0.4 * b) for a, b in zip(text.getRgb()[:3], base.getRgb()[:3])]
    return QColor(*mix).name()


def month_label(day) -> str:
    """"December 2026", the month in the window's language (QLocale's names)."""
    return f"{month_name(day.month)} {day.year}"


class EntryListModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []  # items (EntrySummary/SearchHit) or month-label strings
        self._html: dict[int, str] = {}
        self._grouped = True
        self._marked = False
        self._fetch_more: Callable | None = None
        self._muted = _muted_colour()
        self._to_review: set[int] = set()

    def set_to_review(self, entry_ids: set[int]) -> None:
        """Entries edited on two computers (marked until reviewed); before set_rows."""
        self._to_review = set(entry_ids)

    def clear_cache(self) -> None:
        """The date format or the theme changed: build every row's text again."""
        self._html = {}
        self._muted = _muted_colour()
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def set_rows(self, items, grouped: bool = True, marked: bool = False,
                 fetch_more: Callable | None = None) -> None:
        """items: EntrySummary (preview) or SearchHit (snippet with marks).
        fetch_more(last_item) returns the next page ([] when there is no more)."""
        self.beginResetModel()
        self._rows, self._html = [], {}
        self._grouped, self._marked, self._fetch_more = grouped, marked, fetch_more
        self._muted = _muted_colour()
        self._append(items)
        self.endResetModel()

    def _append(self, items) -> None:
        last = next((r for r in reversed(self._rows) if not isinstance(r, str)), None)
        month = (last.entry_date.year, last.entry_date.month) if last else None
        for item in items:
            if self._grouped and (item.entry_date.year, item.entry_date.month) != month:
                month = (item.entry_date.year, item.entry_date.month)
                self._rows.append(month_label(item.entry_date))
            self._rows.append(item)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and self._fetch_more is not None

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802
        last = next((r for r in reversed(self._rows) if not isinstance(r, str)), None)
        items = self._fetch_more(last) if self._fetch_more and last is not None else []
        if not items:
            self._fetch_more = None
            return
        old = len(self._rows)
        grown = list(self._rows)
        self._rows, current = grown, self._rows
        self._append(items)  # builds the new rows (and month headers) on the copy
        self._rows = current
        self.beginInsertRows(QModelIndex(), old, len(grown) - 1)
        self._rows = grown
        self.endInsertRows()

    def _entry_html(self, item) -> str:
        text = item.snippet if self._marked else item.preview
        to_html = marked_to_html if self._marked else (lambda t: html.escape(t, quote=False))
        quadrant = quadrant_of(item.pleasantness, item.energy)
        dot = (f"<span style='color:{QUADRANT_COLOURS[quadrant]}'>●</span> " if quadrant
               else "<span style='color:#bbb'>○</span> ")  # no mood: keeps the dates aligned
        heading = to_html(item.title) if item.title else \
            f"<i>{translate('Resilience', KIND_LABELS[item.kind]) if item.kind in KIND_LABELS else ''}</i>"
        day = item.entry_date
        when = format_day(day)
        if item.id in self._to_review:
            heading += f"</b> <span style='color:#b26a00'>{translate('Resilience', TWO_COMPUTERS_MARK)}</span><b>"
        return (f"{dot}<span style='color:{self._muted}'>{when}</span> &nbsp;<b>{heading}</b>"
                f"<br><span style='color:{self._muted}'>{to_html(text)}</span>")

    # -- Qt model API ------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if isinstance(row, str):
            return self._heading_data(row, role)
        return self._entry_data(index.row(), row, role)

    def _heading_data(self, heading: str, role):
        """A month heading: its text, and its HTML in the month colour."""
        if role == Qt.ItemDataRole.DisplayRole:
            return heading
        if role == HTML_ROLE:
            colour = on_base(MONTH_COLOURS[0], MONTH_COLOURS[1]).name()
            return f"<br><b style='color:{colour}'>{html.escape(heading)}</b>"
        return None

    def _entry_data(self, position: int, row, role):
        if role == Qt.ItemDataRole.DisplayRole:
            return self._entry_text(row)
        if role == HTML_ROLE:
            cached = self._html.get(position)
            if cached is None:
                cached = self._html[position] = self._entry_html(row)
            return cached
        if role == ENTRY_ID_ROLE:
            return row.id
        if role == DATE_ROLE:
            return row.entry_date
        return None

    def _entry_text(self, row) -> str:
        """An entry's row as plain text (what a screen reader and a search of the list read)."""
        text = row.snippet if self._marked else row.preview
        plain = marked_to_plain if self._marked else (lambda t: t)
        mark = f" ({translate('Resilience', TWO_COMPUTERS_MARK)})" if row.id in self._to_review else ""
        return f"{row.entry_date.isoformat()} {plain(row.title)}{mark} {plain(text)}"

    def flags(self, index):
        if index.isValid() and isinstance(self._rows[index.row()], str):
            return Qt.ItemFlag.ItemIsEnabled
        return super().flags(index)

    # -- helpers -----------------------------------------------------------
    def row_of_entry(self, entry_id: int) -> int:
        return next((i for i, r in enumerate(self._rows)
                     if not isinstance(r, str) and r.id == entry_id), -1)

    def row_on_or_before(self, day, load: bool = True) -> int:
        """First entry row dated on or before day (rows are newest first),
        loading further pages when needed."""
        while True:
            row = next((i for i, r in enumerate(self._rows)
                        if not isinstance(r, str) and r.entry_date <= day), -1)
            if row >= 0 or not load or not self.canFetchMore():
                return row
            self.fetchMore()

    def entry_ids(self) -> list[int]:
        return [r.id for r in self._rows if not isinstance(r, str)]
