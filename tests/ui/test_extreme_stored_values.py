"""No stored value can crash a chart (issue 17, "Dates"): a journal that an older version
let 9999-12-31 into (or a hand edit left "2024-99-99" or odd preferences in) opens, and
every tab, sub-tab and chart draws, on every period up to "All time"."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QComboBox

from resilience_desktop.core.db import database

EXTREMES = ("9999-12-31", "0001-01-01", "2024-99-99", "nonsense", "2200-12-31", "1900-01-01")
ODD_PREFERENCES = {
    "display.theme": "purple", "display.date_format": ["iso"], "exercise.week_start": 7,
    "safety.autolock_minutes": "soon", "people.default_cadences": {"friend": -3},
    "reminders.daily": "99:99", "support.region": {"x": 1}, "window.geometry": "not base64!",
    "window.last_tab": 3, "journal.follow_ups_not_now": [[1], {"a": 2}], "insights.rhythm": 5,
    "exercise.hidden_columns": "Date", "calm.last_pattern": [1], "calm.safety_seen": "no",
    "insights.questionnaire_one_page": {"a": 1}, "first_run.done": True,
}


def _date_columns(conn):
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND name NOT LIKE '%fts%'")]
    for table in tables:
        for _cid, name, declared, *_rest in conn.execute(f'PRAGMA table_info("{table}")'):
            kind = (declared or "").upper()
            if "DATE" in kind or "TIME" in kind:
                yield table, name, "TIME" in kind


def put_extreme_values(every_row_to: str | None = None) -> int:
    """Overwrite DATE/DATETIME values with EXTREMES (the first rows of every table, or
    every row with every_row_to) and store odd preferences, bypassing every check."""
    conn = database.connection()
    changed = 0
    with database.atomic():
        for table, column, has_time in list(_date_columns(conn)):
            rowids = [r[0] for r in conn.execute(f'SELECT rowid FROM "{table}" ORDER BY rowid')]
            chosen = rowids if every_row_to else rowids[:len(EXTREMES)]
            for number, rowid in enumerate(chosen):
                value = every_row_to or EXTREMES[number]
                value = f"{value} 12:00:00" if has_time else value
                conn.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE rowid = ?', (value, rowid))
                changed += 1
        conn.execute("UPDATE journal_draft SET entry_date = '2024-99-99'")
        for key, value in ODD_PREFERENCES.items():
            conn.execute("INSERT OR REPLACE INTO preference (key, value, uid) VALUES (?, ?, ?)",
                         (key, json.dumps(value), f"{abs(hash(key)):032x}"[:32]))
    return changed


@pytest.fixture
def caught_errors(monkeypatch):
    """Every error that would reach the calm "Something went wrong" dialog."""
    import sys
    import traceback

    from resilience_desktop.ui import error_dialog

    errors: list[str] = []

    def record(error, what="doing that", parent=None):
        errors.append("".join(traceback.format_exception(type(error), error, error.__traceback__)))

    monkeypatch.setattr(error_dialog, "show_unexpected_error", record)
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, tb: errors.append(
        "".join(traceback.format_exception(kind, error, tb))))
    return errors


@pytest.mark.parametrize("every_row_to", [None, "0001-01-01"])
def test_every_tab_and_chart_draws_from_a_journal_holding_extreme_dates(
        db, data_session, qapp, qtbot, tmp_path, caught_errors, every_row_to):
    from resilience_desktop.services.demo import generate_demo
    from resilience_desktop.ui.app_context import AppContext
    from resilience_desktop.ui.app_signals import AppSignals
    from resilience_desktop.ui.main_window import MainWindow
    from resilience_desktop.ui.screenshots import render_all_tabs

    generate_demo(0.2)
    database.execute_sql("INSERT INTO journal_draft (editor, entry_date, title, body, tags, kind,"
                         " emotions, saved_at, uid) VALUES ('main', '2024-01-01', '', 'typed',"
                         " '', 'free', '[]', '2024-01-01 10:00:00', ?)", ("d" * 32,))
    assert put_extreme_values(every_row_to) > 20
    window = MainWindow(AppContext(paths=db, signals=AppSignals(), session=data_session))
    qtbot.addWidget(window)
    drawn = render_all_tabs(window, tmp_path / "shots")
    widened = 0
    for combo in window.findChildren(QComboBox):  # every chart's longest period
        if combo.count() and combo.itemText(combo.count() - 1) in ("All time", "Everything"):
            combo.setCurrentIndex(combo.count() - 1)
            widened += 1
    drawn += render_all_tabs(window, tmp_path / "all-time")
    assert widened >= 4 and len(drawn) > 50
    assert caught_errors == []
    editor = window.tab("Journal").editor
    assert editor.date_edit.date().year() >= 1900  # the "2024-99-99" draft: a real day


def test_the_window_date_fields_stop_at_1900_and_2200(main_window, qtbot):
    from datetime import date

    from PySide6.QtCore import QDate

    from resilience_desktop.ui.people.person_dialog import PersonDialog

    journal = main_window.tab("Journal")
    fields = [journal.editor.date_edit, journal.browser.jump_date_edit,
              journal.browser.from_date_edit, journal.browser.to_date_edit]
    for field in fields:
        assert field.minimumDate() == QDate(1900, 1, 1), field.objectName()
        assert field.maximumDate() == QDate(2200, 12, 31), field.objectName()
    editor = journal.editor.date_edit
    editor.setDate(QDate(1752, 9, 14))
    assert editor.date() == QDate(1900, 1, 1)  # typed or picked: never before the range
    dialog = PersonDialog(lambda data: None, parent=main_window)
    qtbot.addWidget(dialog)
    assert dialog.birthday_edit.minimumDate().toPython() == date(1900, 1, 1)
