"""This computer's captured changes as sync records (docs/sync.md, "Records").

Reads ``sync_change`` (written by the capture triggers), groups it by row, stamps each
row's change with the hybrid clock and builds records: ``[table, uid, hlc, op, row,
changed, prev]``, foreign keys written as the parent's uid. A row created and deleted
between two syncs sends nothing.
"""

from __future__ import annotations

from resilience_desktop.services.sync.hlc import HybridClock
from resilience_desktop.services.sync.schema import TableInfo
from resilience_desktop.services.sync.store import Store, effective_clock


def pending_changes(store: Store) -> tuple[list[tuple[str, str, set[str], int]], int]:
    """[(table, uid, columns, wall ms)] in the order first changed, and the last seq."""
    groups: dict[tuple[str, str], tuple[set[str], int]] = {}
    last = 0
    for seq, table, uid, column, wall in store.sql(
            "SELECT seq, tbl, uid, col, wall_ms FROM sync_change ORDER BY seq").fetchall():
        columns, latest = groups.setdefault((table, uid), (set(), wall))
        columns.add(column)
        groups[(table, uid)] = (columns, max(latest, wall))
        last = seq
    return [(table, uid, columns, wall) for (table, uid), (columns, wall) in groups.items()], last


def read_row(store: Store, info: TableInfo, uid: str) -> dict | None:
    names = ", ".join(f'"{column}"' for column in info.columns)
    row = store.sql(f'SELECT {names} FROM "{info.name}" WHERE uid = ?', (uid,)).fetchone()
    if row is None:
        return None
    values = dict(zip(info.columns, row))
    for column, (parent, _on_delete) in info.foreign_keys.items():
        if values.get(column) is not None:
            found = store.sql(f'SELECT uid FROM "{parent}" WHERE id = ?', (values[column],)).fetchone()
            values[column] = found[0] if found else None
    return values


def canonicalise(store: Store, schema: dict[str, TableInfo]) -> None:
    """Give new rows of natural-key tables their derived uid (a captured change: the
    random uid was never sent, the derived one is)."""
    changes, _last = pending_changes(store)
    for _round in range(3):  # a rename may free the uid another row needs
        moved = False
        for table, uid, _columns, _wall in changes:
            info = schema.get(table)
            row = read_row(store, info, uid) if info is not None and uid else None
            wanted = info.canonical_uid(row) if row is not None else None
            if wanted and wanted != uid and store.sql(
                    f'SELECT 1 FROM "{table}" WHERE uid = ?', (wanted,)).fetchone() is None:
                store.sql(f'UPDATE "{table}" SET uid = ? WHERE uid = ?', (wanted, uid))
                moved = True
        if not moved:
            return
        changes, _last = pending_changes(store)


def build_records(store: Store, schema: dict[str, TableInfo], clock: HybridClock,
                  offset_ms: int = 0) -> tuple[list[list], int]:
    """The records of every pending change (clocks stored), and the last change seq."""
    canonicalise(store, schema)
    changes, last_seq = pending_changes(store)
    records = []
    for table, uid, columns, wall in changes:
        info = schema.get(table)
        if info is None or not uid:
            continue
        row = read_row(store, info, uid)
        clocks = store.clocks(table, uid)
        if row is None:
            if "*" in columns and not clocks:
                continue  # created and deleted here since the last sync: nobody knows it
            hlc = clock.stamp(wall + offset_ms, after=max(clocks.values(), default=""))
            store.reset_clocks(table, uid, "-", hlc)
            records.append([table, uid, hlc, "d", None, None, None])
            continue
        changed = ["*"] if "*" in columns or not clocks else sorted(
            columns & set(info.columns))
        if not changed:
            continue
        before = {column: effective_clock(clocks, column)
                  for column in (info.columns if changed == ["*"] else changed)}
        # Later than every clock of the row (a deletion from a computer whose clock runs
        # far ahead included): a new value always beats the one it replaces, everywhere.
        hlc = clock.stamp(wall + offset_ms, after=max(clocks.values(), default=""))
        if changed == ["*"]:
            store.reset_clocks(table, uid, "*", hlc)
        else:
            for column in changed:
                store.set_clock(table, uid, column, hlc)
        prev = {column: before[column] for column in info.text_columns if column in before}
        records.append([table, uid, hlc, "u", row, changed, prev])
    return records, last_seq
