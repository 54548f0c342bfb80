"""Backups through the service layer: daily, manual, restore (current file backed up first)."""

import hashlib
from datetime import date

import pytest

from resilience_desktop.services.safety.backups import (
    RestoreFailed,
    backups,
    daily_backup_if_due,
    make_backup,
    restore_backup,
)
from resilience_desktop.services.preferences import get_preference, set_preference


def test_daily_backup_at_most_once_a_day(data_session, db):
    first = daily_backup_if_due(data_session)
    assert first is not None and first.exists()
    assert daily_backup_if_due(data_session) is None
    assert [b.kind for b in backups(db)] == ["auto"]
    assert daily_backup_if_due(data_session, today=date(2099, 1, 1)) is not None


def test_restore_brings_back_the_backup_and_keeps_the_current(data_session, db):
    set_preference("mood", "before")
    saved = make_backup(data_session)
    set_preference("mood", "after")
    previous = restore_backup(data_session, saved)
    assert get_preference("mood") == "before"
    assert previous.name.startswith("before-restore-")
    # The journal as it was before the restore is itself a good backup.
    restore_backup(data_session, previous)
    assert get_preference("mood") == "after"


def test_restoring_a_damaged_file_changes_nothing(data_session, db, tmp_path):
    set_preference("mood", "kept")
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    before = hashlib.sha256(db.db_path.read_bytes()).hexdigest()
    with pytest.raises(RestoreFailed, match="Nothing was changed"):
        restore_backup(data_session, bad)
    assert get_preference("mood") == "kept"
    assert hashlib.sha256(db.db_path.read_bytes()).hexdigest() == before
    with pytest.raises(RestoreFailed, match="no such file"):
        restore_backup(data_session, tmp_path / "missing.sqlite3")
