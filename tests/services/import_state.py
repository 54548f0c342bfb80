"""The database's exact state, to show a refused import changed nothing (byte for byte)."""

from pathlib import Path

from resilience_desktop.core.db import database


def database_bytes(paths) -> tuple[bytes, bytes]:
    """The database file and its write-ahead log, as bytes."""
    db_path = Path(paths.db_path)
    wal = db_path.with_name(db_path.name + "-wal")
    return db_path.read_bytes(), wal.read_bytes() if wal.exists() else b""


def every_row() -> dict:
    conn = database.connection()
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    return {name: sorted(map(repr, conn.execute(f'SELECT * FROM "{name}"').fetchall()))
            for name in names}
