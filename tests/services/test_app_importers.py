"""Day One, Apple Health, Google Fit, Bearable and Journey exports into the database:
values as the person would see them, counted leftovers, a second import adds nothing."""

from __future__ import annotations

import pytest

from resilience_desktop.core.db import database
from resilience_desktop.services.transfer import apple_health, bearable, dayone, google_fit, journey
from resilience_desktop.services.reading.report import ImportFailed
from tests.import_samples import SAMPLES, truncated, zipped

TABLES = ("journal_entry", "journal_entry_tag", "exercise_session", "calm_session",
          "exercise_heart_minutes")


def _snapshot() -> dict:
    return {table: sorted(map(tuple, database.execute_sql(f"SELECT * FROM {table}").fetchall()))
            for table in TABLES}


def _entries() -> dict:
    rows = database.execute_sql(
        "SELECT e.entry_date, e.title, e.body, e.pleasantness, e.energy, (SELECT group_concat(name, '|')"
        " FROM (SELECT name FROM journal_entry_tag t WHERE t.entry_id = e.id ORDER BY name))"
        " FROM journal_entry e")
    return {body: (str(day), title, mood, energy, tags or "") for day, title, body, mood, energy, tags
            in rows}


def _sessions() -> list:
    return sorted(database.execute_sql(
        "SELECT s.started_at, a.name, s.minutes, s.distance_km FROM exercise_session s"
        " JOIN exercise_activity a ON a.id = s.activity_id").fetchall())


def _twice(importer, path):
    first = importer(path)
    before = _snapshot()
    second = importer(path)
    assert second.added == 0 and second.skipped == first.added
    assert _snapshot() == before  # row counts and contents unchanged
    return first


def test_dayone_two_journals_time_zones_escapes_and_photos(db, tmp_path):
    report = _twice(dayone.import_dayone_file, zipped("dayone", tmp_path / "dayone.zip"))
    entries = _entries()
    # 23:30 UTC in Berlin is 00:30 the next day; 04:30 UTC in New York is 23:30 the day before
    assert entries["Walked home at night. It was cold! Felt calm - finally.\n\nMore tomorrow."] == (
        "2025-03-02", "Late walk", None, None, "Personal|evening|family|starred")
    assert entries["Couldn't sleep. Wrote a list:\n\n1. tea\n2. read"][:1] == ("2025-03-01",)
    assert entries["Landed in Tokyo. Jet lag!"] == ("2025-02-14", "", None, None,
                                                    "Work & Travel|travel")
    assert not any("dayone-moment" in body or "\\" in body for body in entries)
    text = report.summary()
    assert "3 journal entries" in text and "2 journals" in text
    for counted in ("1 photos", "1 photo references removed", "1 locations", "1 weather",
                    "1 audio recordings"):
        assert counted in text


def test_dayone_truncated_zip_and_wrong_format_are_plain_messages(db, tmp_path):
    cut = truncated(zipped("dayone", tmp_path / "dayone.zip"))
    with pytest.raises(ImportFailed, match="not a complete zip archive"):
        dayone.import_dayone_file(cut)
    with pytest.raises(ImportFailed, match="not a Day One JSON export"):
        dayone.import_dayone_file(zipped("journey", tmp_path / "journey.zip"))
    assert _snapshot()["journal_entry"] == []


def test_dayone_names_the_bad_entry(db, tmp_path):
    path = tmp_path / "Bad.json"
    path.write_text('{"entries": [{"uuid": "x", "creationDate": "1850-01-01T10:00:00Z", '
                    '"text": "old"}]}', encoding="utf-8")
    with pytest.raises(ImportFailed, match=r"Journal “Bad”, entry 1, field \"creationDate\".*1900"):
        dayone.import_dayone_file(path)


def test_apple_health_both_workout_forms_and_mindful_minutes(db, tmp_path):
    report = _twice(apple_health.import_apple_health_file,
                    zipped("apple_health", tmp_path / "export.zip"))
    assert [tuple(map(str, row)) for row in _sessions()] == [
        ("2025-03-01 08:30:12", "Walking for pleasure", "30", "2.4"),  # older form: attributes
        ("2025-03-03 19:00:00", "Running, 6 mph", "25", "4.5"),  # newer: WorkoutStatistics
        ("2025-03-04 18:00:00", "Circuit training", "30", "None")]
    practices = database.execute_sql(
        "SELECT started_at, kind, actual_seconds FROM calm_session").fetchall()
    assert practices == [("2025-03-02 07:00:00", "meditation", 300)]
    text = report.summary()
    assert "2 StepCount records" in text and "1 HeartRate records" in text
    assert "“Rowing” workouts are not in the catalogue" in text


