"""The cheap check every open runs instead of quick_check (issue 20).

quick_check reads every page of the journal: ~260 ms of CPU on a 100-year journal,
at every start and every read-only verb. The full check now runs once a day in the
writer's maintenance and its result is recorded (``core/check_record.py``); each
open runs this check, which reads a few pages and never changes a byte:

* **no hot journal, no mismatched sidecars** (``integrity.wal_problem``; crash
  leftovers still send the open to the full check on a private copy, ``core/health``);
* **plain journal** (SQLite header readable): the header (magic, a power-of-two page
  size), the file a whole number of pages and at least as long as the header's page
  count says, then on a ``mode=ro`` connection ``user_version``, ``application_id``
  and a readable schema (``sqlite_master``), and the first byte of every table's and
  index's root page a b-tree page type;
* **locked journal** (SQLCipher: the header is encrypted, nothing in it can be read
  without the key): a keyed read of ``user_version``, ``application_id`` and the
  schema (page 1 decrypts and its HMAC matches: the key is right and page 1 whole),
  the file at least ``page_count`` pages long, and every table's and index's root
  page read (a ``LIMIT 1`` scan each: decrypted, its HMAC checked). Any other damaged page
  fails its HMAC when SQLCipher reads it, so a locked journal cannot be misread: a
  later read is refused as damage, never shown wrong.

A page damaged deeper in a plain file makes SQLite fail with "malformed" when it is
read (the reader turns that into the same refusal) and is found by the day's full
check. Nothing here imports peewee: the window's start-up runs it on a thread while
Qt loads (``core/startup.py``).
"""

from __future__ import annotations

import struct
from pathlib import Path
from typing import Any, NamedTuple

from resilience_desktop.core.db_file import SQLITE_MAGIC
from resilience_desktop.core.files import WAL_SIDECARS, side_file
from resilience_desktop.core.integrity import (CheckResult, _full_or, connect_file,
                                               data_table_names, driver_errors,
                                               remove_created_sidecars, wal_problem)

# What a b-tree page's first byte may be (interior/leaf, index/table).
BTREE_PAGE_TYPES = (0x02, 0x05, 0x0A, 0x0D)
CUT_SHORT = "the file is shorter than its header says: it was cut short"


def _page_size(header: bytes) -> int:
    size = int(struct.unpack(">H", header[16:18])[0])
    return 65536 if size == 1 else size


def header_problem(path: Path) -> str | None:
    """What is wrong with a plain file's 100-byte header and length, if anything."""
    with open(path, "rb") as handle:
        header = handle.read(100)
    if len(header) < 100 or header[:16] != SQLITE_MAGIC:
        return "the file header is broken"
    page_size = _page_size(header)
    if page_size < 512 or page_size & (page_size - 1):
        return "the file header is broken"
    size = path.stat().st_size
    pages = struct.unpack(">I", header[28:32])[0]
    counter_valid = header[24:28] == header[92:96]
    if size % page_size or (counter_valid and pages and size < pages * page_size):
        return CUT_SHORT
    return None


def root_page_problem(path: Path, roots: list[int]) -> str | None:
    """A table's or index's root page that is not a b-tree page (plain files only)."""
    with open(path, "rb") as handle:
        page_size = _page_size(handle.read(100))
        for root in roots:
            handle.seek((root - 1) * page_size + (100 if root == 1 else 0))
            kind = handle.read(1)
            if not kind or kind[0] not in BTREE_PAGE_TYPES:
                return f"page {root} is not a table page"
    return None


def _locked_problem(conn: Any, path: Path) -> str | None:
    """A locked journal's length against its page count, and every table's and index's
    root page read through SQLCipher (decrypted, its HMAC checked)."""
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    if path.stat().st_size < pages * page_size:
        return CUT_SHORT
    rows = conn.execute("SELECT type, name, tbl_name FROM sqlite_master "
                        "WHERE type IN ('table', 'index') AND rootpage > 0").fetchall()
    for kind, name, table in rows:
        if kind == "table":
            conn.execute(f'SELECT * FROM "{name}" NOT INDEXED LIMIT 1').fetchall()
            continue
        try:
            conn.execute(f'SELECT 1 FROM "{table}" INDEXED BY "{name}" LIMIT 1').fetchall()
        except driver_errors() as error:
            if "no query solution" not in str(error):  # a partial index: not scanned
                raise
    return None


class _Schema(NamedTuple):
    """What the check reads on a connection (and a locked journal's problem, if any).
    (A NamedTuple: dataclasses imports inspect, ~10 ms of `search`, issue 20.)"""

    version: int
    application_id: int
    tables: int
    roots: list[int]
    problem: str | None


def _read_schema(conn: Any, path: Path, judge_locked: bool) -> _Schema:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    application_id = conn.execute("PRAGMA application_id").fetchone()[0]
    tables = data_table_names(conn)
    roots = [row[0] for row in conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE rootpage > 0")]
    problem = _locked_problem(conn, path) if judge_locked else None
    return _Schema(version, application_id, len(tables), roots, problem)


def _file_problem(path: Path, plain_file: bool) -> str | None:
    """Before opening: crash leftovers next to the file, then a plain file's header."""
    problem = wal_problem(path)
    if problem is None and plain_file:
        problem = header_problem(path)
    return problem


def _root_pages_problem(path: Path, schema: _Schema, plain_file: bool) -> str | None:
    """After reading the schema: a locked journal's problem, or a plain file's root pages."""
    if schema.problem is None and plain_file:
        return root_page_problem(path, schema.roots)
    return schema.problem


def cheap_check_file(path: Path, key: bytes | None, in_place: bool = False) -> CheckResult:
    """The cheap check (module doc), read-only; never raises for damage.

    in_place: a live writer's -wal holds pages the file does not have yet, so the
    file's length and root pages are not judged (SQLite reads them from the -wal)."""
    existed = {suffix: side_file(path, suffix).exists() for suffix in WAL_SIDECARS}
    try:
        result, conn = checked_connection(path, key, in_place)
        _close(conn)
    finally:
        remove_created_sidecars(path, existed)
    return result


def checked_connection(path: Path, key: bytes | None,
                       in_place: bool = False) -> tuple[CheckResult, Any | None]:
    """The cheap check, and the read-only connection it read the schema on, handed on
    open when the journal passed (None when not): a reader that goes on to query it
    parses the journal's schema once, not twice (~2.6 ms of ``search``, issue 20).
    The caller closes it and removes the -wal/-shm SQLite made for it."""
    plain_file = key is None and not in_place  # a plain file judged by its bytes
    problem = _file_problem(path, plain_file)
    if problem:
        return CheckResult(False, [problem]), None
    conn = None
    try:
        conn = connect_file(path, key, readonly=True)
        schema = _read_schema(conn, path, judge_locked=key is not None and not in_place)
        problem = _root_pages_problem(path, schema, plain_file)
    except driver_errors() as error:
        _close(conn)
        return _full_or(error, path, str(error)), None  # a full disk is not damage
    except BaseException:
        _close(conn)
        raise
    if problem:
        _close(conn)
        return CheckResult(False, [problem]), None
    return CheckResult(True, ["ok"], schema.version, schema.application_id, schema.tables), conn


def _close(conn: Any | None) -> None:
    if conn is not None:
        conn.close()
