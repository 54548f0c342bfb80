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

#: Applied by peewee on every new connection.
PRAGMAS: dict[str, object] = {
    "journal_mode": "wal",
    "synchronous": "full",
    "foreign_keys": 1,
    "busy_timeout": 5000,
}

database = DatabaseProxy()


def open_database(path: Path, database_class: type = SqliteDatabase, **kwargs) -> SqliteDatabase:
    """Bind the proxy to the SQLite file at path and connect."""
    close_database()
    real = database_class(str(path), pragmas=dict(PRAGMAS), **kwargs)
    database.initialize(real)
    real.connect()
    return real


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
    return struct.unpack(">I", header[60:64])[0]
