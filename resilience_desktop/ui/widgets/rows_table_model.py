"""RowsTableModel: the base of every read-mostly table in the app.

A subclass sets HEADERS and implements ``display(row, column)``; it may add
``foreground``/``tooltip`` or override ``data`` for other roles. Rows are
plain service dataclasses given to ``set_rows()``.

A view with sorting enabled calls ``sort()``: the rows are sorted here, in one
Python ``list.sort`` with ``sort_key(row, column)`` (one call per row), and the
kept rows stay in their current order after ``set_rows``. A QSortFilterProxyModel in
front of a Python model instead asks ``data()`` for both sides of every comparison
(n log n calls: ~36,000 for 2,500 exercise sessions, most of the Exercise tab's
first show; benchmarks/tabs.py).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from resilience_desktop.core.i18n import translate


class RowsTableModel(QAbstractTableModel):
    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = self._in_order(list(rows))
        self.endResetModel()

    def sort_key(self, row, column: int):
        """What a column sorts by (a subclass gives numbers or dates where shown text
        would sort wrongly)."""
        return self.display(row, column)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.HEADERS):
            return
        self._sorted_by = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        old_rows = self._rows
        positions = self._in_order(list(range(len(old_rows))), key_of=old_rows.__getitem__)
        self._rows = [old_rows[old] for old in positions]
        new_position = {old: new for new, old in enumerate(positions)}
        self.changePersistentIndexList(
            before, [self.index(new_position[index.row()], index.column()) for index in before])
        self.layoutChanged.emit()

    def _in_order(self, items: list, key_of=lambda row: row) -> list:
        """items in the chosen order; key_of gives the row an item stands for."""
        if self._sorted_by is None:
            return items
        column, order = self._sorted_by
        return sorted(items, key=lambda item: self.sort_key(key_of(item), column),
                      reverse=order == Qt.SortOrder.DescendingOrder)

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
            return translate("Resilience", self.HEADERS[section])  # marked where written
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
