"""Verified copies of the database through SQLite's online backup API."""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from resilience_desktop.core.db import database
from resilience_desktop.core.errors import UserFacingError

log = logging.getLogger(__name__)


class BackupFailedError(UserFacingError):
    """A backup could not be written or did not verify."""


def table_row_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Rows per user table (sqlite_* internals and FTS shadow tables skipped)."""
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {name: conn.execute(f'SELECT COUNT(*) FROM "{name}"').fetchone()[0] for name in names}


def write_verified_backup(dest: Path) -> Path:
    """Copy the open database to dest, then prove the copy is whole.

    The copy is written next to dest under a temporary name, checked with
    integrity_check and per-table row counts against the source, fsynced and
    only then renamed over dest, so a failed backup never replaces a good one.
    """
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".partial")
    if tmp.exists():
        tmp.unlink()
    source = database.connection()
    target = sqlite3.connect(str(tmp))
    try:
        source.backup(target)
        target.execute("PRAGMA journal_mode=delete")
        _verify_copy(source, target)
    except (sqlite3.Error, BackupFailedError) as error:
        target.close()
        tmp.unlink(missing_ok=True)
        log.error("backup to %s failed: %s", dest.name, type(error).__name__)
        raise BackupFailedError(f"The backup could not be written: {error}") from error
    target.close()
    with open(tmp, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(tmp, dest)
    log.info("verified backup written: %s", dest.name)
    return dest


def _verify_copy(source, target: sqlite3.Connection) -> None:
    result = target.execute("PRAGMA integrity_check").fetchone()[0]
    if result != "ok":
        raise BackupFailedError(f"integrity check of the copy said: {result}")
    if table_row_counts(source) != table_row_counts(target):
        raise BackupFailedError("the copy does not hold the same number of rows")
