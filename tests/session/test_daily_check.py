"""The full quick_check runs in the writer's daily maintenance and is recorded; a
recorded failure sends the next open (writer, reader, the window) to the full check,
which refuses the damage (issue 20: every open itself runs only the cheap check)."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest

from resilience_desktop.core.check_record import read_record, write_record
from resilience_desktop.core.errors import DatabaseDamagedError
from resilience_desktop.core.session import DataSession, SessionState
from resilience_desktop.services.safety.backups import backups
from tests.conftest import run_cli
from tests.core.damaged_journals import snapshot
from tests.session.helpers import journal_with_canary, key_provider, read_canary

def _leaf_page_damaged(paths) -> None:
    """A leaf page of the canary table overwritten: the header and every root page stay
    whole, so the cheap check passes; quick_check does not."""
    with sqlite3.connect(paths.db_path) as conn:
        page = conn.execute("SELECT pageno FROM dbstat WHERE name = 'preference' "
                            "AND pagetype = 'leaf' ORDER BY pageno DESC LIMIT 1").fetchone()[0]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(paths.db_path.read_bytes())
    data[(page - 1) * size:page * size] = b"\x5a" * size
    paths.db_path.write_bytes(bytes(data))


def _writer(paths, **options) -> DataSession:
    session = DataSession(paths, key_provider=key_provider())
    session.open_writer(**options)
    return session


def test_maintenance_records_a_passing_check_once_a_day(paths):
    session = journal_with_canary(paths, rows=50, backups=0)
    session.daily_maintenance()
    first = read_record(paths.db_path)
    assert first is not None and first.ok and first.summary == "ok"
    write_record(paths.db_path, True, "ok, earlier today")
    session.daily_maintenance(first.day)  # already checked today: not run again
    assert read_record(paths.db_path).summary == "ok, earlier today"
    session.daily_maintenance(first.day + timedelta(days=1))  # the next day: run again
    assert read_record(paths.db_path).summary == "ok"
    session.close()


def test_damage_the_cheap_check_lets_by_is_found_recorded_and_never_backed_up(paths):
    journal_with_canary(paths, rows=400, backups=0).close()
    _leaf_page_damaged(paths)
    session = _writer(paths)  # the cheap check passes: the header and roots are whole
    with pytest.raises(DatabaseDamagedError, match="damaged"):
        session.daily_maintenance()
    assert session.state is SessionState.DAMAGED and "damaged" in session.damage
    record = read_record(paths.db_path)
    assert record is not None and not record.ok and record.summary != "ok"
    assert backups(paths) == []  # no backup of a damaged journal
    session.close()


def test_a_recorded_failure_refuses_the_next_writer_and_reader(paths):
    journal_with_canary(paths, rows=400, backups=0).close()
    _leaf_page_damaged(paths)
    session = _writer(paths)
    with pytest.raises(DatabaseDamagedError):
        session.daily_maintenance()
    session.close()
    before = snapshot(paths.data_dir)
    later = _writer(paths, allow_damaged=True)  # the window's door
    assert later.state is SessionState.DAMAGED and "damaged" in later.damage
    later.close()
    with pytest.raises(DatabaseDamagedError, match="damaged"):
        DataSession(paths, key_provider=key_provider()).open_reader()
    assert snapshot(paths.data_dir) == before  # the reader changed nothing


def test_a_recorded_failure_of_a_file_replaced_since_is_checked_and_cleared(paths):
    journal_with_canary(paths, rows=20, backups=0).close()
    write_record(paths.db_path, False, "*** in database main *** Page 7: never used")
    reader = DataSession(paths)
    reader.open_reader()  # the full check passes: the journal is read
    assert read_canary(0) is not None
    reader.close()
    assert not read_record(paths.db_path).ok  # a reader records nothing
    session = _writer(paths)
    assert session.state is SessionState.OPEN and read_record(paths.db_path).ok
    session.close()


@pytest.mark.slow
@pytest.mark.parametrize("recorded", [False, True])
def test_the_window_shows_the_recovery_screen_for_damage_the_days_check_finds(paths, recorded):
    """First start of the day: the check runs in maintenance and the recovery screen
    follows; a later start: the recorded failure leads there."""
    journal_with_canary(paths, rows=400, backups=1).close()
    _leaf_page_damaged(paths)
    if recorded:
        write_record(paths.db_path, False, "Page 9: btreeInitPage() returns error code 11")
    result = run_cli("--smoke", "--data-dir", str(paths.data_dir))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "damaged" in result.stderr and "Traceback" not in result.stderr
    record = read_record(paths.db_path)
    assert record is not None and not record.ok
