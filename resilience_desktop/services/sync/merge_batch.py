"""New rows inserted many at a time while received records are applied (merge.py).

The first sync of a new computer inserts every row of a long journal. ``Merger.write``
hands a new row (``changed == ["*"]``) here instead of inserting it: rows of one table
and one set of columns wait in a list and go in with one ``executemany`` before any other
statement runs (``Store.before_sql``), when another table's row comes, and at the end.

Each row gets the rowid SQLite would have given it (one more than the table's largest),
so children and later records see the same local ids as row by row. A row whose unique
key (a natural key, see schema.py) is already taken, here or in the waiting list, is
refused and takes the row-by-row path (which resolves the tie). Should SQLite still
refuse a batch (a value of another type than the one the check saw), ``BatchRefused`` is
raised and the caller applies everything again row by row (merge.py, ``apply_all``).

Many received records: ``idle_triggers_off`` drops the triggers that would only check,
row by row, that they have nothing to do, and the engine re-creates them from their own
SQL right after the apply, inside the same transaction (core/triggers.py).
"""

from __future__ import annotations

import sqlite3
from collections import Counter

from peewee import IntegrityError

from resilience_desktop.core import triggers
from resilience_desktop.services.sync.schema import TableInfo
from resilience_desktop.services.sync.shapes import Database, Record, Row, Value

# A unique key's values, and the keys of one unique index already taken.
Key = tuple[Value, ...]
Taken = list[tuple[tuple[str, ...], set[Key]]]

LARGEST_ROWID = 2**63 - 1
# From this many received records on, triggers that do nothing for them are set aside.
QUIET_FROM = 500
TABLE_QUIET_FROM = 100  # records of one table
# The capture triggers (off anyway while received rows are applied: sync_apply) and the
# uid-fill triggers of m0007 (a received row always has its uid).
IDLE_TRIGGERS = (r"SELECT name FROM sqlite_master WHERE type = 'trigger' AND ("
                 r"name LIKE 'sync\_capture\_%' ESCAPE '\' OR name LIKE '%\_uid\_fill' ESCAPE '\')")


class BatchRefused(Exception):
    """SQLite refused a batch of new rows (not an IntegrityError: nobody mistakes it for
    the refusal of the statement that happened to flush the batch)."""


class BatchedInserts:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.shape: tuple[str, tuple[str, ...]] = ("", ())  # (table, columns) of the rows
        self.rows: list[tuple[Value, ...]] = []
        self.next_rowid: dict[str, int | None] = {}  # None: this table goes row by row
        self.taken: dict[str, Taken] = {}

    def add(self, info: TableInfo, names: list[str], values: Row) -> int | None:
        """The rowid this new row will have, or None: insert it row by row."""
        shape = (info.name, tuple(names))
        if shape != self.shape:
            self.flush()
        rowid = self._rowid(info.name)
        if rowid is None:
            return None
        keys = [(tuple(values.get(c) for c in columns), taken)
                for columns, taken in self._taken(info)]
        if any(key in taken and None not in key for key, taken in keys):
            return None
        for key, taken in keys:
            taken.add(key)
        self.shape = shape
        self.rows.append((rowid, *(values[c] for c in names)))
        self.next_rowid[info.name] = rowid + 1
        return rowid

    def flush(self) -> None:
        rows, self.rows = self.rows, []
        if not rows:
            return
        try:
            self.db.connection().executemany(insert_statement(*self.shape), rows)
        except (IntegrityError, sqlite3.IntegrityError) as error:
            raise BatchRefused(str(error)) from error

    def inserted_row_by_row(self, table: str, rowid: int) -> None:
        """A row the caller inserted itself: later rows come after it."""
        if self.next_rowid.get(table) is not None:
            self.next_rowid[table] = max(self.next_rowid[table] or 0, rowid + 1)
        self.taken.pop(table, None)

    def changed(self, table: str) -> None:
        """Unique keys of the table may have changed (an update)."""
        self.taken.pop(table, None)

    def forget(self) -> None:
        """After deletions (cascades): read rowids and keys again when needed."""
        self.flush()
        self.next_rowid.clear()
        self.taken.clear()

    def _rowid(self, table: str) -> int | None:
        if table not in self.next_rowid:
            largest = self.db.execute_sql(f'SELECT max(rowid) FROM "{table}"').fetchone()[0]
            self.next_rowid[table] = (None if largest == LARGEST_ROWID or autoincrement(
                self.db, table) else (largest or 0) + 1)
        return self.next_rowid[table]

    def _taken(self, info: TableInfo) -> Taken:
        if info.name not in self.taken:
            self.taken[info.name] = [
                (columns, set(self.db.execute_sql(
                    f'SELECT {", ".join(quoted(c) for c in columns)} FROM "{info.name}"')))
                for columns in info.natural_keys]
        return self.taken[info.name]


def quoted(column: str) -> str:
    return f'"{column}"'


def insert_statement(table: str, names: tuple[str, ...]) -> str:
    columns = ", ".join(["rowid"] + [quoted(c) for c in names])
    return f'INSERT INTO "{table}" ({columns}) VALUES ({", ".join("?" * (len(names) + 1))})'


def autoincrement(db: Database, table: str) -> bool:
    """SQLite gives such a table's new rows ids past any it ever gave: leave it to it."""
    sql = db.execute_sql("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                         (table,)).fetchone()[0]
    return "AUTOINCREMENT" in sql.upper()


def idle_triggers_off(db: Database, records: list[Record]) -> list[str]:
    """Before applying many received records: drop the triggers that would do nothing for
    them, on the tables that receive many (each drop and re-creation costs a little too);
    their SQL is returned for ``triggers.restore``. Empty: they all stay."""
    if len(records) < QUIET_FROM or not all(record[1] for record in records):
        return []
    many = [table for table, count in Counter(record[0] for record in records).items()
            if count >= TABLE_QUIET_FROM]
    marks = ", ".join("?" for _ in many)
    names = tuple(name for (name,) in db.execute_sql(
        f"{IDLE_TRIGGERS} AND tbl_name IN ({marks})", tuple(many)).fetchall())
    return triggers.suspend(db.connection(), names)
