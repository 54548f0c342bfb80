"""`import --format daylio FILE [--exercise-sessions]` through the whole process."""

import sqlite3

from tests.conftest import run_cli

DAYLIO = (
    "full_date,date,weekday,time,mood,activities,note_title,note\n"
    "2024-03-02,March 2,Saturday,8:15 PM,rad,friends | walking,Great day,Long walk\n"
    "2024-03-01,March 1,Friday,21:00,sleepy,work | swimming,,Tired\n"
)


def _count(data_dir, table):
    with sqlite3.connect(data_dir / "resilience.sqlite3") as connection:
        return connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def test_daylio_cli_with_and_without_sessions(tmp_path):
    path = tmp_path / "daylio.csv"
    path.write_text(DAYLIO, encoding="utf-8")
    data_dir = tmp_path / "data"
    plain = run_cli("import", "--format", "daylio", str(path), "--data-dir", str(data_dir))
    assert plain.returncode == 0, plain.stderr
    assert "2 added" in plain.stdout and 'Custom mood "sleepy" was imported as neutral' in plain.stdout
    assert _count(data_dir, "exercise_session") == 0
    sessions = run_cli("import", "--format", "daylio", str(path), "--exercise-sessions",
                       "--data-dir", str(data_dir))
    assert sessions.returncode == 0, sessions.stderr
    assert "0 added, 2 skipped" in sessions.stdout
    assert "2 exercise sessions added (30 minutes each" in sessions.stdout
    assert _count(data_dir, "exercise_session") == 2 and _count(data_dir, "journal_entry") == 2


def test_exercise_sessions_option_is_daylio_only(tmp_path):
    path = tmp_path / "jrnl.json"
    path.write_text('{"entries": []}', encoding="utf-8")
    result = run_cli("import", "--format", "jrnl", str(path), "--exercise-sessions",
                     "--data-dir", str(tmp_path / "data"))
    assert result.returncode == 1 and "only applies to --format daylio" in result.stderr
