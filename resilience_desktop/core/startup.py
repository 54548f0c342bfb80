"""Open the app's database safely: refuse newer files untouched, then migrate."""

from __future__ import annotations

from resilience_desktop.core.db import header_user_version, open_database
from resilience_desktop.core.migrations import MigrationReport, check_not_too_new, migrate_database
from resilience_desktop.paths import AppPaths


def open_app_database(paths: AppPaths) -> MigrationReport:
    """Create directories, open paths.db_path and bring its schema up to date.

    A database written by a newer app is refused *before* SQLite opens it
    (switching to WAL would rewrite header bytes), so it stays byte-for-byte
    as it was.
    """
    paths.ensure()
    check_not_too_new(header_user_version(paths.db_path))
    open_database(paths.db_path)
    return migrate_database(paths.backups_dir)
