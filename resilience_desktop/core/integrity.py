"""Open database files with the right driver, list their data tables, check them.

One driver per file: a plain journal goes through the stdlib ``sqlite3``, an
encrypted one (a data key is given) only through ``sqlcipher3``. Checks open
the file read-only so that checking can never change a damaged file.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from typing import Any, NamedTuple

from resilience_desktop.core.db_file import raw_key_literal, readonly_uri
from resilience_desktop.core.files import SHM, WAL, WAL_SIDECARS, side_file


def driver_errors(*also: type[Exception]) -> tuple[type[Exception], ...]:
    """Exception classes of either driver (after also), for ``except driver_errors():``.

    sqlcipher3 has its own classes but is imported only once a locked journal
    is opened (it costs ~10 ms at start-up); until then only sqlite3's occur.
    """
    cipher = sys.modules.get("sqlcipher3.dbapi2")
    return (*also, sqlite3.Error) if cipher is None else (*also, sqlite3.Error, cipher.Error)


def connect_file(path: Path, key: bytes | None = None, readonly: bool = False) -> Any:
    """A raw DB-API connection to path: sqlite3 when key is None, else sqlcipher3."""
    target = readonly_uri(Path(path)) if readonly else str(path)
    if key is None:
        return sqlite3.connect(target, uri=readonly)
    from sqlcipher3 import dbapi2 as sqlcipher

    conn = sqlcipher.connect(target, uri=readonly)
    conn.execute(f'PRAGMA key="{raw_key_literal(key)}"')
    conn.execute("PRAGMA temp_store=2")
    return conn


def derived_table_names(conn: Any) -> set[str]:
    """Virtual tables (FTS...) and their shadow tables: derived, never exported."""
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type='table'").fetchall()
    virtual = {name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL")}
    derived = set(virtual)
    for name, _sql in rows:
        if any(name.startswith(vname + "_") for vname in virtual):
            derived.add(name)
    return derived


def data_table_names(conn: Any) -> list[str]:
    """Every table that holds user data, sorted by name (internals, the sync engine's
    own tables (``sync_*``, this computer's folder key among them) and FTS excluded)."""
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' "
            "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'sync\\_%' ESCAPE '\\' ORDER BY name"
        )
    ]
    derived = derived_table_names(conn)
    return [name for name in names if name not in derived]


def tables_in_dependency_order(conn: Any) -> list[str]:
    """Data tables ordered so that a table comes after the tables it references."""
    names = data_table_names(conn)
    known = set(names)
    parents = {
        name: {row[2] for row in conn.execute(f'PRAGMA foreign_key_list("{name}")')} & known - {name}
        for name in names
    }
    ordered: list[str] = []
    while len(ordered) < len(names):
        ready = [n for n in names if n not in ordered and parents[n] <= set(ordered)]
        if not ready:  # a reference cycle: append the rest alphabetically
            ready = [n for n in names if n not in ordered]
        ordered.extend(ready)
    return ordered


class CheckResult(NamedTuple):
    ok: bool
    messages: list[str]
    user_version: int | None = None
    application_id: int | None = None
    table_count: int = 0

    def summary(self) -> str:
        return "ok" if self.ok else "; ".join(self.messages[:5])


def wal_problem(path: Path) -> str | None:
    """A missing or foreign -wal file, judged from the -shm left by a crash.

    SQLite's shared-memory file records how many WAL frames are valid
    (mxFrame) and the salts of the WAL they belong to. If it says frames exist
    but the -wal is gone, or the -wal carries other salts, the -wal is missing
    or belongs to another file, and opening would silently lose or mix data.
    Read before SQLite touches anything (its recovery would rewrite the -shm).
    """
    shm, wal = side_file(path, SHM), side_file(path, WAL)
    try:
        with open(shm, "rb") as handle:
            header = handle.read(48)
    except FileNotFoundError:
        return None
    if len(header) < 48 or header[12] != 1:  # not initialised: nothing recorded
        return None
    max_frame = int.from_bytes(header[16:20], sys.byteorder)
    if max_frame == 0:
        return None
    try:
        with open(wal, "rb") as handle:
            wal_header = handle.read(32)
    except FileNotFoundError:
        return "the write-ahead log (-wal file) is missing: recent changes are not there"
    if len(wal_header) < 32 or wal_header[16:24] != header[32:40]:
        return "the write-ahead log (-wal file) belongs to another database"
    return None


def quick_check_file(path: Path, key: bytes | None = None, full: bool = False) -> CheckResult:
    """Run quick_check (or integrity_check) read-only; never raises for damage.

    -wal/-shm files that only the read-only open created are removed again,
    so checking leaves the data directory as it found it.
    """
    problem = wal_problem(path)
    if problem:
        return CheckResult(False, [problem])
    existed = {suffix: side_file(path, suffix).exists() for suffix in WAL_SIDECARS}
    try:
        return _run_check(path, key, "integrity_check" if full else "quick_check")
    finally:
        remove_created_sidecars(path, existed)


def check_private_copy(copy: Path, key: bytes | None, full: bool = False) -> CheckResult:
    """quick_check on a private copy, opened read-write so SQLite can first recover
    what a crash left (replay its -wal, roll back a hot -journal) — in the copy only."""
    return _run_check(copy, key, "integrity_check" if full else "quick_check", readonly=False)


def _run_check(path: Path, key: bytes | None, pragma: str, readonly: bool = True) -> CheckResult:
    try:
        conn = connect_file(path, key, readonly=readonly)
    except driver_errors() as error:
        return _full_or(error, path, f"cannot open: {error}")
    try:
        messages = [row[0] for row in conn.execute(f"PRAGMA {pragma}").fetchall()]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = data_table_names(conn)  # the schema itself must be readable
    except driver_errors() as error:
        return _full_or(error, path, str(error))
    finally:
        conn.close()
    return CheckResult(messages == ["ok"], messages, version, application_id, len(tables))


def _full_or(error: Exception, path: Path, message: str) -> CheckResult:
    """A full disk is not damage: raise DiskFullError; otherwise the failed result."""
    from resilience_desktop.core.data_folder import disk_full_error

    folder = Path(path).parent
    if folder.name.startswith(".resilience-check-"):  # a health-check copy: name the journal's
        folder = folder.parent
    full = disk_full_error(error, folder)
    if full is not None:
        raise full from error
    return CheckResult(False, [message])


def remove_created_sidecars(path: Path, existed: dict[str, bool]) -> None:
    wal, shm = side_file(path, WAL), side_file(path, SHM)
    if not existed[WAL] and wal.exists() and wal.stat().st_size == 0:
        wal.unlink()
        if not existed[SHM]:
            shm.unlink(missing_ok=True)