def test_apple_health_cut_off_xml_names_the_line(db, tmp_path):
    with pytest.raises(ImportFailed, match=r"not complete, well-formed XML \(line \d+\)"):
        apple_health.import_apple_health_file(truncated(SAMPLES / "apple_health" / "export.xml"))
    with pytest.raises(ImportFailed, match="not an Apple Health export"):
        apple_health.import_apple_health_file(
            SAMPLES / "google_fit/Takeout/Fit/Activities/2025-03-03T18_00_00Z_RUNNING.tcx")
    assert _sessions() == []


def test_google_fit_tcx_sessions_and_heart_minutes(db, tmp_path):
    report = _twice(google_fit.import_google_fit_file, zipped("google_fit", tmp_path / "fit.zip"))
    sessions = [(row[1], row[2], row[3]) for row in _sessions()]
    assert sessions == [("Walking for pleasure", 30, 2.4), ("Running, 6 mph", 25, 4.2)]
    text = report.summary()
    assert "Heart Minutes as Google counts them: 53 over 3 days" in text
    assert "Heart Minutes of 3 days added" in text
    assert "3 days of daily metrics" in text and "1 GPS tracks" in text
    assert _heart_minutes() == [("2025-03-01", 18, "google-fit"), ("2025-03-02", 4, "google-fit"),
                                ("2025-03-03", 31, "google-fit")]


def _heart_minutes() -> list:
    return database.execute_sql("SELECT day, minutes, source FROM exercise_heart_minutes"
                                " ORDER BY day").fetchall()


def test_google_fit_recounted_day_is_updated_not_doubled(db, tmp_path):
    path = tmp_path / "Daily activity metrics.csv"
    path.write_text("Date,Heart Minutes\n2025-03-01,5\n2025-03-02,4\n", encoding="utf-8")
    google_fit.import_google_fit_file(path)
    path.write_text("Date,Heart Minutes\n2025-03-01,5\n2025-03-02,12\n2025-03-03,\n"
                    "2025-03-04,7.6\n", encoding="utf-8")
    assert "Heart Minutes for 3 days (1 new)" in google_fit.preview_google_fit_file(path)
    report = google_fit.import_google_fit_file(path)
    assert report.added == 1 and report.skipped == 1
    assert "Heart Minutes of 1 day added; 1 day recounted by Google updated." in report.summary()
    # an empty cell is no count; 7.6 rounds to 8
    assert [(day, minutes) for day, minutes, _s in _heart_minutes()] == [
        ("2025-03-01", 5), ("2025-03-02", 12), ("2025-03-04", 8)]


@pytest.mark.parametrize(("cell", "reason"), [("-3", "below zero"),
                                               ("2881", "more than a day can hold"),
                                               ("lots", "not a number")])
def test_google_fit_refuses_an_impossible_heart_minutes_value(db, tmp_path, cell, reason):
    path = tmp_path / "Daily activity metrics.csv"
    path.write_text(f"Date,Heart Minutes\n2025-03-01,5\n2025-03-02,{cell}\n", encoding="utf-8")
    with pytest.raises(ImportFailed, match=f"line 3.*{reason}"):
        google_fit.import_google_fit_file(path)
    assert _heart_minutes() == []  # nothing of the file is kept


def test_google_fit_names_a_bad_metrics_line(db, tmp_path):
    path = tmp_path / "Daily activity metrics.csv"
    path.write_text("Date,Heart Minutes\n2025-03-01,5\n2025-02-30,4\n", encoding="utf-8")
    with pytest.raises(ImportFailed, match="line 3.*not a real date"):
        google_fit.import_google_fit_file(path)
    with pytest.raises(ImportFailed, match="column \"Date\" is missing"):
        google_fit.import_google_fit_file(SAMPLES / "bearable.csv")


