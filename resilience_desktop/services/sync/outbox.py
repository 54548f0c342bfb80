"""This computer's captured changes as sync records (docs/sync.md, "Records").

Reads ``sync_change`` (written by the capture triggers), groups it by row, stamps each
row's change with the hybrid clock and builds records: ``[table, uid, hlc, op, row,
changed, prev]``, foreign keys written as the parent's uid. A row created and deleted
between two syncs sends nothing. Rows, parents and clocks are read table by table in
bulk (the first sync of a ten-year journal sends every row).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from resilience_desktop.services.sync import canonical
from resilience_desktop.services.sync.hlc import HybridClock
from resilience_desktop.services.sync.schema import TableInfo
from resilience_desktop.services.sync.shapes import Record, Row, Value
from resilience_desktop.services.sync.store import Store, effective_clock

# Above this many rows a whole table is read at once instead of row by row.
BULK = 200
# A row's pending change: (uid, columns changed, "*" for a new row; wall time in ms).
Pending = tuple[str, set[str], int]


def pending_changes(store: Store) -> tuple[dict[str, list[Pending]], int]:
    """{table: [(uid, columns, wall ms)]} in the order first changed, and the last seq
    (grouped by SQLite: a first sync has a change for every row)."""
    by_table: dict[str, list[Pending]] = defaultdict(list)
    for table, uid, columns, wall in store.sql(
            "SELECT tbl, uid, group_concat(col, char(31)), max(wall_ms) FROM sync_change "
            "GROUP BY tbl, uid ORDER BY min(seq)").fetchall():
        by_table[table].append((uid, set(columns.split("\x1f")), wall))
    last = store.sql("SELECT coalesce(max(seq), 0) FROM sync_change").fetchone()[0]
    return by_table, last


def uids_of(by_table: dict[str, list[Pending]]) -> dict[str, list[str]]:
    return {table: [uid for uid, _columns, _wall in items if uid]
            for table, items in by_table.items()}


class RowReader:
    """Rows by uid with foreign keys as the parents' uids (parents' id -> uid cached)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.parent_uids: dict[str, dict[Value, str]] = {}

    def uid_of(self, parent: str, row_id: Value) -> str | None:
        if parent not in self.parent_uids:
            self.parent_uids[parent] = dict(self.store.sql(f'SELECT id, uid FROM "{parent}"'))
        return self.parent_uids[parent].get(row_id)

    def rows(self, info: TableInfo, uids: list[str]) -> dict[str, Row]:
        found = self.whole_table(info, set(uids)) if len(uids) > BULK else self.each(info, uids)
        for values in found.values():
            for column, (parent, _on_delete) in info.foreign_keys.items():
                if values.get(column) is not None:
                    values[column] = self.uid_of(parent, values[column])
        return found

    def whole_table(self, info: TableInfo, wanted: set[str]) -> dict[str, Row]:
        found: dict[str, Row] = {}
        for row in self.store.sql(f'SELECT {column_list(info)} FROM "{info.name}"'):
            values = dict(zip(info.columns, row))
            if values["uid"] in wanted:
                found[values["uid"]] = values
        return found

    def each(self, info: TableInfo, uids: list[str]) -> dict[str, Row]:
        found: dict[str, Row] = {}
        for uid in uids:
            row = self.store.sql(f'SELECT {column_list(info)} FROM "{info.name}" WHERE uid = ?',
                                 (uid,)).fetchone()
            if row is not None:
                found[uid] = dict(zip(info.columns, row))
        return found


def column_list(info: TableInfo) -> str:
    return ", ".join(f'"{column}"' for column in info.columns)


def table_clocks(store: Store, table: str, uids: list[str]) -> dict[str, dict[str, str]]:
    clocks: dict[str, dict[str, str]] = defaultdict(dict)
    for uid, column, hlc in clock_rows(store, table, uids):
        clocks[uid][column] = hlc
    return clocks


