"""ExerciseSessionTableModel without a window."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QSortFilterProxyModel, Qt

from resilience_desktop.services.exercise.sessions import SessionRow
from resilience_desktop.ui.exercise.session_table_model import SORT_ROLE, ExerciseSessionTableModel


def _row(session_id, day, minutes, effort=None, mood=None):
    return SessionRow(session_id, datetime(2026, 1, day, 7, 5), 1, "Jogging", 7.0, False,
                      minutes, effort, None, "a\nnote", mood, None, ("Ana",), ("Club",))


def test_set_rows_and_display(qapp):
    model = ExerciseSessionTableModel()
    model.set_rows([_row(1, 2, 30, effort=5, mood=-2)])
    assert model.rowCount() == 1 and model.columnCount() == 11
    texts = [model.index(0, c).data() for c in range(11)]
    assert texts == ["Fri 2 Jan 2026", "07:05", "Jogging", "30", "vigorous", "5", "", "-2", "",
                     "Ana, Club", "a note"]
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Minutes"


def test_sorting_through_a_proxy_uses_the_sort_role(qapp):
    model = ExerciseSessionTableModel()
    model.set_rows([_row(1, 12, 30), _row(2, 3, 45), _row(3, 25, 5)])
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data() for r in range(3)] == ["Sat 3 Jan 2026", "Mon 12 Jan 2026",
                                                            "Sun 25 Jan 2026"]
    proxy.sort(3, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, 3).data() for r in range(3)] == ["45", "30", "5"]
