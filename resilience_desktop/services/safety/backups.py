"""Backups for people: make one, the daily automatic one, list them, restore one.

Every backup is verified before it takes its place (core.backup); rotation
keeps 7 daily, 4 weekly and 12 monthly copies. Making, restoring and the
daily backup go through the writer data session passed in
(core/session/changes.py): restoring checks the backup first, keeps the
journal as it was (a before-restore backup, or a damaged file moved aside
untouched) and is finished or rolled back after a kill.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from resilience_desktop.core.backup import BackupFile, list_backups
from resilience_desktop.core.integrity import quick_check_file
from resilience_desktop.core.progress import Progress
from resilience_desktop.core.restore_transition import RestoreFailed, move_damaged_aside
from resilience_desktop.core.session import DataSession
from resilience_desktop.paths import AppPaths

__all__ = ["RestoreFailed", "backups", "daily_backup_if_due", "make_backup", "move_damaged_aside",
           "newest_good_backup", "restore_backup"]


def make_backup(session: DataSession, kind: str = "manual",
                progress: Progress | None = None) -> Path:
    """A verified backup of the open journal, then rotation."""
    return session.backup(kind, progress)


def daily_backup_if_due(session: DataSession, today: date | None = None) -> Path | None:
    """The automatic backup at start: at most one a day."""
    return session.daily_maintenance(today)


def backups(paths: AppPaths) -> list[BackupFile]:
    return list_backups(paths.backups_dir)


def newest_good_backup(paths: AppPaths, key: bytes | None = None) -> BackupFile | None:
    for backup in backups(paths):
        if quick_check_file(backup.path, key).ok:
            return backup
    return None


def restore_backup(session: DataSession, source: Path,
                   progress: Progress | None = None) -> Path:
    """Replace the journal with a verified copy of source; returns where the journal as
    it was is kept (a before-restore backup, or the damaged-* folder). The session is
    the open or damaged writer session (open_writer(allow_damaged=True))."""
    return session.restore(Path(source), progress)
