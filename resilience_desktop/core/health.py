"""The one health check every door runs before a journal is opened.

Read-only: it reads the header and runs quick_check on a ``mode=ro``
connection, so a damaged or foreign file is left byte for byte as it was.
A journal is healthy when it is not empty, is ours (application_id), passes
quick_check and was not written by a newer version of the app.

Every open runs the cheap check instead (issue 20; ``core/cheap_check.py``: the
header, ``application_id``, ``user_version``, a readable schema, every root page a
b-tree page, no hot journal and no mismatched sidecars): the reader door through
``check_for_reader``, the writer door through ``check_for_writer``. The full
``quick_check`` runs once a day in the writer's maintenance and its result is
recorded (``core/check_record.py``); a recorded failure sends the next open, reader
or writer, to the full check. Crash leftovers still send an open to the full check
on a private copy, and ``resilience-desktop check`` always runs the full check.
"""

from __future__ import annotations

from contextlib import contextmanager
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from resilience_desktop.core.errors import DatabaseDamagedError, UserFacingError
from resilience_desktop.core.cheap_check import cheap_check_file, checked_connection
from resilience_desktop.core.check_record import recorded_failure, write_record
from resilience_desktop.core.integrity import (CheckResult, check_private_copy, connect_file,
                                               quick_check_file, wal_problem)
from resilience_desktop.core.schema_version import check_not_too_new
from resilience_desktop.core.files import CRASH_SIDECARS, ROLLBACK_JOURNAL, WAL, side_file
from resilience_desktop.core.i18n import translate
from resilience_desktop.core.log import get_logger

log = get_logger(__name__)

# PRAGMA application_id of every Resilience journal and backup ("RSLC").
APPLICATION_ID = 0x52534C43


class NotAJournalError(UserFacingError):
    """The file is a database, but not a Resilience journal."""


def is_ours(result: CheckResult, allow_empty: bool) -> bool:
    """Our application_id, or (older files) none with our schema version set."""
    if result.application_id == APPLICATION_ID:
        return True
    if result.application_id not in (0, None):
        return False
    if (result.user_version or 0) >= 1:
        return True
    return allow_empty and result.table_count == 0


def crash_sidecars(path: Path) -> list[Path]:
    return [side_file(path, suffix) for suffix in CRASH_SIDECARS
            if side_file(path, suffix).exists()]


# Private copies are made beside the journal (never in the system temp folder, so no
# plaintext leaves the data folder); a killed run's copy is removed by the next
# writer open (``transitions.remove_leftovers``).
CHECK_COPY_PREFIX = ".resilience-check-"


def _copy_folder(path: Path) -> Path | None:
    """Beside the file; the system temp folder only for a file outside any data
    folder that cannot be written beside (a backup chosen on read-only media)."""
    import os

    return path.parent if os.access(path.parent, os.W_OK) else None


@contextmanager
def private_copy(path: Path) -> Iterator[Path]:
    """The file and its -wal/-journal copied into a 0700 temporary folder beside it
    (removed afterwards): SQLite may recover a crash there without touching the file."""
    import shutil
    import tempfile

    from resilience_desktop.core.files import copy_private

    folder = Path(tempfile.mkdtemp(prefix=CHECK_COPY_PREFIX, dir=_copy_folder(path)))
    try:
        copy = folder / path.name
        copy_private(path, copy)
        for suffix in (WAL, ROLLBACK_JOURNAL):
            if side_file(path, suffix).exists():
                copy_private(side_file(path, suffix), side_file(copy, suffix))
        yield copy
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def check_after_crash(path: Path, key: bytes | None, full: bool = False) -> CheckResult:
    """A journal with crash leftovers is checked on a private copy, recovered there
    (a read-only connection cannot replay a -wal it must recover, nor a hot -journal)."""
    problem = wal_problem(path)
    if problem:
        return CheckResult(False, [problem])
    with private_copy(path) as copy:
        return check_private_copy(copy, key, full)


