"""Restoring a backup as a crash-safe transition (see transitions.py).

The candidate is checked before anything is touched: it must be a healthy
Resilience journal (application_id, full integrity_check, not from a newer
version) that this journal can read. A plain backup restored into a locked
journal is re-encrypted with the journal's key; an encrypted file the
journal's key does not open is refused. The copy is staged as
``*.restoring`` and verified; the journal as it was is kept (a
before-restore backup, or moved into ``damaged-*/`` when it is damaged);
only then is the staged copy renamed into place.
"""

from __future__ import annotations

import os
from pathlib import Path
from collections.abc import Callable

from resilience_desktop.core import clock
from resilience_desktop.core.backup import table_row_counts
from resilience_desktop.core.conversion import ConversionFailed, convert_database, verify_database
from resilience_desktop.core.db import looks_plain_sqlite
from resilience_desktop.core.errors import UserFacingError
from resilience_desktop.core.files import fsync_dir, make_private_dir, replace_durably, sidecars
from resilience_desktop.core.health import check_journal
from resilience_desktop.core.integrity import connect_file, driver_errors, quick_check_file
from resilience_desktop.core.progress import Cancelled, Progress, report
from resilience_desktop.core.transitions import (clear_intent, read_intent, remove_sidecars,
                                                 write_intent)
from typing import TYPE_CHECKING, Any
from resilience_desktop.core.log import get_logger

if TYPE_CHECKING:
    from resilience_desktop.paths import AppPaths

log = get_logger(__name__)
STAGING_SUFFIX = ".restoring"


class RestoreFailed(UserFacingError):
    """The chosen backup cannot be restored; the current journal is unchanged."""


def staging_path(paths: AppPaths) -> Path:
    return paths.db_path.with_name(paths.db_path.name + STAGING_SUFFIX)


def check_candidate(source: Path, key: bytes | None) -> bool:
    """Raise RestoreFailed unless source can be restored; True if it is plain."""
    if not source.is_file():
        raise RestoreFailed(f"{source}: no such file. Nothing was changed.")
    plain = looks_plain_sqlite(source)
    if not plain and source.stat().st_size > 0:
        if key is None:
            raise RestoreFailed("That file is encrypted (or is not a database), and this "
                                "journal is not locked, so it cannot be read. Nothing was changed.")
        if not quick_check_file(source, key).ok:
            raise RestoreFailed("That file is not a backup this journal's key can open (it was "
                                "encrypted with another key, or is damaged). Nothing was changed.")
    try:
        check_journal(source, None if plain else key, allow_empty=False, full=True,
                      what="That backup")
    except UserFacingError as error:
        raise RestoreFailed(str(error)) from error
    return plain


def stage(source: Path, staging: Path, plain: bool, key: bytes | None) -> None:
    if plain and key is not None:
        convert_database(source, staging, None, key, "that backup")
        return
    staging.unlink(missing_ok=True)
    src = connect_file(source, key, readonly=True)
    try:
        dst = connect_file(staging, key)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=delete")
        finally:
            dst.close()
        expected = table_row_counts(src)
    finally:
        src.close()
    verify_database(staging, key, expected, "that backup")


def restore_file(paths: AppPaths, source: Path, key: bytes | None, keep_previous: Callable[[], Path],
                 progress: Progress | None = None) -> Path:
    """Put a verified copy of source in place; returns where the old journal is kept."""
    source = Path(source)
    report(progress, 0, 3, "Checking the backup")
    plain = check_candidate(source, key)
    staging = staging_path(paths)
    write_intent(paths, "restore", phase="staging")
    try:
        report(progress, 1, 3, "Copying the backup")
        stage(source, staging, plain, key)
        report(progress, 2, 3, "Keeping the journal as it is now")
        previous = keep_previous()
    except driver_errors(ConversionFailed, Cancelled, OSError) as error:
        recover_restore(paths, read_intent(paths) or {})
        clear_intent(paths)
        if isinstance(error, Cancelled):
            raise
        raise RestoreFailed(f"The backup could not be restored ({error}). "
                            "Your journal was left as it was.") from error
    write_intent(paths, "restore", phase="ready")
    remove_sidecars(paths.db_path)
    replace_durably(staging, paths.db_path)
    clear_intent(paths)
    report(progress, 3, 3, "Restored")
    log.info("restored a backup (%s)", "re-encrypted" if plain and key else "copied")
    return previous


def move_damaged_aside(paths: AppPaths) -> Path:
    """Rename the current file (and its -wal/-shm) into data_dir/damaged-<stamp>/."""
    holder = paths.data_dir / f"damaged-{clock.now().strftime('%Y%m%d-%H%M%S')}"
    write_intent(paths, "restore", phase="staging", holder=holder.name)
    make_private_dir(holder)
    for part in [paths.db_path, *sidecars(paths.db_path)]:
        if part.exists():  # Windows cannot rename an open file: the database is closed here
            os.replace(part, holder / part.name)
    fsync_dir(holder)
    fsync_dir(paths.data_dir)
    log.warning("damaged database moved aside to %s", holder.name)
    return holder


def recover_restore(paths: AppPaths, intent: dict[str, Any]) -> str:
    staging = staging_path(paths)
    if intent.get("phase") == "ready":
        if staging.exists():
            remove_sidecars(paths.db_path)
            replace_durably(staging, paths.db_path)
        return "finished"
    staging.unlink(missing_ok=True)
    if intent.get("fresh"):  # into an empty folder (core/fresh_restore.py): empty again
        from resilience_desktop.core.fresh_restore import roll_back_fresh

        roll_back_fresh(paths, intent)
        return "rolled back"
    holder = paths.data_dir / intent["holder"] if intent.get("holder") else None
    if holder is not None and holder.is_dir() and not paths.db_path.exists():
        for part in [paths.db_path, *sidecars(paths.db_path)]:
            if (holder / part.name).exists():
                os.replace(holder / part.name, part)
        fsync_dir(paths.data_dir)
    return "rolled back"
