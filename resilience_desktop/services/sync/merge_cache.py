"""What the merger knows of this journal's rows while it applies records (merge.py):
local ids, tombstones and clocks read once per table, and the first clocks of new rows
written in bulk. ``clear`` after anything that changes many rows (a delete's cascades)."""

from __future__ import annotations

from resilience_desktop.services.sync.store import Store


class KnownRows:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.ids: dict[str, dict[str, int]] = {}  # table -> uid -> rowid (a cache)
        self.tombs: dict[str, set[str]] = {}  # table -> uids with a tombstone (a cache)
        self.clocked: dict[str, set[str]] = {}  # table -> uids with any clock (a cache)
        self.pending_clocks: list[tuple[str, str, str, str]] = []  # (table, uid, column, hlc)
        self.pending_keys: set[tuple[str, str]] = set()

    def id_of(self, table: str, uid: str) -> int | None:
        if table not in self.ids:
            self.ids[table] = dict(self.store.sql(f'SELECT uid, rowid FROM "{table}"'))
        return self.ids[table].get(uid)

    def is_tomb(self, table: str, uid: str) -> bool:
        if table not in self.tombs:
            self.tombs[table] = {uid for (uid,) in self.store.sql(
                "SELECT uid FROM sync_clock WHERE tbl = ? AND col = '-'", (table,))}
        return uid in self.tombs[table]

    def clocks(self, table: str, uid: str) -> dict[str, str]:
        if (table, uid) in self.pending_keys:
            self.flush()
        return self.store.clocks(table, uid)

    def first_clock(self, table: str, uid: str, column: str, hlc: str) -> None:
        """The clock of a row just inserted: written in bulk when it has none yet (the
        first sync of a long journal inserts every row)."""
        if table not in self.clocked:
            self.clocked[table] = {u for (u,) in self.store.sql(
                "SELECT DISTINCT uid FROM sync_clock WHERE tbl = ?", (table,))}
        if uid in self.clocked[table]:
            self.clocks(table, uid)  # flushes what waits for this row
            self.store.reset_clocks(table, uid, column, hlc)
            return
        self.clocked[table].add(uid)
        self.pending_clocks.append((table, uid, column, hlc))
        self.pending_keys.add((table, uid))

    def flush(self) -> None:
        self.store.set_many_clocks(self.pending_clocks)
        self.pending_clocks, self.pending_keys = [], set()

    def clear(self) -> None:
        self.ids.clear()
        self.tombs.clear()
        self.clocked.clear()

    def known_row(self, table: str, uid: str, rowid: int) -> None:
        self.ids[table][uid] = rowid
        if self.is_tomb(table, uid):
            self.tombs[table].discard(uid)

    def inserted(self, table: str, uid: str, rowid: int, hlc: str) -> None:
        self.known_row(table, uid, rowid)
        self.first_clock(table, uid, "*", hlc)

    def parent_gone(self, table: str, uid: str, hlc: str) -> None:
        """A parent was deleted for good (ON DELETE CASCADE): the row gets a tombstone."""
        self.clocks(table, uid)
        self.store.reset_clocks(table, uid, "-", hlc)
        self.tombs.get(table, set()).add(uid)
        self.clocked.get(table, set()).add(uid)