def _reader_needs_full_check(path: Path, in_place: bool) -> bool:
    """An empty file, crash leftovers (not a live writer's) or a recorded failure of the
    daily full check: the reader runs the full check instead (core/check_record.py)."""
    return (path.stat().st_size == 0 or (bool(crash_sidecars(path)) and not in_place)
            or recorded_failure(path) is not None)


def check_for_reader(path: Path, key: bytes | None, *, in_place: bool = False) -> CheckResult:
    """check_journal with the cheap check (a reader never changes a byte). A recorded
    failure of the daily full check is checked again in full (core/check_record.py)."""
    path = Path(path)
    if _reader_needs_full_check(path, in_place):
        return check_journal(path, key, in_place=in_place)
    result = cheap_check_file(path, key, in_place)
    return check_journal(path, key, in_place=in_place, result=result)


def open_for_reader(path: Path, *, in_place: bool = False) -> tuple[CheckResult, Any]:
    """check_for_reader for a plain journal, and a ``mode=ro`` connection to it: the
    cheap check's own connection, handed on (the schema parsed once, issue 20). The
    caller closes it and removes the -wal/-shm SQLite made for it."""
    path = Path(path)
    if _reader_needs_full_check(path, in_place):
        return check_journal(path, None, in_place=in_place), connect_file(path, None, readonly=True)
    result, conn = checked_connection(path, None, in_place)
    try:  # not check_journal: the -wal/-shm made for conn are not crash leftovers
        return verdict(result), conn
    except BaseException:
        if conn is not None:
            conn.close()
        raise


def check_for_writer(path: Path, key: bytes | None,
                     prefetched: CheckResult | None = None) -> CheckResult:
    """The writer's open: the cheap check (prefetched on a thread at start, when the file
    is unchanged), or the full one after a recorded failure, whose pass is recorded."""
    path = Path(path)
    if recorded_failure(path) is not None and path.stat().st_size > 0:
        result = check_journal(path, key)  # raises when the damage is still there
        write_record(path, True, "ok")
        return result
    if prefetched is None and path.stat().st_size > 0 and not crash_sidecars(path):
        prefetched = cheap_check_file(path, key)
    return check_journal(path, key, result=prefetched)


def check_journal(path: Path, key: bytes | None, *, allow_empty: bool = True,
                  full: bool = False, what: str = "The journal file",
                  result: CheckResult | None = None, recovered_copy: bool = False,
                  in_place: bool = False) -> CheckResult:
    """Raise a plain-worded error unless path is a healthy journal this app can open.

    recovered_copy: path is already a private copy; check it read-write (recovery).
    in_place: its -wal/-shm belong to a running writer (or lie on read-only media):
    check read-only where it is. Otherwise crash leftovers next to path send the check to a private copy."""
    path = Path(path)
    if path.stat().st_size == 0:
        log.error("health check: the database file is empty")
        raise DatabaseDamagedError(translate("Resilience", "{what} is empty (0 bytes): it was cut short and cannot be opened. Nothing was changed.").format(what=what))
    if recovered_copy:
        result = check_private_copy(path, key, full)
    elif crash_sidecars(path) and not in_place:
        result = check_after_crash(path, key, full)
    elif result is None:
        result = quick_check_file(path, key, full=full)
    return verdict(result, allow_empty=allow_empty, what=what)


def verdict(result: CheckResult, *, allow_empty: bool = True,
            what: str = "The journal file") -> CheckResult:
    """A check's result, or the plain-worded error of a damaged, foreign or too new file."""
    if not result.ok:
        log.error("health check failed (%d messages)", len(result.messages))
        raise DatabaseDamagedError(translate("Resilience", "{what} is damaged and cannot be opened safely ({summary}). Nothing was changed.").format(what=what, summary=result.summary()))
    if not is_ours(result, allow_empty):
        raise NotAJournalError(f"{what} is a database, but not a Resilience journal. "
                               "Nothing was changed.")
    check_not_too_new(result.user_version)
    return result
