"""The one health check every door runs before a journal is opened.

Read-only: it reads the header and runs quick_check on a ``mode=ro``
connection, so a damaged or foreign file is left byte for byte as it was.
A journal is healthy when it is not empty, is ours (application_id), passes
quick_check and was not written by a newer version of the app.

Readers (search, export, summary) get the cheap check instead
(``check_for_reader``, issue 20): the header (magic, page size, the file as long
as the header says), ``application_id``, ``user_version``, a readable schema and
a b-tree page at every table's and index's root, and, as before, no hot journal
and no mismatched sidecars (``integrity.wal_problem``; crash leftovers still
send the reader to the full check on a private copy). The full ``quick_check``
runs in the writer: at every writer open (prefetched on a thread while Qt loads)
and its result is logged. A page damaged deeper in the file makes SQLite fail
with "malformed" when it is read; the reader turns that into the same refusal.
"""

from __future__ import annotations

import logging
import shutil
import struct
import tempfile
from contextlib import contextmanager
from collections.abc import Iterator
from pathlib import Path

from resilience_desktop.core.errors import DatabaseDamagedError, UserFacingError
from resilience_desktop.core.integrity import (CheckResult, check_private_copy, connect_file,
                                               data_table_names, driver_errors, quick_check_file,
                                               remove_created_sidecars, wal_problem)
from resilience_desktop.core.integrity import _full_or
from resilience_desktop.core.migrations import check_not_too_new
from resilience_desktop.core.files import (CRASH_SIDECARS, ROLLBACK_JOURNAL, WAL, WAL_SIDECARS,
                                           side_file)
from resilience_desktop.core.i18n import translate

log = logging.getLogger(__name__)

#: PRAGMA application_id of every Resilience journal and backup ("RSLC").
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
def private_copy(path: Path) -> Iterator[Path]:
    """The file and its -wal/-journal copied into a 0700 temporary folder beside it
    (removed afterwards): SQLite may recover a crash there without touching the file."""
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


#: What a b-tree page's first byte may be (interior/leaf, index/table).
BTREE_PAGE_TYPES = (0x02, 0x05, 0x0A, 0x0D)


def header_problem(path: Path) -> str | None:
    """What is wrong with a plain file's 100-byte header and length, if anything."""
    with open(path, "rb") as handle:
        header = handle.read(100)
    if len(header) < 100 or header[:16] != b"SQLite format 3\x00":
        return "the file header is broken"
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return "the file header is broken"
    size = path.stat().st_size
    pages = struct.unpack(">I", header[28:32])[0]
    counter_valid = header[24:28] == header[92:96]
    if size % page_size or (counter_valid and pages and size < pages * page_size):
        return "the file is shorter than its header says: it was cut short"
    return None


def root_page_problem(path: Path, roots: list[int]) -> str | None:
    """A table's or index's root page that is not a b-tree page (plain files only)."""
    with open(path, "rb") as handle:
        page_size = struct.unpack(">H", handle.read(18)[16:18])[0]
        page_size = 65536 if page_size == 1 else page_size
        for root in roots:
            handle.seek((root - 1) * page_size + (100 if root == 1 else 0))
            kind = handle.read(1)
            if not kind or kind[0] not in BTREE_PAGE_TYPES:
                return f"page {root} is not a table page"
    return None


def cheap_check_file(path: Path, key: bytes | None, in_place: bool) -> CheckResult:
    """The reader's check (module doc): header, ids, schema and root pages, read-only.

    in_place: a live writer's -wal holds pages the file does not have yet, so the
    file's length and root pages are not judged (SQLite reads them from the -wal)."""
    problem = wal_problem(path)
    if problem is None and key is None and not in_place:
        problem = header_problem(path)
    if problem:
        return CheckResult(False, [problem])
    existed = {suffix: side_file(path, suffix).exists() for suffix in WAL_SIDECARS}
    try:
        conn = connect_file(path, key, readonly=True)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            application_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = data_table_names(conn)
            roots = [row[0] for row in conn.execute(
                "SELECT rootpage FROM sqlite_master WHERE rootpage > 0")]
        finally:
            conn.close()
    except driver_errors() as error:
        return _full_or(error, path, str(error))  # a full disk is not damage
    finally:
        remove_created_sidecars(path, existed)
    if key is None and not in_place:
        problem = root_page_problem(path, roots)
        if problem:
            return CheckResult(False, [problem])
    return CheckResult(True, ["ok"], version, application_id, len(tables))


def check_for_reader(path: Path, key: bytes | None, *, in_place: bool = False) -> CheckResult:
    """check_journal with the reader's cheap check (a reader never changes a byte)."""
    path = Path(path)
    if path.stat().st_size == 0 or (crash_sidecars(path) and not in_place):
        return check_journal(path, key, in_place=in_place)
    result = cheap_check_file(path, key, in_place)
    return check_journal(path, key, in_place=in_place, result=result)


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
    if not result.ok:
        log.error("health check failed (%d messages)", len(result.messages))
        raise DatabaseDamagedError(translate("Resilience", "{what} is damaged and cannot be opened safely ({summary}). Nothing was changed.").format(what=what, summary=result.summary()))
    if not is_ours(result, allow_empty):
        raise NotAJournalError(f"{what} is a database, but not a Resilience journal. "
                               "Nothing was changed.")
    check_not_too_new(result.user_version)
    return result
