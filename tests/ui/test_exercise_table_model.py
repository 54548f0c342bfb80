"""ExerciseSessionTableModel without a window."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QItemSelectionModel, Qt

from resilience_desktop.services.exercise.sessions import SessionRow
from resilience_desktop.ui.exercise.session_table_model import ExerciseSessionTableModel


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


def test_the_model_sorts_by_each_column_s_value_not_its_text(qapp):
    model = ExerciseSessionTableModel()
    model.set_rows([_row(1, 12, 30), _row(2, 3, 45), _row(3, 25, 5)])
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, 0).data() for r in range(3)] == ["Sat 3 Jan 2026", "Mon 12 Jan 2026",
                                                            "Sun 25 Jan 2026"]
    model.sort(3, Qt.SortOrder.DescendingOrder)  # numbers, not text: "5" < "30" < "45"
    assert [model.index(r, 3).data() for r in range(3)] == ["45", "30", "5"]


def test_new_rows_keep_the_chosen_order_and_a_selection_follows_its_row(qapp):
    model = ExerciseSessionTableModel()
    model.sort(3, Qt.SortOrder.AscendingOrder)
    model.set_rows([_row(1, 12, 30), _row(2, 3, 45), _row(3, 25, 5)])
    assert [model.index(r, 3).data() for r in range(3)] == ["5", "30", "45"]
    selection = QItemSelectionModel(model)
    selection.select(model.index(2, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                     | QItemSelectionModel.SelectionFlag.Rows)
    model.sort(3, Qt.SortOrder.DescendingOrder)
    chosen = selection.selectedRows()
    assert len(chosen) == 1 and chosen[0].row() == 0 and model.row_at(0).id == 2
