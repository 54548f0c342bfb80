"""`resilience-desktop backup` and `resilience-desktop restore FILE`."""

from __future__ import annotations

from pathlib import Path

from resilience_desktop.cli.common import CommandError, opened_data
from resilience_desktop.core.errors import UserFacingError


def register(subparsers, parents) -> None:
    backup = subparsers.add_parser("backup", parents=parents,
                                   help="write a verified backup now (old ones are rotated)")
    backup.set_defaults(func=run_backup)
    restore = subparsers.add_parser(
        "restore", parents=parents,
        help="replace the journal with a backup (the current one is backed up first)")
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.set_defaults(func=run_restore)


def run_backup(args, paths) -> int:
    from resilience_desktop.services.safety.backups import make_backup

    with opened_data(paths):
        try:
            dest = make_backup(paths, "manual")
        except UserFacingError as error:
            raise CommandError(str(error)) from error
    print(f"Backup written: {dest}")
    return 0


def run_restore(args, paths) -> int:
    from resilience_desktop.core.errors import DatabaseDamagedError
    from resilience_desktop.core.startup import ensure_healthy

    source = args.file.expanduser().resolve()
    try:
        ensure_healthy(paths)
    except DatabaseDamagedError:
        previous = _restore_over_damaged(paths, source)
    else:
        with opened_data(paths):
            previous = _restore(paths, source)
    print(f"Restored {source}.\nThe journal as it was before is kept in {previous}")
    return 0


def _restore(paths, source: Path) -> Path:
    from resilience_desktop.services.safety.backups import restore_backup

    try:
        return restore_backup(paths, source)
    except UserFacingError as error:
        raise CommandError(str(error)) from error


def _restore_over_damaged(paths, source: Path) -> Path:
    """The current file is damaged: move it aside untouched, restore, reopen."""
    from resilience_desktop.core.db import close_database
    from resilience_desktop.instance_lock import ALREADY_OPEN_MESSAGE, InstanceLock

    lock = InstanceLock(paths.lock_path)
    if not lock.acquire():
        raise CommandError(ALREADY_OPEN_MESSAGE + " Close it and try again.")
    try:
        return _restore(paths, source)
    finally:
        close_database()
        lock.release()
