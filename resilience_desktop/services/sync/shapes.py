"""The shapes sync data has, named once for the type checker (docs/sync.md, "Records").

A record travels as a JSON array ``[table, uid, hlc, op, row, changed, prev]``: its
positions hold different types, which a Python list type cannot say, so ``Record`` is a
``list[Any]`` and ``Upsert`` names its positions where the merger takes one apart.
It stays a list (not a tuple): records are read back from JSON and stored as they came.
JSON objects read from the folder (manifests, segment payloads) are ``FolderJson``:
authenticated but not trusted, so they are read with ``.get`` and checked where used.
"""

from __future__ import annotations

import sqlite3
from contextlib import AbstractContextManager
from typing import Any, NamedTuple, NotRequired, Protocol, TypedDict

# A column's value as SQLite holds it.
Value = str | int | float | bytes | None
# column -> value (foreign keys as the parent's uid in records, as local ids in the table)
Row = dict[str, Value]
# ``[table, uid, hlc, op, row, changed, prev]`` as sent and received (see the docstring).
Record = list[Any]
# An authenticated JSON object from the folder (a manifest, a segment's payload).
FolderJson = dict[str, Any]


class Upsert(NamedTuple):
    """An upsert record's positions by name (a delete's row, changed, prev are None)."""

    table: str
    uid: str
    hlc: str
    op: str  # "u"
    row: Row  # parents as their uids
    changed: list[str]  # ["*"]: the whole row (its creation), else the columns edited
    prev: dict[str, str] | None  # text column -> the clock the sender's edit replaced


def upsert_fields(record: Record) -> Upsert:
    table, uid, hlc, op, row, changed, prev = record
    return Upsert(table, uid, hlc, op, row, changed, prev)


class Database(Protocol):
    """What sync uses of the peewee database (``core.db.database``; peewee ships no
    types): statements, the DB-API connection (sqlite3's or sqlcipher3's), savepoints."""

    def execute_sql(self, sql: str, params: tuple[object, ...] = ...) -> sqlite3.Cursor: ...

    def connection(self) -> sqlite3.Connection: ...

    def atomic(self, *args: str) -> AbstractContextManager[object]: ...


class Cursor(TypedDict):
    """How far this computer read another computer's segments (table sync_cursor)."""

    seq: int
    name: str
    seen_at: str


class Snapshot(TypedDict):
    """A snapshot's announcement in a manifest (compaction.py); each part's payload
    carries it with its ``part`` number."""

    covers: dict[str, int]  # device -> up to which of its segments the state includes
    first: int  # the seq of the snapshot's first segment
    parts: int
    part: NotRequired[int]


class Payload(TypedDict):
    """What one segment holds (engine.py writes it)."""

    format: int
    schema: int
    device: str
    seq: int
    records: list[Record]
    snapshot: NotRequired[Snapshot]
