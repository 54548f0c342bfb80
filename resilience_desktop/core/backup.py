"""Verified copies of the database through SQLite's online backup API, and rotation.

A backup is written under a temporary name, proven whole (integrity_check and
per-table row counts equal to the source), fsynced and only then renamed into
place; rotation runs only after that, so a failed backup never costs a good
one. Backups of an encrypted journal are encrypted with the same data key and
carry a copy of the wrapped key (``core/key_copies.py``), so each one opens on
its own with the passphrase or the recovery key.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from resilience_desktop.core import clock
from resilience_desktop.core.db import database, database_key
from resilience_desktop.core.errors import UserFacingError
from resilience_desktop.core.files import fsync_dir, fsync_file
from resilience_desktop.core.integrity import driver_errors, connect_file
from resilience_desktop.core.i18n import translate
from resilience_desktop.core.log import get_logger

log = get_logger(__name__)

BACKUP_SUFFIX = ".sqlite3"
# Kinds that rotation thins out; before-migration copies are kept (they are rare).
ROTATED_KINDS = ("auto", "manual", "before-restore")
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
_STAMP = re.compile(r"(\d{8}-\d{6})(?:-\d+)?\.sqlite3$")


class BackupFailedError(UserFacingError):
    """A backup could not be written or did not verify."""


@dataclass(frozen=True)
class BackupFile:
    path: Path
    created: datetime
    size: int
    kind: str


def table_row_counts(conn: Any) -> dict[str, int]:
    """Rows per table (sqlite_* internals skipped)."""
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {name: conn.execute(f'SELECT COUNT(*) FROM "{name}"').fetchone()[0] for name in names}


def backup_name(kind: str, when: datetime | None = None) -> str:
    when = when or clock.now()
    return f"{kind}-{when.strftime('%Y%m%d-%H%M%S')}{BACKUP_SUFFIX}"


def write_verified_backup(dest: Path) -> Path:
    """Copy the open database to dest, then prove the copy is whole."""
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".partial")
    tmp.unlink(missing_ok=True)
    key = database_key()
    source = database.connection()
    target = None
    try:
        target = connect_file(tmp, key)
        source.backup(target)
        target.execute("PRAGMA journal_mode=delete")
        verify_copy(source, target)
        target.close()
        target = None
        if key is not None:
            _append_key_copy(tmp)
    except driver_errors(BackupFailedError, OSError) as error:
        if target is not None:
            target.close()
        tmp.unlink(missing_ok=True)
        log.error("backup to %s failed: %s", dest.name, type(error).__name__)
        raise BackupFailedError(translate("Resilience", "The backup could not be written: {error}").format(error=error)) from error
    fsync_file(tmp)
    # Windows: os.replace is atomic on NTFS too, but raises PermissionError while
    # another process (a virus or backup scanner) holds dest open without delete
    # sharing; dest is a new, dated file here, so that is all but impossible.
    os.replace(tmp, dest)
    fsync_dir(dest.parent)
    log.info("verified backup written: %s", dest.name)
    return dest


def _append_key_copy(tmp: Path) -> None:
    """The open journal's vault.json (beside it) at the end of the backup being written."""
    from resilience_desktop.core.key_copies import append_key_copy
    from resilience_desktop.core.vault import VAULT_FILENAME, check_vault

    vault_file = Path(database.obj.database).parent / VAULT_FILENAME
    try:
        record = check_vault(json.loads(vault_file.read_text(encoding="utf-8")))
    except (OSError, ValueError, UnicodeDecodeError) as error:
        log.warning("backup written without a key copy: vault.json unreadable (%s)",
                    type(error).__name__)
        return
    append_key_copy(tmp, record)


def verify_copy(source: Any, target: Any) -> None:
    result = target.execute("PRAGMA integrity_check").fetchone()[0]
    if result != "ok":
        raise BackupFailedError(translate("Resilience", "integrity check of the copy said: {result}").format(result=result))
    if table_row_counts(source) != table_row_counts(target):
        raise BackupFailedError(translate("Resilience", "the copy does not hold the same number of rows"))


def _parse_stamp(stamp: str) -> datetime:
    """'YYYYmmdd-HHMMSS' -> datetime (by hand: strptime's first call costs ~10 ms
    of imports, and this runs at every start)."""
    return datetime(int(stamp[0:4]), int(stamp[4:6]), int(stamp[6:8]),
                    int(stamp[9:11]), int(stamp[11:13]), int(stamp[13:15]))


def list_backups(backups_dir: Path) -> list[BackupFile]:
    """Every backup file in backups_dir, newest first."""
    found: list[BackupFile] = []
    if not Path(backups_dir).is_dir():
        return found
    for path in Path(backups_dir).iterdir():
        match = _STAMP.search(path.name)
        if not match or not path.is_file():
            continue
        created = _parse_stamp(match.group(1))
        kind = path.name[: match.start()].rstrip("-")
        kind = "before-migration" if kind.startswith("before-migration") else kind
        found.append(BackupFile(path, created, path.stat().st_size, kind))
    found.sort(key=lambda item: (item.created, item.path.name), reverse=True)
    return found


def _period_keys(day: date) -> dict[str, tuple[int | date, ...]]:
    iso = day.isocalendar()
    return {"daily": (day,), "weekly": (iso[0], iso[1]), "monthly": (day.year, day.month)}


def backups_to_keep(backups: list[BackupFile]) -> set[Path]:
    """Grandfather-father-son: the newest backup of each of the last 7 days,
    4 weeks and 12 months that have backups (like borg prune)."""
    limits = {"daily": KEEP_DAILY, "weekly": KEEP_WEEKLY, "monthly": KEEP_MONTHLY}
    keep: set[Path] = set()
    for rule, limit in limits.items():
        seen: list[tuple[int | date, ...]] = []
        for backup in sorted(backups, key=lambda b: b.created, reverse=True):
            period = _period_keys(backup.created.date())[rule]
            if period in seen:
                continue
            if len(seen) >= limit:
                break
            seen.append(period)
            keep.add(backup.path)
    return keep


def rotate_backups(backups_dir: Path, now: datetime | None = None) -> list[Path]:
    """Delete rotated backups outside the 7/4/12 windows; returns what was removed.

    Backups younger than a day are never removed, so a backup made minutes
    ago (say, just before a restore) is still there to go back to.
    """
    now = now or clock.now()
    rotated = [b for b in list_backups(backups_dir) if b.kind in ROTATED_KINDS]
    keep = backups_to_keep(rotated)
    removed = []
    for backup in rotated:
        if backup.path not in keep and now - backup.created > timedelta(days=1):
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    if removed:
        log.info("rotation removed %d old backups", len(removed))
    return removed
