"""This computer's captured changes as sync records (docs/sync.md, "Records").

Reads ``sync_change`` (written by the capture triggers), groups it by row, stamps each
row's change with the hybrid clock and builds records: ``[table, uid, hlc, op, row,
changed, prev]``, foreign keys written as the parent's uid. A row created and deleted
between two syncs sends nothing. Rows, parents and clocks are read table by table in
bulk (the first sync of a ten-year journal sends every row).
"""

from __future__ import annotations

from collections import defaultdict

from resilience_desktop.services.sync import canonical
from resilience_desktop.services.sync.hlc import HybridClock
from resilience_desktop.services.sync.schema import TableInfo
from resilience_desktop.services.sync.store import Store, effective_clock

# Above this many rows a whole table is read at once instead of row by row.
BULK = 200


def pending_changes(store: Store) -> tuple[dict[str, list[tuple[str, set[str], int]]], int]:
    """{table: [(uid, columns, wall ms)]} in the order first changed, and the last seq
    (grouped by SQLite: a first sync has a change for every row)."""
    by_table: dict[str, list] = defaultdict(list)
    for table, uid, columns, wall in store.sql(
            "SELECT tbl, uid, group_concat(col, char(31)), max(wall_ms) FROM sync_change "
            "GROUP BY tbl, uid ORDER BY min(seq)").fetchall():
        by_table[table].append((uid, set(columns.split("\x1f")), wall))
    last = store.sql("SELECT coalesce(max(seq), 0) FROM sync_change").fetchone()[0]
    return by_table, last


def uids_of(by_table: dict[str, list[tuple[str, set[str], int]]]) -> dict[str, list[str]]:
    return {table: [uid for uid, _columns, _wall in items if uid]
            for table, items in by_table.items()}


class RowReader:
    """Rows by uid with foreign keys as the parents' uids (parents' id -> uid cached)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.parent_uids: dict[str, dict[int, str]] = {}

    def uid_of(self, parent: str, row_id):
        if parent not in self.parent_uids:
            self.parent_uids[parent] = dict(self.store.sql(f'SELECT id, uid FROM "{parent}"'))
        return self.parent_uids[parent].get(row_id)

    def rows(self, info: TableInfo, uids: list[str]) -> dict[str, dict]:
        names = ", ".join(f'"{column}"' for column in info.columns)
        found = {}
        if len(uids) > BULK:
            wanted = set(uids)
            for row in self.store.sql(f'SELECT {names} FROM "{info.name}"'):
                values = dict(zip(info.columns, row))
                if values["uid"] in wanted:
                    found[values["uid"]] = values
        else:
            for uid in uids:
                row = self.store.sql(f'SELECT {names} FROM "{info.name}" WHERE uid = ?',
                                     (uid,)).fetchone()
                if row is not None:
                    found[uid] = dict(zip(info.columns, row))
        for values in found.values():
            for column, (parent, _on_delete) in info.foreign_keys.items():
                if values.get(column) is not None:
                    values[column] = self.uid_of(parent, values[column])
        return found


def table_clocks(store: Store, table: str, uids: list[str]) -> dict[str, dict[str, str]]:
    clocks: dict[str, dict[str, str]] = defaultdict(dict)
    if len(uids) > BULK:
        rows = store.sql("SELECT uid, col, hlc FROM sync_clock WHERE tbl = ?", (table,))
    else:
        rows = [row for uid in uids for row in store.sql(
            "SELECT uid, col, hlc FROM sync_clock WHERE tbl = ? AND uid = ?", (table, uid))]
    for uid, column, hlc in rows:
        clocks[uid][column] = hlc
    return clocks


def build_records(store: Store, schema: dict[str, TableInfo], clock: HybridClock,
                  offset_ms: int = 0) -> tuple[list[list], int]:
    """The records of every pending change (clocks stored), and the last change seq."""
    by_table, last_seq = pending_changes(store)
    if canonical.canonicalise(store, schema, uids_of(by_table),
                              lambda: uids_of(pending_changes(store)[0])):
        by_table, last_seq = pending_changes(store)
    reader, records = RowReader(store), []
    for table, items in by_table.items():
        info = schema.get(table)
        if info is None:
            continue
        uids = [uid for uid, _columns, _wall in items if uid]
        rows, clocks = reader.rows(info, uids), table_clocks(store, table, uids)
        resets, sets = [], []
        for uid, columns, wall in items:
            record = one_record(info, uid, columns, wall + offset_ms, rows.get(uid),
                                clocks.get(uid, {}), clock)
            if record is None:
                continue
            records.append(record)
            if record[3] == "d" or record[5] == ["*"]:
                resets.append((table, uid))
                sets.append((table, uid, "-" if record[3] == "d" else "*", record[2]))
            else:
                sets += [(table, uid, column, record[2]) for column in record[5]]
        connection = store.db.connection()
        connection.executemany("DELETE FROM sync_clock WHERE tbl = ? AND uid = ?", resets)
        connection.executemany("INSERT OR REPLACE INTO sync_clock (tbl, uid, col, hlc) "
                               "VALUES (?, ?, ?, ?)", sets)
    return records, last_seq


def one_record(info: TableInfo, uid: str, columns: set[str], wall: int, row: dict | None,
               clocks: dict[str, str], clock: HybridClock) -> list | None:
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
    before = {column: effective_clock(clocks, column)
              for column in (info.columns if changed == ["*"] else changed)}
    hlc = clock.stamp(wall, after=latest)
    prev = {column: before[column] for column in info.text_columns if column in before}
    return [info.name, uid, hlc, "u", row, changed, prev]
