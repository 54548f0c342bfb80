"""The one health check every door runs before a journal is opened.

Read-only: it reads the header and runs quick_check on a ``mode=ro``
connection, so a damaged or foreign file is left byte for byte as it was.
A journal is healthy when it is not empty, is ours (application_id), passes
quick_check and was not written by a newer version of the app.
"""

from __future__ import annotations

import logging
import shutil
import struct
import tempfile
from contextlib import contextmanager
from pathlib import Path

from resilience_desktop.core.db import looks_plain_sqlite
from resilience_desktop.core.errors import DatabaseDamagedError, UserFacingError
from resilience_desktop.core.integrity import (CheckResult, check_private_copy, quick_check_file,
                                               wal_problem)
from resilience_desktop.core.migrations import check_not_too_new

log = logging.getLogger(__name__)

#: PRAGMA application_id of every Resilience journal and backup ("RSLC").
APPLICATION_ID = 0x52534C43


class NotAJournalError(UserFacingError):
    """The file is a database, but not a Resilience journal."""


def header_application_id(path: Path) -> int | None:
    """application_id from a plain file's header (None if encrypted/short)."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError:
        return None
    if len(header) < 100 or not looks_plain_sqlite(path):
        return None
    return struct.unpack(">I", header[68:72])[0]


def is_ours(result: CheckResult, allow_empty: bool) -> bool:
    """Our application_id, or (older files) none with our schema version set."""
    if result.application_id == APPLICATION_ID:
        return True
    if result.application_id not in (0, None):
        return False
    if (result.user_version or 0) >= 1:
        return True
    return allow_empty and result.table_count == 0


#: What SQLite leaves next to a database after a crash (write-ahead log, its index,
#: a hot rollback journal).
CRASH_SIDECARS = ("-wal", "-shm", "-journal")


def crash_sidecars(path: Path) -> list[Path]:
    return [Path(str(path) + suffix) for suffix in CRASH_SIDECARS
            if Path(str(path) + suffix).exists()]


#: Private copies are made beside the journal (never in the system temp folder, so no
#: plaintext leaves the data folder); a killed run's copy is removed by the next
#: writer open (``transitions.remove_leftovers``).
CHECK_COPY_PREFIX = ".resilience-check-"


def _copy_folder(path: Path) -> Path | None:
    """Beside the file; the system temp folder only for a file outside any data
    folder that cannot be written beside (a backup chosen on read-only media)."""
    import os

    return path.parent if os.access(path.parent, os.W_OK) else None


@contextmanager
def private_copy(path: Path):
    """The file and its -wal/-journal copied into a 0700 temporary folder beside it
    (removed afterwards): SQLite may recover a crash there without touching the file."""
    from resilience_desktop.core.files import copy_private

    folder = Path(tempfile.mkdtemp(prefix=CHECK_COPY_PREFIX, dir=_copy_folder(path)))
    try:
        copy = folder / path.name
        copy_private(path, copy)
        for suffix in ("-wal", "-journal"):
            if Path(str(path) + suffix).exists():
                copy_private(Path(str(path) + suffix), Path(str(copy) + suffix))
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
        raise DatabaseDamagedError(f"{what} is empty (0 bytes): it was cut short and cannot "
                                   "be opened. Nothing was changed.")
    if recovered_copy:
        result = check_private_copy(path, key, full)
    elif crash_sidecars(path) and not in_place:
        result = check_after_crash(path, key, full)
    elif result is None:
        result = quick_check_file(path, key, full=full)
    if not result.ok:
        log.error("health check failed (%d messages)", len(result.messages))
        raise DatabaseDamagedError(f"{what} is damaged and cannot be opened safely "
                                   f"({result.summary()}). Nothing was changed.")
    if not is_ours(result, allow_empty):
        raise NotAJournalError(f"{what} is a database, but not a Resilience journal. "
                               "Nothing was changed.")
    check_not_too_new(result.user_version)
    return result