def test_google_fit_metrics_with_a_stray_carriage_return_is_a_plain_message(db, tmp_path):
    """A bare CR inside a field (found by the import fuzzer): the csv module raised
    csv.Error, which reached the person as a traceback."""
    path = tmp_path / "Daily activity metrics.csv"
    path.write_bytes(b"Date,Heart Minutes\n2025-03-01,5\n2025-03-02,1\r2\n")
    with pytest.raises(ImportFailed, match="Daily activity metrics.csv: Line 3: a line break "
                                           "inside a field that is not in quotes"):
        google_fit.import_google_fit_file(path)
    assert _heart_minutes() == []


def test_bearable_checkins_notes_and_exercise(db):
    report = _twice(bearable.import_bearable_file, SAMPLES / "bearable.csv")
    entries = _entries()
    assert entries["Slept well"] == ("2025-03-01", "Bearable check-in (09:00)", 2, -2, "Bearable")
    assert entries["Argument at dinner, felt low"][2:4] == (-2, 0)  # no energy reading: neutral
    assert entries["Sunday: visited my sister."][:1] == ("2025-03-02",)
    assert [(str(r[0]), r[1], r[2]) for r in _sessions()] == [
        ("2025-03-02 12:00:00", "Walking for pleasure", 45)]
    text = report.summary()
    assert "1 exercise readings without a duration" in text and "1 “Symptoms” readings" in text


def test_bearable_wrong_format_and_bad_rating(db, tmp_path):
    with pytest.raises(ImportFailed, match="not a Bearable export"):
        bearable.import_bearable_file(SAMPLES / "google_fit/Takeout/Fit/Daily activity metrics/"
                                      "Daily activity metrics.csv")
    path = tmp_path / "b.csv"
    path.write_text("date,category,rating/amount,detail,notes\n2025-03-01,Mood,eleven,,\n")
    with pytest.raises(ImportFailed, match="Line 2, field \"rating/amount\""):
        bearable.import_bearable_file(path)


def test_journey_html_time_zones_mood_and_tags(db, tmp_path):
    report = _twice(journey.import_journey_file, zipped("journey", tmp_path / "journey.zip"))
    entries = _entries()
    body = "First day of spring & sunshine.\n\nWent to the market.\nBought tulips.\n\n• tea\n• bread"
    assert entries[body] == ("2025-03-01", "", 4, 0, "market|spring")
    # 22:50 UTC in Auckland (UTC+13) is the next day, 11:50
    assert entries["Plain text from an older version"] == ("2025-03-03", "", None, None, "")
    assert "1 photos" in report.summary() and "1 locations" in report.summary()


def test_journey_truncated_zip(db, tmp_path):
    with pytest.raises(ImportFailed, match="not a complete zip archive"):
        journey.import_journey_file(truncated(zipped("journey", tmp_path / "journey.zip")))


def test_previews_say_what_is_new_and_what_is_not_kept(db, tmp_path):
    path = zipped("dayone", tmp_path / "dayone.zip")
    assert "3 journal entries (3 new)" in dayone.preview_dayone_file(path)
    dayone.import_dayone_file(path)
    preview = dayone.preview_dayone_file(path)
    assert "3 journal entries (0 new)" in preview and "1 photos" in preview
    assert [row.day for row in dayone.dayone_first_rows(path)] == ["2025-02-14", "2025-03-01",
                                                                   "2025-03-02"]


@pytest.mark.parametrize("importer, sample, name", [
    (google_fit.import_google_fit_file,
     "google_fit/Takeout/Fit/Activities/2025-03-03T18_00_00Z_RUNNING.tcx", "workout.tcx"),
    (apple_health.import_apple_health_file, "apple_health/export.xml", "export.xml")])
def test_an_xml_file_naming_an_unknown_encoding_is_a_plain_message(db, tmp_path, importer,
                                                                   sample, name):
    """Found by the import fuzzer: `encoding="U-F-8"` made ElementTree raise LookupError,
    which reached the person as a traceback."""
    text = (SAMPLES / sample).read_bytes()
    declaration = text[:text.index(b"?>") + 2] if text.startswith(b"<?xml") else b""
    body = text[len(declaration):]
    path = tmp_path / name
    path.write_bytes(b'<?xml version="1.0" encoding="U-F-8"?>' + body)
    with pytest.raises(ImportFailed, match=r"is damaged \(unknown encoding: U-F-8\)"):
        importer(path)
    assert _sessions() == []
