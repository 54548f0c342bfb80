"""The Exercise tab driven like a person: log, edit, delete/undo, quick-add, import."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QMessageBox

from resilience_desktop.core.db import database
from resilience_desktop.core.models.exercise import ExerciseSession
from resilience_desktop.services.exercise import sessions as ex
from resilience_desktop.services.exercise.stats import WEEK_START_KEY
from resilience_desktop.services.preferences import get_preference
from resilience_desktop.ui.exercise.activity_dialog import ActivityCatalogueDialog
from resilience_desktop.ui.exercise.import_dialog import ImportPreviewDialog
from resilience_desktop.ui.exercise.session_dialog import SessionDialog
from tests.inspection import chart_is_stale

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "exercise"
NOW = datetime(2026, 3, 11, 18, 30)  # a Wednesday


@pytest.fixture
def tab(wall_clock, main_window, monkeypatch, qtbot):
    wall_clock.set(NOW)
    main_window.resize(1280, 800)
    main_window.show_tab("Exercise")
    exercise_tab = main_window.tab("Exercise")
    exercise_tab.refresh()
    return exercise_tab


def _dialog_script(monkeypatch, dialog_class, script):
    """Replace dialog_class.exec by a scripted person; returns the dialogs seen."""
    seen = []

    def fake_exec(dialog):
        seen.append(dialog)
        dialog.show()
        script(dialog)
        return dialog.result()

    monkeypatch.setattr(dialog_class, "exec", fake_exec)
    return seen


def _activity_id(name: str) -> int:
    return next(a.id for a in ex.list_activities() if a.name == name)


def _fill_and_save(qtbot, dialog, activity: str, minutes: str, when=None, mood=None):
    dialog.started_edit.setDateTime(QDateTime(when or NOW - timedelta(hours=1)))
    dialog.activity_combo.setCurrentIndex(dialog.activity_combo.findData(_activity_id(activity)))
    dialog.minutes_spin.lineEdit().selectAll()
    qtbot.keyClicks(dialog.minutes_spin, minutes)
    if mood is not None:
        dialog.mood_before_spin.setValue(mood[0])
        dialog.mood_after_spin.setValue(mood[1])
    qtbot.mouseClick(dialog.button_box.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def _table_texts(tab, column: int) -> list[str]:
    model = tab.session_view.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_logging_a_session_updates_table_summary_and_charts(tab, qtbot, monkeypatch):
    _dialog_script(monkeypatch, SessionDialog,
                   lambda d: _fill_and_save(qtbot, d, "Jogging", "40", mood=(-1, 3)))
    qtbot.mouseClick(tab.log_button, Qt.MouseButton.LeftButton)
    assert _table_texts(tab, 2) == ["Jogging"]
    assert _table_texts(tab, 3) == ["40"] and _table_texts(tab, 4) == ["vigorous"]
    saved = ExerciseSession.get()
    assert (saved.minutes, saved.mood_before, saved.mood_after) == (40, -1, 3)
    assert "<b>80</b> guideline minutes" in tab.summary_panel.week_label.text()
    canvas = tab.charts_panel.guideline_canvas
    assert not chart_is_stale(canvas)  # visible, so redrawn at once
    reading = tab.charts_panel.findChild(QLabel, "guideline_canvas_reading")
    assert reading.isVisible() and reading.text() == (
        "You reached the WHO 150 minutes in 0 of the last 25 whole weeks; this week so far: "
        "80 guideline minutes.")
    assert canvas.accessibleDescription().startswith(reading.text())
    vigorous = canvas.figure.axes[0].collections[1].get_paths()
    assert vigorous[-1].vertices[:, 1].max() == 80  # this week's vigorous bar, counted double
    assert tab.status_label.text() == "Session saved."


def test_a_future_start_is_refused_in_the_dialog(tab, qtbot, monkeypatch):
    messages = []

    def script(dialog):
        _fill_and_save(qtbot, dialog, "Jogging", "20", when=NOW + timedelta(days=1))
        messages.append(dialog.error_label.text())
        dialog.reject()

    _dialog_script(monkeypatch, SessionDialog, script)
    qtbot.mouseClick(tab.log_button, Qt.MouseButton.LeftButton)
    assert "in the future" in messages[0]
    assert ExerciseSession.select().count() == 0 and _table_texts(tab, 2) == []


def test_with_whom_shows_a_hint_without_people_and_saves_links_with_them(tab, qtbot,
                                                                          monkeypatch):
    hints = []

    def no_people(dialog):
        hints.append(dialog.company_hint.text())
        dialog.reject()

    _dialog_script(monkeypatch, SessionDialog, no_people)
    qtbot.mouseClick(tab.log_button, Qt.MouseButton.LeftButton)
    assert "People tab" in hints[0]
    database.execute_sql("INSERT INTO person (name) VALUES ('Ana')")

    def with_ana(dialog):
        dialog.company_list.item(0).setCheckState(Qt.CheckState.Checked)
        _fill_and_save(qtbot, dialog, "Walking for pleasure", "30")

    _dialog_script(monkeypatch, SessionDialog, with_ana)
    qtbot.mouseClick(tab.log_button, Qt.MouseButton.LeftButton)
    assert _table_texts(tab, 9) == ["Ana"]


def test_edit_changes_the_selected_session(tab, qtbot, monkeypatch):
    ex.add_session(ex.SessionInput(NOW - timedelta(days=1), _activity_id("Jogging"), 20))
    tab.context.signals.exercise_changed.emit()
    tab.session_view.selectRow(0)

    def script(dialog):
        assert dialog.minutes_spin.value() == 20
        dialog.minutes_spin.lineEdit().selectAll()
        qtbot.keyClicks(dialog.minutes_spin, "35")
        qtbot.mouseClick(dialog.button_box.button(QDialogButtonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)

    _dialog_script(monkeypatch, SessionDialog, script)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    assert _table_texts(tab, 3) == ["35"] and ExerciseSession.get().minutes == 35


def test_delete_then_undo_with_button_and_ctrl_z(tab, qtbot):
    database.execute_sql("INSERT INTO person (name) VALUES ('Ana')")
    ana = ex.list_people()[0].id
    ex.add_session(ex.SessionInput(NOW - timedelta(days=1), _activity_id("Jogging"), 20,
                                   person_ids=(ana,)))
    tab.context.signals.exercise_changed.emit()
    tab.session_view.selectRow(0)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert _table_texts(tab, 2) == [] and ExerciseSession.select().count() == 0
    assert "Undo" in tab.status_label.text() and tab.undo_button.isVisible()
    qtbot.mouseClick(tab.undo_button, Qt.MouseButton.LeftButton)
    assert _table_texts(tab, 9) == ["Ana"] and not tab.undo_button.isVisible()
    tab.session_view.selectRow(0)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    tab.session_view.setFocus()
    qtbot.keyClick(tab.session_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _table_texts(tab, 2) == ["Jogging"] and _table_texts(tab, 9) == ["Ana"]


def test_edit_and_delete_are_enabled_only_with_a_selection(tab, qtbot):
    assert tab.sessions_stack.currentWidget() is tab.empty_panel  # a hint, not an empty table
    assert not tab.edit_button.isEnabled() and not tab.delete_button.isEnabled()
    ex.add_session(ex.SessionInput(NOW - timedelta(days=2), _activity_id("Pilates"), 50))
    tab.context.signals.exercise_changed.emit()
    assert tab.sessions_stack.currentWidget() is tab.session_view
    assert not tab.delete_button.isEnabled()
    tab.session_view.selectRow(0)
    assert tab.edit_button.isEnabled() and tab.delete_button.isEnabled()
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert not tab.delete_button.isEnabled()  # the row is gone, nothing selected


def test_quick_add_repeats_a_recent_session(tab, qtbot):
    ex.add_session(ex.SessionInput(NOW - timedelta(days=2), _activity_id("Pilates"), 50))
    tab.context.signals.exercise_changed.emit()
    tab.quick_add_menu.aboutToShow.emit()
    actions = tab.quick_add_menu.actions()
    assert [a.text() for a in actions] == ["Pilates, 50 min"]
    actions[0].trigger()
    assert _table_texts(tab, 2) == ["Pilates", "Pilates"]
    assert _table_texts(tab, 1)[0] == "18:30"


def test_sorting_by_minutes(tab, qtbot):
    for minutes in (30, 10, 20):
        ex.add_session(ex.SessionInput(NOW - timedelta(days=minutes), _activity_id("Jogging"),
                                       minutes))
    tab.context.signals.exercise_changed.emit()
    assert _table_texts(tab, 3) == ["10", "20", "30"]  # newest first
    tab.session_view.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    assert _table_texts(tab, 3) == ["30", "20", "10"]


def test_import_preview_then_import(tab, qtbot, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(FIXTURES / "strava_activities.csv"), ""))
    previews = []

    def script(dialog):
        previews.append((dialog.preview_model.rowCount(), dialog.summary_label.text()))
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    _dialog_script(monkeypatch, ImportPreviewDialog, script)
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    assert previews[0][0] == 8 and "8 sessions will be added" in previews[0][1]
    assert len(_table_texts(tab, 2)) == 8 and ExerciseSession.select().count() == 8
    assert "8 added" in tab.status_label.text()


def test_broken_import_shows_lines_and_cannot_be_imported(tab, qtbot, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(FIXTURES / "plain_broken.csv"), ""))
    seen = []

    def script(dialog):
        seen.append((dialog.import_button.isEnabled(), dialog.errors_edit.toPlainText()))
        dialog.reject()

    _dialog_script(monkeypatch, ImportPreviewDialog, script)
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    enabled, errors = seen[0]
    assert not enabled and "line 3" in errors and "line 6" in errors
    assert ExerciseSession.select().count() == 0


def test_unreadable_import_file_gets_a_message(tab, qtbot, monkeypatch, tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(empty), ""))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    assert "empty" in warnings[0] and "Nothing was imported" in warnings[0]


def test_week_start_preference_from_the_combo(tab, qtbot):
    combo = tab.summary_panel.week_start_combo
    combo.setCurrentIndex(combo.findData("sunday"))
    assert get_preference(WEEK_START_KEY) == "sunday"
    assert "from Sun 8 Mar 2026" in tab.summary_panel.week_label.text()


def test_activity_catalogue_add_with_validation(tab, qtbot, monkeypatch):
    messages = []

    def script(dialog):
        qtbot.keyClicks(dialog.name_edit, "Rowing")
        dialog.met_spin.setValue(0.5)
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        messages.append(dialog.message_label.text())
        dialog.met_spin.setValue(7.0)
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        messages.append(dialog.message_label.text())
        dialog.accept()

    _dialog_script(monkeypatch, ActivityCatalogueDialog, script)
    qtbot.mouseClick(tab.activities_button, Qt.MouseButton.LeftButton)
    assert "between 1.0 and 23.0" in messages[0] and "Added" in messages[1]
    assert "Rowing" in {a.name for a in ex.list_activities()}
    assert tab.status_label.text() == "Activity catalogue updated."


def test_range_changes_move_the_kept_chart_and_new_sessions_still_show(tab, qtbot,
                                                                        monkeypatch):
    for days, minutes in ((3, 30), (200, 45), (500, 60)):
        ex.add_session(ex.SessionInput(NOW - timedelta(days=days), _activity_id("Jogging"),
                                       minutes))
    tab.refresh()
    tab.charts_panel.chart_tabs.setCurrentIndex(0)
    canvas = tab.charts_panel.guideline_canvas
    axes = canvas.figure.axes[0]
    tab.charts_panel.range_combo.setCurrentIndex(4)  # all time: kept Axes, bars moved
    assert canvas.figure.axes[0] is axes and not chart_is_stale(canvas)
    bars = canvas.figure.axes[0].collections[1].get_paths()
    assert sorted(p.vertices[:, 1].max() for p in bars) == [60, 90, 120]  # vigorous × 2
    _dialog_script(monkeypatch, SessionDialog,
                   lambda d: _fill_and_save(qtbot, d, "Jogging", "150"))
    qtbot.mouseClick(tab.log_button, Qt.MouseButton.LeftButton)
    tab.charts_panel.range_combo.setCurrentIndex(0)
    tab.charts_panel.range_combo.setCurrentIndex(4)  # a range seen before the new session
    bars = canvas.figure.axes[0].collections[1].get_paths()
    assert max(p.vertices[:, 1].max() for p in bars) == 300  # this week's 150 min, × 2


def test_a_long_history_loads_page_by_page_as_the_person_scrolls(tab, qtbot, monkeypatch):
    """Newest first, a page at a time; scrolling to the end brings the older ones, each
    once; sorting by another column sorts every session, not just the loaded ones."""
    from resilience_desktop.ui.exercise import session_table_model

    monkeypatch.setattr(session_table_model, "PAGE_ROWS", 4)
    walking = _activity_id("Walking for pleasure")
    for day in range(1, 15):
        ex.add_session(ex.SessionInput(datetime(2026, 2, day, 8, 0), walking, 10 + day))
    tab.refresh()
    model, view = tab.session_model, tab.session_view
    assert model.rowCount() < 14 and model.canFetchMore()
    view.resize(400, 120)  # a few rows on screen
    bar = view.verticalScrollBar()
    for _ in range(10):
        qtbot.wait(10)
        bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: not model.canFetchMore())
    shown = [model.row_at(row).started_at.day for row in range(model.rowCount())]
    assert shown == list(range(14, 0, -1))  # every session once, newest first
    view.sortByColumn(3, Qt.SortOrder.AscendingOrder)  # minutes
    assert [model.row_at(row).minutes for row in range(model.rowCount())] == list(range(11, 25))
    assert ExerciseSession.select().count() == 14


def test_an_old_session_beyond_the_loaded_page_can_still_be_selected(tab, monkeypatch):
    from resilience_desktop.ui.exercise import session_table_model

    monkeypatch.setattr(session_table_model, "PAGE_ROWS", 3)
    walking = _activity_id("Walking for pleasure")
    oldest = ex.add_session(ex.SessionInput(datetime(2025, 1, 1, 8, 0), walking, 30))
    for day in range(1, 10):
        ex.add_session(ex.SessionInput(datetime(2026, 2, day, 8, 0), walking, 20))
    tab.refresh()
    tab.select_session(oldest)
    assert tab.selected_session().id == oldest