def clock_rows(store: Store, table: str, uids: list[str]) -> Iterable[tuple[str, str, str]]:
    """(uid, column, clock) of these rows: the whole table's when they are many."""
    if len(uids) > BULK:
        return store.sql("SELECT uid, col, hlc FROM sync_clock WHERE tbl = ?", (table,))
    return [row for uid in uids for row in store.sql(
        "SELECT uid, col, hlc FROM sync_clock WHERE tbl = ? AND uid = ?", (table, uid))]


def build_records(store: Store, schema: dict[str, TableInfo], clock: HybridClock,
                  offset_ms: int = 0) -> tuple[list[Record], int]:
    """The records of every pending change (clocks stored), and the last change seq."""
    by_table, last_seq = pending_changes(store)
    if canonical.canonicalise(store, schema, uids_of(by_table),
                              lambda: uids_of(pending_changes(store)[0])):
        by_table, last_seq = pending_changes(store)
    reader, records = RowReader(store), []
    for table, items in by_table.items():
        info = schema.get(table)
        if info is not None:
            records += table_records(store, reader, info, items, clock, offset_ms)
    return records, last_seq


def table_records(store: Store, reader: RowReader, info: TableInfo, items: list[Pending],
                  clock: HybridClock, offset_ms: int) -> list[Record]:
    """One table's records, in the order its rows first changed (clocks stored)."""
    uids = [uid for uid, _columns, _wall in items if uid]
    rows, clocks = reader.rows(info, uids), table_clocks(store, info.name, uids)
    records = [record for uid, columns, wall in items
               if (record := one_record(info, uid, columns, wall + offset_ms,
                                        rows.get(uid), clocks.get(uid, {}), clock))
               is not None]
    store_clocks(store, records)
    return records


def store_clocks(store: Store, records: list[Record]) -> None:
    """The clocks the records give their rows: a new row or a deletion one clock for the
    whole row ("*" or "-"), an edit one per changed column."""
    resets, sets = [], []
    for table, uid, hlc, op, _row, changed, _prev in records:
        if op == "d" or changed == ["*"]:
            resets.append((table, uid))
            sets.append((table, uid, "-" if op == "d" else "*", hlc))
        else:
            sets += [(table, uid, column, hlc) for column in changed]
    connection = store.db.connection()
    connection.executemany("DELETE FROM sync_clock WHERE tbl = ? AND uid = ?", resets)
    connection.executemany("INSERT OR REPLACE INTO sync_clock (tbl, uid, col, hlc) "
                           "VALUES (?, ?, ?, ?)", sets)


def one_record(info: TableInfo, uid: str, columns: set[str], wall: int, row: Row | None,
               clocks: dict[str, str], clock: HybridClock) -> Record | None:
    if not uid:
        return None
    # Later than every clock of the row (a deletion from a computer whose clock runs far
    # ahead included): a new value always beats the one it replaces, everywhere.
    latest = max(clocks.values(), default="")
    if row is None:
        if "*" in columns and not clocks:
            return None  # created and deleted here since the last sync: nobody knows it
        return [info.name, uid, clock.stamp(wall, after=latest), "d", None, None, None]
    changed = ["*"] if "*" in columns or not clocks else sorted(columns & set(info.columns))
    if not changed:
        return None
    return upsert_record(info, uid, row, changed, clocks, clock.stamp(wall, after=latest))


def upsert_record(info: TableInfo, uid: str, row: Row, changed: list[str],
                  clocks: dict[str, str], hlc: str) -> Record:
    """prev: the clocks of the texts this change replaces (a receiver that has a later
    one there has a concurrent edit)."""
    before = {column: effective_clock(clocks, column)
              for column in (info.columns if changed == ["*"] else changed)}
    prev = {column: before[column] for column in info.text_columns if column in before}
    return [info.name, uid, hlc, "u", row, changed, prev]
