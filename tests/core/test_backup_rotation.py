"""Rotation keeps 7 daily, 4 weekly and 12 monthly backups; verification guards replacement."""

from datetime import datetime, timedelta

import pytest

from resilience_desktop.core import backup as core_backup
from resilience_desktop.core.backup import (
    BackupFailedError,
    backup_name,
    list_backups,
    rotate_backups,
    write_verified_backup,
)
from resilience_desktop.services.preferences import set_preference


def _touch_backups(directory, moments, kind="auto"):
    directory.mkdir(parents=True, exist_ok=True)
    for moment in moments:
        (directory / backup_name(kind, moment)).write_bytes(b"x")


def test_rotation_keeps_daily_weekly_monthly(tmp_path):
    start = datetime(2026, 11, 28, 9, 0, 0)
    # One backup a day for two years, plus a second one on the newest day.
    moments = [start - timedelta(days=n) for n in range(730)] + [start + timedelta(hours=2)]
    _touch_backups(tmp_path, moments)
    rotate_backups(tmp_path, now=start + timedelta(days=2))
    kept = list_backups(tmp_path)
    kept_days = {b.created.date() for b in kept}
    # The newest backup of each of the last 7 days survives...
    assert {(start - timedelta(days=n)).date() for n in range(7)} <= kept_days
    # ...the day's older copy does not.
    assert (tmp_path / backup_name("auto", start)).exists() is False
    weeks = {b.created.isocalendar()[:2] for b in kept}
    months = {(b.created.year, b.created.month) for b in kept}
    assert len(months) == 12 and len(weeks) >= 4
    assert len(kept) <= 7 + 4 + 12
    assert min(kept_days) > (start - timedelta(days=400)).date()


def test_rotation_never_removes_a_backup_younger_than_a_day(tmp_path):
    now = datetime(2026, 11, 28, 12, 0, 0)
    _touch_backups(tmp_path, [now - timedelta(minutes=n) for n in range(5)])
    assert rotate_backups(tmp_path, now=now) == []
    assert len(rotate_backups(tmp_path, now=now + timedelta(days=2))) == 4


def test_rotation_leaves_other_kinds_alone(tmp_path):
    old = datetime(2020, 1, 1)
    _touch_backups(tmp_path, [old + timedelta(days=n) for n in range(40)])
    migration = tmp_path / f"before-migration-v1-to-v4-{old.strftime('%Y%m%d-%H%M%S')}.sqlite3"
    migration.write_bytes(b"x")
    (tmp_path / "notes.txt").write_text("not a backup")
    rotate_backups(tmp_path)
    assert migration.exists() and (tmp_path / "notes.txt").exists()
    assert len([b for b in list_backups(tmp_path) if b.kind == "auto"]) < 40


def test_verified_backup_holds_every_row(db, tmp_path):
    import sqlite3

    for n in range(50):
        set_preference(f"key{n}", {"n": n})
    dest = write_verified_backup(tmp_path / "copy.sqlite3")
    conn = sqlite3.connect(dest)
    assert conn.execute("SELECT COUNT(*) FROM preference").fetchone()[0] == 50
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_failed_verification_never_replaces_the_older_backup(db, tmp_path, monkeypatch):
    dest = tmp_path / "copy.sqlite3"
    dest.write_bytes(b"the older good backup")

    def broken(source, target):
        raise BackupFailedError("integrity check of the copy said: page 3 broken")

    monkeypatch.setattr(core_backup, "verify_copy", broken)
    with pytest.raises(BackupFailedError, match="could not be written"):
        write_verified_backup(dest)
    assert dest.read_bytes() == b"the older good backup"
    assert not list(tmp_path.glob("*.partial"))
