"""Open the app's database safely: refuse newer or damaged files untouched, then migrate."""

from __future__ import annotations

import logging

from resilience_desktop.core.db import header_user_version, open_database
from resilience_desktop.core.errors import DatabaseDamagedError
from resilience_desktop.core.integrity import quick_check_file
from resilience_desktop.core.migrations import MigrationReport, check_not_too_new, migrate_database
from resilience_desktop.paths import AppPaths

log = logging.getLogger(__name__)


def open_app_database(paths: AppPaths, key: bytes | None = None) -> MigrationReport:
    """Create directories, open paths.db_path and bring its schema up to date.

    A database written by a newer app is refused *before* SQLite opens it
    (switching to WAL would rewrite header bytes), so it stays byte-for-byte
    as it was. An existing file first passes a read-only quick_check; a
    damaged one raises DatabaseDamagedError and is left exactly as it was.
    ``key`` is the data key of an encrypted (locked) journal.
    """
    paths.ensure()
    from resilience_desktop.core import vault

    vault.finish_interrupted_lock(paths)
    if key is None and vault.is_locked(paths):
        raise vault.JournalLockedError(vault.LOCKED_MESSAGE)
    if key is None:
        check_not_too_new(header_user_version(paths.db_path))
    ensure_healthy(paths, key)
    open_database(paths.db_path, key=key)
    return migrate_database(paths.backups_dir)


def ensure_healthy(paths: AppPaths, key: bytes | None = None) -> None:
    """Raise DatabaseDamagedError when the existing file fails quick_check."""
    path = paths.db_path
    if not path.exists() or path.stat().st_size == 0:
        return
    result = quick_check_file(path, key)
    if not result.ok:
        log.error("quick_check failed at start (%d messages)", len(result.messages))
        raise DatabaseDamagedError(
            "The journal file is damaged and cannot be opened safely "
            f"({result.summary()}). Nothing was changed."
        )
