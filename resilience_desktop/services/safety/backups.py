"""Backups for people: make one, the daily automatic one, list them, restore one.

Every backup is verified before it takes its place (core.backup); rotation
keeps 7 daily, 4 weekly and 12 monthly copies. Restoring first backs up the
current file (or, when the current file is damaged, moves it aside
untouched), then puts a verified copy of the chosen backup in its place and
reopens it (migrating an older one).
"""

from __future__ import annotations

import logging
import os
import shutil
from datetime import date, datetime
from pathlib import Path

from resilience_desktop.core.backup import (
    BackupFile,
    backup_name,
    list_backups,
    rotate_backups,
    write_verified_backup,
)
from resilience_desktop.core.db import close_database, database_key, is_bound, looks_plain_sqlite
from resilience_desktop.core.errors import UserFacingError
from resilience_desktop.core.integrity import quick_check_file
from resilience_desktop.core.startup import open_app_database
from resilience_desktop.paths import AppPaths

log = logging.getLogger(__name__)


class RestoreFailed(UserFacingError):
    """The chosen backup cannot be restored; the current journal is unchanged."""


def _unique_dest(directory: Path, kind: str) -> Path:
    dest = directory / backup_name(kind)
    counter = 1
    while dest.exists():
        dest = dest.with_name(f"{dest.stem}-{counter}.sqlite3")
        counter += 1
    return dest


def make_backup(paths: AppPaths, kind: str = "manual") -> Path:
    """A verified backup of the open database, then rotation."""
    dest = write_verified_backup(_unique_dest(paths.backups_dir, kind))
    rotate_backups(paths.backups_dir)
    return dest


def daily_backup_if_due(paths: AppPaths, today: date | None = None) -> Path | None:
    """The automatic backup at start: at most one a day."""
    today = today or date.today()
    if any(b.kind == "auto" and b.created.date() == today for b in list_backups(paths.backups_dir)):
        return None
    return make_backup(paths, "auto")


def backups(paths: AppPaths) -> list[BackupFile]:
    return list_backups(paths.backups_dir)


def newest_good_backup(paths: AppPaths, key: bytes | None = None) -> BackupFile | None:
    for backup in backups(paths):
        if quick_check_file(backup.path, key).ok:
            return backup
    return None


def _check_restorable(source: Path, key: bytes | None) -> None:
    if not source.is_file():
        raise RestoreFailed(f"{source}: no such file.")
    plain = looks_plain_sqlite(source)
    if key is not None and plain:
        raise RestoreFailed("That backup is not encrypted, but this journal is locked. "
                            "Nothing was changed.")
    if key is None and not plain:
        raise RestoreFailed("That file is not a Resilience backup this journal can read "
                            "(it is encrypted or not a database). Nothing was changed.")
    result = quick_check_file(source, key, full=True)
    if not result.ok:
        raise RestoreFailed(f"That backup is damaged ({result.summary()}). Nothing was changed.")


def move_damaged_aside(paths: AppPaths) -> Path:
    """Rename the current file (and its -wal/-shm) into data_dir/damaged-<stamp>/."""
    holder = paths.data_dir / f"damaged-{datetime.now().strftime('%Y%m%d-%H%M%S')}"
    holder.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        part = Path(str(paths.db_path) + suffix)
        if part.exists():
            os.replace(part, holder / part.name)
    log.warning("damaged database moved aside to %s", holder.name)
    return holder


def restore_backup(paths: AppPaths, source: Path, key: bytes | None = None) -> Path:
    """Replace the journal with a verified copy of source; returns where the
    previous journal went (a before-restore backup, or the damaged-* folder).

    With the database open this backs it up first; with it closed (recovery
    after damage) the damaged file is moved aside, never deleted.
    """
    source = Path(source)
    if is_bound() and database_key() is not None:
        key = database_key()
    _check_restorable(source, key)
    staging = paths.db_path.with_name(paths.db_path.name + ".restoring")
    shutil.copyfile(source, staging)
    with open(staging, "rb") as handle:
        os.fsync(handle.fileno())
    if not quick_check_file(staging, key, full=True).ok:
        staging.unlink()
        raise RestoreFailed("The copy of that backup did not verify. Nothing was changed.")
    if _database_open():
        previous = make_backup(paths, "before-restore")
        close_database()
    else:
        previous = move_damaged_aside(paths)
    for suffix in ("-wal", "-shm"):
        Path(str(paths.db_path) + suffix).unlink(missing_ok=True)
    os.replace(staging, paths.db_path)
    log.info("restored a backup (%s)", source.name)
    open_app_database(paths, key)
    return previous


def _database_open() -> bool:
    from resilience_desktop.core.db import database

    return is_bound() and not database.obj.is_closed()

