"""The one database handle, bound late, with its pragmas set in one place.

Models bind to ``database`` (a peewee ``DatabaseProxy``). ``open_database``
creates the real connection object and initialises the proxy, so tests and
the command line can point everything at any file; the data-safety layer can
swap in an encrypted database class the same way.
"""

from __future__ import annotations

import struct
from pathlib import Path

from peewee import DatabaseProxy, SqliteDatabase

# Re-exported: they need no peewee and the window's start-up uses them before it loads.
from resilience_desktop.core.db_file import looks_plain_sqlite as looks_plain_sqlite
from resilience_desktop.core.db_file import raw_key_literal as raw_key_literal
from resilience_desktop.core.db_file import readonly_uri as readonly_uri

# Applied by peewee on every new connection.
PRAGMAS: dict[str, object] = {
    "journal_mode": "wal",
    "synchronous": "full",
    "foreign_keys": 1,
    "busy_timeout": 5000,
}

database = DatabaseProxy()


# Extra pragmas for an encrypted journal: temporary tables and sort spills
# stay in memory so no plaintext ever reaches a temp file.
ENCRYPTED_PRAGMAS: dict[str, object] = {"temp_store": 2}


# A reader's connection: no journal-mode switch (that writes the header), no writes.
READONLY_PRAGMAS: dict[str, object] = {"query_only": 1, "foreign_keys": 1, "busy_timeout": 5000}


def open_database(path: Path, database_class: type = SqliteDatabase, key: bytes | None = None,
                  readonly: bool = False, **kwargs: object) -> SqliteDatabase:
    """Bind the proxy to the SQLite file at path and connect.

    With a 32-byte ``key`` the file is opened through SQLCipher (sqlcipher3)
    with that raw key; without one, through the stdlib sqlite3 driver.
    ``readonly`` opens it ``mode=ro`` with ``query_only`` (the reader door).
    Only the data session (core/session/) calls this.
    """
    close_database()
    pragmas = dict(READONLY_PRAGMAS if readonly else PRAGMAS)
    target = str(path)
    if readonly:
        target, kwargs["uri"] = readonly_uri(path), True
    if key is not None:
        from playhouse.sqlcipher_ext import SqlCipherDatabase

        database_class = SqlCipherDatabase
        kwargs["passphrase"] = raw_key_literal(key)
        pragmas.update(ENCRYPTED_PRAGMAS)
    real: SqliteDatabase = database_class(target, pragmas=pragmas, **kwargs)
    database.initialize(real)
    real.connect()
    return real


def database_key() -> bytes | None:
    """The raw data key of the open encrypted database, or None if plain."""
    real = database.obj
    literal = getattr(real, "connect_params", {}).get("passphrase") if real is not None else None
    if not literal:
        return None
    return bytes.fromhex(literal[2:-1])


def close_database() -> None:
    """Close the connection if one is open (safe to call twice)."""
    real = database.obj
    if real is not None and not real.is_closed():
        real.close()


def is_bound() -> bool:
    return database.obj is not None


def header_user_version(path: Path) -> int | None:
    """PRAGMA user_version read from the file header without opening SQLite.

    Reading the header bytes cannot change the file, which matters when we
    must refuse a database newer than the app and leave it untouched.
    Returns None for a missing/empty file or one that is not plain SQLite
    (e.g. encrypted, or damaged).
    """
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except FileNotFoundError:
        return None
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        return None
    version: int = struct.unpack(">I", header[60:64])[0]
    return version
