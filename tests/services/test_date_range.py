"""Every stored date stays in the years 1900–2200 (issue 17, "Dates"): importers refuse
a day outside with the record named, services refuse it in plain words, drafts hold
only real days, and odd stored preferences read as their defaults."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from resilience_desktop.core import date_range
from resilience_desktop.core.db import database
from resilience_desktop.core.errors import ValidationError
from resilience_desktop.services.reading.report import ImportFailed


def _entry_count() -> int:
    return database.execute_sql("SELECT COUNT(*) FROM journal_entry").fetchone()[0]


def _json_document(table: str, columns: list[str], rows: list[list]) -> dict:
    from resilience_desktop.core.migrations import latest_version

    return {"format": "resilience-export", "format_version": 2,
            "schema_version": latest_version(), "tables": {table: {"columns": columns,
                                                                   "rows": rows}}}


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01", "1899-12-31", "2201-01-01"])
def test_a_json_export_with_a_day_outside_the_range_is_refused_naming_the_row(db, tmp_path, day):
    from resilience_desktop.services.transfer.document import import_json_file

    rows = [[1, "2024-05-01", "fine", "kept", "free"], [2, day, "far", "away", "free"]]
    path = tmp_path / "far.json"
    path.write_text(json.dumps(_json_document(
        "journal_entry", ["id", "entry_date", "title", "body", "kind"], rows)))
    with pytest.raises(ImportFailed) as caught:
        import_json_file(path)
    assert str(caught.value) == (f'table "journal_entry", row 2, field "entry_date": '
                                 f"{day} is outside the years 1900–2200.")
    assert _entry_count() == 0


def test_a_json_datetime_outside_the_range_is_refused(db, tmp_path):
    from resilience_desktop.services.transfer.document import import_json_file

    path = tmp_path / "far.json"
    path.write_text(json.dumps(_json_document(
        "calm_session", ["id", "started_at", "kind", "name", "actual_seconds"],
        [[1, "9999-12-31 23:59:59", "breathe", "Box", 60]])))
    with pytest.raises(ImportFailed, match='row 1, field "started_at": 9999-12-31 is outside'):
        import_json_file(path)


def test_a_jrnl_entry_dated_9999_is_refused_naming_the_entry(db, tmp_path):
    from resilience_desktop.services.transfer.jrnl import import_jrnl_file

    path = tmp_path / "jrnl.json"
    path.write_text(json.dumps({"entries": [
        {"title": "ok", "body": "b", "date": "2024-01-01", "time": "10:00"},
        {"title": "far", "body": "b", "date": "9999-12-31", "time": "10:00"}]}))
    with pytest.raises(ImportFailed, match='^Entry 2, field "date": 9999-12-31 is outside the '
                                           'years 1900–2200.$'):
        import_jrnl_file(path)
    assert _entry_count() == 0


def test_an_exercise_csv_row_before_1900_names_its_line(db, tmp_path):
    from resilience_desktop.services.exercise.importing import import_exercise_csv

    path = tmp_path / "plain.csv"
    path.write_text("date,activity,minutes\n2024-01-02,Jogging,20\n1850-01-01,Jogging,20\n")
    with pytest.raises(ImportFailed, match="line 3: 1850-01-01 is outside the years 1900–2200"):
        import_exercise_csv(path)


def test_a_vcard_birthday_outside_the_range_is_left_out_not_stored(db, tmp_path):
    from resilience_desktop.core.models.people import Person
    from resilience_desktop.services.people.importing import import_vcard_file

    path = tmp_path / "c.vcf"
    path.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Ada\nBDAY:1604-04-15\nEND:VCARD\n")
    import_vcard_file(path)  # Apple writes 1604 for "no year": month and day kept (in 1904)
    assert [(p.name, str(p.birthday)) for p in Person.select()] == [("Ada", "1904-04-15")]


def test_services_refuse_a_day_outside_the_range_in_plain_words(db):
    from resilience_desktop.services.journal.entries import EntryInput, save_entry

    with pytest.raises(ValidationError, match="^Please check the date: 1850-01-01 is outside "
                                              "the years 1900–2200.$"):
        save_entry(EntryInput(entry_date=date(1850, 1, 1), body="old"))
    assert _entry_count() == 0


def test_a_draft_must_hold_a_real_day_and_a_stored_odd_one_reads_as_none(db):
    from resilience_desktop.services.journal.drafts import Draft, load_draft, save_draft

    for bad in ("2024-99-99", "9999-12-31", "yesterday"):
        with pytest.raises(ValidationError, match="The draft's date"):
            save_draft(Draft(entry_date=bad, body="typed"))
    save_draft(Draft(entry_date="2024-02-29", body="typed"))
    assert load_draft().entry_date == "2024-02-29"
    database.execute_sql("UPDATE journal_draft SET entry_date = '2024-99-99'")
    assert load_draft().entry_date == "" and load_draft().body == "typed"


def test_a_json_draft_dated_2024_99_99_is_refused(db, tmp_path):
    from resilience_desktop.services.transfer.document import import_json_file

    path = tmp_path / "draft.json"
    path.write_text(json.dumps(_json_document(
        "journal_draft", ["id", "editor", "entry_date", "body", "saved_at"],
        [[1, "main", "2024-99-99", "typed", "2024-01-01 10:00:00"]])))
    with pytest.raises(ImportFailed, match='row 1, field "entry_date": \'2024-99-99\' is not a '
                                           'real date'):
        import_json_file(path)


@pytest.mark.parametrize("key, value", [
    ("display.theme", "purple"), ("safety.autolock_minutes", "soon"),
    ("safety.autolock_minutes", 100000), ("exercise.week_start", 7),
    ("reminders.daily", "99:99"), ("people.default_cadences", {"friend": -3})])
def test_a_json_export_with_an_odd_setting_is_refused_naming_the_row(db, tmp_path, key, value):
    from resilience_desktop.services.preferences import get_preference
    from resilience_desktop.services.transfer.document import import_json_file

    path = tmp_path / "prefs.json"
    path.write_text(json.dumps(_json_document("preference", ["key", "value"],
                                              [["window.last_tab", '"Journal"'],
                                               [key, json.dumps(value)]])))
    with pytest.raises(ImportFailed, match=f'row 2, field "value" \\({key}\\): .*not a valid'):
        import_json_file(path)
    assert get_preference("window.last_tab") is None


def test_odd_stored_preferences_read_as_their_defaults(db):
    from resilience_desktop.services import settings
    from resilience_desktop.services.exercise.stats import week_start_preference
    from resilience_desktop.services.journal.followups import due_follow_ups
    from resilience_desktop.services.preferences import get_preference, get_preferences

    stored = {"safety.autolock_minutes": "soon", "display.theme": ["dark"],
              "exercise.week_start": {"a": 1}, "journal.follow_ups_not_now": 5,
              "display.date_format": ["iso"], "x.number": float("nan")}
    with database.atomic():
        for key, value in stored.items():
            database.execute_sql("INSERT INTO preference (key, value, uid) VALUES (?, ?, ?)",
                                 (key, json.dumps(value), key.ljust(32, "0")[:32]))
        database.execute_sql("INSERT INTO preference (key, value, uid) VALUES ('x.broken',"
                             " '{not json', ?)", ("b" * 32,))
    assert settings.read_setting(settings.AUTOLOCK_MINUTES) == 0
    assert settings.load_settings()[settings.THEME] == "system"
    assert week_start_preference() == "monday"
    assert get_preference("x.number", 3) == 3 and get_preference("x.broken", "d") == "d"
    assert get_preferences({"display.date_format": "weekday"}) == {"display.date_format": "weekday"}
    assert due_follow_ups(date(2026, 1, 1), include_put_off=False) == []


def test_stored_days_outside_the_range_read_clamped_never_crashing(db):
    from resilience_desktop.core.models.journal import JournalEntry

    database.execute_sql(
        "INSERT INTO journal_entry (entry_date, title, body, kind, created_at, updated_at, uid)"
        " VALUES ('9999-12-31', 't', 'b', 'free', 'garbage', '0001-01-01 00:00:00', ?)",
        ("c" * 32,))
    entry = JournalEntry.get()
    assert entry.entry_date == date(2200, 12, 31)
    assert entry.created_at == datetime(1900, 1, 1)
    assert entry.updated_at == datetime(1900, 1, 1)
    assert date_range.stored_day_in_range("9999-12-31") is None
