"""Daylio: exercise-like activities as exercise sessions (opt-in), custom moods, preview rows."""

from datetime import datetime

import pytest

from resilience_desktop.core.models.exercise import ExerciseSession
from resilience_desktop.core.models.journal import JournalEntry
from resilience_desktop.services.reading.report import ImportFailed
from resilience_desktop.services.transfer.daylio import import_daylio_file, preview_daylio

DAYLIO = (
    "full_date,date,weekday,time,mood,activities,note_title,note\n"
    "2024-03-03,March 3,Sunday,12:10 AM,good,Yoga | Gym | meditation | walk,,\n"
    "2024-03-02,March 2,Saturday,8:15 PM,rad,friends | walking,Great day,Long walk<br>with Sam\n"
    "2024-03-02,March 2,Saturday,9:00 AM,meh,,,\n"
    "2024-03-01,March 1,Friday,21:00,sleepy,work | Running,,\"Tired, but ok\"\n"
)


@pytest.fixture
def daylio_file(tmp_path):
    path = tmp_path / "daylio.csv"
    path.write_text(DAYLIO, encoding="utf-8")
    return path


def _sessions():
    return sorted((str(s.started_at), s.activity.name, s.minutes, s.notes)
                  for s in ExerciseSession.select())


def test_sessions_are_opt_in(db, daylio_file):
    report = import_daylio_file(daylio_file)
    assert report.added == 4 and _sessions() == []
    assert "exercise session" not in report.summary()


def test_exercise_like_activities_become_sessions_ending_at_the_check_in(db, daylio_file):
    report = import_daylio_file(daylio_file, exercise_sessions=True, session_minutes=45)
    sessions = _sessions()
    assert [(start, name, minutes) for start, name, minutes, _notes in sessions] == [
        ("2024-03-01 20:15:00", "Running, 5 mph", 45),
        ("2024-03-02 19:30:00", "Walking for pleasure", 45),
        # 00:10 minus 45 minutes would be the day before: clamped to midnight
        ("2024-03-03 00:00:00", "Resistance training", 45),
        ("2024-03-03 00:00:00", "Walking for pleasure", 45),
        ("2024-03-03 00:00:00", "Yoga, Hatha", 45),
    ]
    assert all("45 minutes assumed" in notes for *_rest, notes in sessions)
    assert "5 exercise sessions added (45 minutes each" in report.summary()
    again = import_daylio_file(daylio_file, exercise_sessions=True, session_minutes=45)
    assert again.added == 0 and len(_sessions()) == 5
    assert "0 exercise sessions added" in again.summary() and "5 already saved" in again.summary()


def test_a_bad_session_saves_neither_entries_nor_sessions(wall_clock, db, daylio_file, monkeypatch):
    from resilience_desktop.services.transfer import daylio as transfer_daylio

    # The computer's clock is put back (to before the file's last check-in) after the
    # entries passed: the session validation then fails.
    validate_sessions = transfer_daylio.validate_sessions

    def clock_put_back_then_validate(planned):
        wall_clock.set(datetime(2024, 3, 2, 12, 0))
        validate_sessions(planned)

    monkeypatch.setattr(transfer_daylio, "validate_sessions", clock_put_back_then_validate)
    with pytest.raises(ImportFailed, match=r'Line \d, activity "walking": The start time is in the future'):
        import_daylio_file(daylio_file, exercise_sessions=True)
    assert JournalEntry.select().count() == 0 and _sessions() == []


def test_a_failure_while_writing_sessions_rolls_back_the_entries(db, daylio_file, monkeypatch):
    from resilience_desktop.services.transfer import daylio as transfer_daylio

    def broken(planned):
        raise RuntimeError("disk trouble")

    monkeypatch.setattr(transfer_daylio, "write_sessions", broken)
    with pytest.raises(RuntimeError):
        import_daylio_file(daylio_file, exercise_sessions=True)
    assert JournalEntry.select().count() == 0 and _sessions() == []


def test_custom_mood_mapping_is_checked_and_named(db, daylio_file):
    with pytest.raises(ImportFailed, match='Custom mood "sleepy"'):
        import_daylio_file(daylio_file, custom_moods={"sleepy": 9})
    report = import_daylio_file(daylio_file, custom_moods={"sleepy": -3})
    assert "sleepy" not in report.summary()
    first = JournalEntry.select().order_by(JournalEntry.entry_date).first()
    assert first.pleasantness == -3


def test_preview_lists_custom_moods_exercise_and_first_new_rows(db, daylio_file):
    preview = preview_daylio(daylio_file)
    assert preview.custom_moods == {"sleepy": 1}
    assert preview.exercise_count == 5
    assert preview.exercise_names == ["Gym", "Running", "walk", "walking", "Yoga"]
    assert [(row.day, row.text) for row in preview.first_rows] == [
        ("2024-03-01", "Tired, but ok"), ("2024-03-02", "Daylio check-in: meh"),
        ("2024-03-02", "Great day"), ("2024-03-03", "Daylio check-in: good")]
    import_daylio_file(daylio_file)
    assert preview_daylio(daylio_file).first_rows == []  # everything is already saved
    assert JournalEntry.select().count() == 4


def test_walk_tagged_exercise_is_one_session(db, tmp_path):
    path = tmp_path / "walk.csv"
    path.write_text("full_date,date,weekday,time,mood,activities,note_title,note\n"
                    "2024-03-05,March 5,Tuesday,18:00,good,walk | exercise,,\n"
                    "2024-03-06,March 6,Wednesday,18:00,good,exercise,,\n", encoding="utf-8")
    import_daylio_file(path, exercise_sessions=True)
    sessions = [(str(s.started_at), s.activity.name, s.minutes) for s in
                ExerciseSession.select().order_by(ExerciseSession.started_at)]
    assert sessions == [("2024-03-05 17:30:00", "Walking for pleasure", 30),
                        ("2024-03-06 17:30:00", "Circuit training", 30)]
