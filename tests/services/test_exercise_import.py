"""Strava and plain CSV import: valid files in, broken files out with nothing saved."""

from __future__ import annotations

from datetime import datetime, timezone, UTC
from pathlib import Path

import pytest

from resilience_desktop.core.models.exercise import ExerciseSession
from resilience_desktop.services.exercise import sessions as ex
from resilience_desktop.services.exercise import importing as imp
from resilience_desktop.services.reading.report import ImportFailed

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "exercise"
NOW = datetime(2026, 6, 1, 12, 0)


@pytest.fixture
def clock(wall_clock, db, monkeypatch):
    wall_clock.set(NOW)
    return NOW


def _local(utc: datetime) -> datetime:
    return utc.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def _by_notes():
    return {row.notes.split("\n")[0]: row for row in ex.list_sessions()}


def test_strava_export_is_imported_with_types_mapped(clock):
    report = imp.import_strava_csv(FIXTURES / "strava_activities.csv")
    assert (report.added, report.skipped) == (8, 0)
    rows = _by_notes()
    run = rows["Evening Run"]
    assert run.started_at == _local(datetime(2023, 3, 4, 17, 41, 16))
    assert (run.minutes, run.distance_km) == (33, 5.02)  # first Elapsed Time / Distance columns
    assert run.activity_name == "Running, 5 mph"  # 9.1 km/h
    assert run.notes == "Evening Run\nEasy loop by the river"
    assert rows["Morning Walk"].activity_name == "Walking for pleasure"
    assert rows["Gym"].activity_name == "Resistance training"
    assert rows["Gym"].notes == "Gym\nLegs\nand core"
    assert rows["Lunch Swim"].activity_name == "Swimming laps, slow"
    assert rows["Saturday Ride"].activity_name == "Cycling, general"  # 20 km/h
    assert rows["Sunday Yoga"].activity_name == "Yoga, Hatha"
    assert rows["Sunday Yoga"].distance_km is None
    assert rows["Hill Hike"].activity_name == "Walking, very brisk (4 mph)"
    assert rows["Circuits"].activity_name == "Circuit training"


def test_importing_the_same_export_twice_skips_what_is_saved(clock):
    imp.import_strava_csv(FIXTURES / "strava_activities.csv")
    report = imp.import_strava_csv(FIXTURES / "strava_activities.csv")
    assert (report.added, report.skipped) == (0, 8)
    assert ExerciseSession.select().count() == 8


def test_broken_strava_file_names_each_bad_line_and_saves_nothing(clock):
    preview = imp.preview_strava_csv(FIXTURES / "strava_broken.csv")
    # Line 2-3 is a two-line record; the bad rows are on lines 4, 5 and 6.
    assert [e.split(":")[0] for e in preview.errors] == ["line 4", "line 5", "line 6"]
    assert "2023-03-05 07:02" in preview.errors[0]
    assert "Kitesurf" in preview.errors[1]
    assert "abc" in preview.errors[2]
    assert not preview.can_import
    with pytest.raises(ImportFailed, match="line 4"):
        imp.import_strava_csv(FIXTURES / "strava_broken.csv")
    with pytest.raises(ImportFailed):
        imp.commit_preview(preview)
    assert ExerciseSession.select().count() == 0


def test_a_custom_activity_named_like_the_strava_type_is_used(clock):
    ex.add_activity("Kitesurf", 11.0)
    preview = imp.preview_strava_csv(FIXTURES / "strava_broken.csv")
    assert "Kitesurf" not in " ".join(preview.errors)


def test_a_plain_csv_is_not_taken_for_strava(clock, tmp_path):
    with pytest.raises(ImportFailed, match="Activity Date"):
        imp.import_strava_csv(FIXTURES / "plain_with_header.csv")
    with pytest.raises(ImportFailed, match="Strava"):
        imp.import_exercise_csv(FIXTURES / "strava_activities.csv")


def test_plain_csv_with_header(clock):
    report = imp.import_exercise_csv(FIXTURES / "plain_with_header.csv")
    assert report.added == 4
    rows = sorted(ex.list_sessions(), key=lambda r: r.started_at)
    assert [(r.started_at, r.activity_name, r.minutes) for r in rows] == [
        (datetime(2024, 3, 5, 7, 30), "Walking for pleasure", 30),
        (datetime(2024, 3, 6, 12, 0), "Yoga, Hatha", 45),
        (datetime(2024, 3, 7, 18, 0), "Running, 5 mph", 25),
        (datetime(2024, 3, 9, 10, 0), "Resistance training", 40),
    ]
    assert rows[2].notes == "Intervals, felt good"


def test_plain_csv_without_header(clock):
    report = imp.import_exercise_csv(FIXTURES / "plain_no_header.csv")
    assert report.added == 2
    assert {r.activity_name for r in ex.list_sessions()} == {"Pilates", "Jogging"}


def test_broken_plain_csv_reports_lines_and_saves_nothing(clock):
    with pytest.raises(ImportFailed) as caught:
        imp.import_exercise_csv(FIXTURES / "plain_broken.csv")
    message = str(caught.value)
    assert "4 rows cannot be imported" in message
    for words in ("line 3: unknown activity “Underwater hockey”", "line 4: 0 minutes",
                  "line 5: the start 2999-01-01 09:00 is in the future",
                  "line 6: the date “yesterday”"):
        assert words in message
    assert ExerciseSession.select().count() == 0


@pytest.mark.parametrize("content, words", [
    ("", "empty"), ("date,activity,minutes\n", "no activities"),
    ("date,minutes\n2024-01-01,30\n", "missing: activity"),
])
def test_unusable_files_are_refused(clock, tmp_path, content, words):
    path = tmp_path / "x.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ImportFailed, match=words):
        imp.import_exercise_csv(path)


def test_missing_and_non_utf8_files(clock, tmp_path):
    with pytest.raises(ImportFailed, match="does not exist"):
        imp.import_exercise_csv(tmp_path / "nope.csv")
    path = tmp_path / "latin1.csv"
    path.write_bytes("2024-01-01,Caf\xe9 walk,30\n".encode("latin-1"))
    with pytest.raises(ImportFailed, match="UTF-8"):
        imp.import_exercise_csv(path)


def test_preview_csv_detects_the_format(clock):
    assert imp.preview_csv(FIXTURES / "strava_activities.csv").source == "Strava"
    preview = imp.preview_csv(FIXTURES / "plain_with_header.csv")
    assert preview.source == "CSV" and len(preview.rows) == 4 and preview.can_import
    assert ExerciseSession.select().count() == 0  # a preview writes nothing


def test_a_date_only_row_for_today_is_not_in_the_future(wall_clock, db, monkeypatch, tmp_path):
    wall_clock.set(datetime(2026, 6, 1, 8, 15))
    path = tmp_path / "today.csv"
    path.write_text("2026-06-01,Jogging,20\n", encoding="utf-8")
    assert imp.import_exercise_csv(path).added == 1
    assert ex.list_sessions()[0].started_at == datetime(2026, 6, 1, 8, 15)
