"""Small facts about a journal file that need no database layer (no peewee).

The window's start-up reads these before peewee is imported (the window shell is
shown first, docs/performance.md), so they live apart from core/db.py, which
re-exports them.
"""

from __future__ import annotations

from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"


def looks_plain_sqlite(path: Path) -> bool:
    """True when the file starts with the plain SQLite header (not encrypted)."""
    try:
        with open(path, "rb") as handle:
            return handle.read(16) == SQLITE_MAGIC
    except FileNotFoundError:
        return False


def readonly_uri(path: Path) -> str:
    """mode=ro; plus immutable=1 when nothing can change the file (read-only media:
    SQLite could not even create the -shm a WAL journal needs to be read)."""
    from urllib.parse import quote

    from resilience_desktop.core.data_folder import cannot_change

    return f"file:{quote(str(path))}?mode=ro" + ("&immutable=1" if cannot_change(path) else "")


def raw_key_literal(key: bytes) -> str:
    """SQLCipher's raw-key form x'<64 hex>': no key derivation on open."""
    if len(key) != 32:
        raise ValueError("the data key must be 32 bytes")
    return f"x'{key.hex()}'"
