"""Migrations keep every row, back up first, and refuse a database from the future."""

import hashlib
import shutil
import sqlite3

import pytest

from resilience_desktop.core.db import close_database, database
from resilience_desktop.core.errors import DatabaseTooNewError
from resilience_desktop.core.migrations import discover_steps, latest_version
from resilience_desktop.core.startup import open_app_database

from tests.fixtures import FIXTURES
from tests.inspection import make_folders


def _sha256(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_steps_are_numbered_one_to_n():
    numbers = [step.number for step in discover_steps()]
    assert numbers == list(range(1, latest_version() + 1))


def test_migrating_an_old_schema_keeps_every_row_and_backs_up_first(paths):
    make_folders(paths)
    shutil.copy(FIXTURES / "schema_v1.sqlite3", paths.db_path)
    before = sqlite3.connect(paths.db_path).execute(
        "SELECT key, value FROM preference ORDER BY key").fetchall()

    report = open_app_database(paths)
    try:
        after = database.execute_sql("SELECT key, value FROM preference ORDER BY key").fetchall()
        assert after == before
        assert report.from_version == 1
        assert report.to_version == latest_version()
        assert database.pragma("user_version") == latest_version()
    finally:
        close_database()
    # The verified copy taken before migrating holds the old schema and rows.
    assert report.backup is not None and report.backup.exists()
    backup = sqlite3.connect(report.backup)
    assert backup.execute("PRAGMA user_version").fetchone()[0] == 1
    assert backup.execute("SELECT key, value FROM preference ORDER BY key").fetchall() == before
    assert backup.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_newer_database_is_refused_and_left_byte_for_byte(paths):
    make_folders(paths)
    shutil.copy(FIXTURES / "schema_v1.sqlite3", paths.db_path)
    conn = sqlite3.connect(paths.db_path)
    conn.execute(f"PRAGMA user_version={latest_version() + 5}")
    conn.commit()
    conn.close()
    digest = _sha256(paths.db_path)
    siblings = sorted(p.name for p in paths.data_dir.iterdir())

    with pytest.raises(DatabaseTooNewError, match="newer version of Resilience"):
        open_app_database(paths)

    assert _sha256(paths.db_path) == digest
    after = sorted(p.name for p in paths.data_dir.iterdir() if p.name != "resilience.lock")
    assert after == siblings  # no -wal, no -shm (the writer lock file holds only a PID)


def test_failed_migration_step_rolls_back_and_keeps_data(paths, monkeypatch):
    from resilience_desktop.core import migrations

    make_folders(paths)
    shutil.copy(FIXTURES / "schema_v1.sqlite3", paths.db_path)
    real_steps = migrations.discover_steps()

    def broken(db, migrator):
        db.execute_sql("CREATE TABLE half_done (id INTEGER)")
        raise RuntimeError("disk full")

    steps = [real_steps[0], migrations.MigrationStep(2, "m0002_broken", broken)]
    monkeypatch.setattr(migrations, "discover_steps", lambda: steps)
    with pytest.raises(RuntimeError, match="disk full"):
        open_app_database(paths)
    try:
        assert database.pragma("user_version") == 1
        tables = {row[0] for row in database.execute_sql(
            "SELECT name FROM sqlite_master WHERE type='table'")}
        assert "half_done" not in tables
        assert database.execute_sql("SELECT COUNT(*) FROM preference").fetchone()[0] == 4
    finally:
        close_database()
