"""The sync engine's local tables (migration m0009): state, clocks, cursors, aliases.

All calls run inside the engine's one transaction (services/sync/engine.py).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from typing import overload

from resilience_desktop.services.sync.hlc import UNKNOWN
from resilience_desktop.services.sync.shapes import Cursor, Database


class Store:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._aliases: dict[tuple[str, str], str] | None = None
        # Runs before every statement (the merger's waiting new rows go in first).
        self.before_sql: Callable[[], None] | None = None

    def sql(self, statement: str, params: tuple[object, ...] = ()) -> sqlite3.Cursor:
        if self.before_sql is not None:
            self.before_sql()
        return self.db.execute_sql(statement, params)

    # ---- key/value state ----------------------------------------------------------
    def get(self, key: str, default: object = None) -> object:
        """The JSON value put under key (``text`` and ``number`` say which type)."""
        row = self.sql("SELECT value FROM sync_state WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

    def text(self, key: str) -> str | None:
        """A text value (the device id, names, the folder's id and key, the clock)."""
        value = self.get(key)
        return value if isinstance(value, str) else None

    @overload
    def number(self, key: str) -> int | None: ...

    @overload
    def number(self, key: str, default: int) -> int: ...

    def number(self, key: str, default: int | None = None) -> int | None:
        """A whole number (this computer's last segment "seq", "last_sync" in ms)."""
        value = self.get(key)
        return value if isinstance(value, int) else default

    def put(self, key: str, value: object) -> None:
        self.sql("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)",
                 (key, json.dumps(value)))

    def forget(self, *keys: str) -> None:
        for key in keys:
            self.sql("DELETE FROM sync_state WHERE key = ?", (key,))

    # ---- clocks -------------------------------------------------------------------
    def clocks(self, table: str, uid: str) -> dict[str, str]:
        return dict(self.sql("SELECT col, hlc FROM sync_clock WHERE tbl = ? AND uid = ?",
                             (table, uid)).fetchall())

    def set_clock(self, table: str, uid: str, column: str, hlc: str) -> None:
        self.sql("INSERT OR REPLACE INTO sync_clock (tbl, uid, col, hlc) VALUES (?, ?, ?, ?)",
                 (table, uid, column, hlc))

    def set_many_clocks(self, clocks: list[tuple[str, str, str, str]]) -> None:
        """(table, uid, column, hlc) each, in one statement (not a "statement" for
        ``before_sql``: the merger's waiting new rows need not go first)."""
        self.db.connection().executemany(
            "INSERT OR REPLACE INTO sync_clock (tbl, uid, col, hlc) VALUES (?, ?, ?, ?)", clocks)

    def reset_clocks(self, table: str, uid: str, column: str, hlc: str) -> None:
        """One clock for the whole row (a new row, or a tombstone)."""
        self.sql("DELETE FROM sync_clock WHERE tbl = ? AND uid = ?", (table, uid))
        self.set_clock(table, uid, column, hlc)

    def rekey_clocks(self, table: str, old: str, new: str) -> None:
        self.sql("DELETE FROM sync_clock WHERE tbl = ? AND uid = ?", (table, new))
        self.sql("UPDATE sync_clock SET uid = ? WHERE tbl = ? AND uid = ?", (new, table, old))

    # ---- aliases (a uid that lost a natural-key tie) --------------------------------
    def resolve(self, table: str, uid: str) -> str:
        if self._aliases is None:
            self._aliases = {(t, u): target for t, u, target in
                             self.sql("SELECT tbl, uid, target FROM sync_alias")}
        for _ in range(8):
            target = self._aliases.get((table, uid))
            if target is None:
                return uid
            uid = target
        return uid

    def forget_aliases(self) -> None:
        """Read them again (a savepoint they were changed in was rolled back)."""
        self._aliases = None

    def alias(self, table: str, uid: str, target: str) -> None:
        self.sql("INSERT OR REPLACE INTO sync_alias (tbl, uid, target) VALUES (?, ?, ?)",
                 (table, uid, target))
        if self._aliases is not None:
            self._aliases[(table, uid)] = target

    # ---- cursors: what was read of each other computer --------------------------------
    def cursors(self) -> dict[str, Cursor]:
        return {device: Cursor(seq=seq, name=name, seen_at=seen_at)
                for device, seq, name, seen_at
                in self.sql("SELECT device, seq, name, seen_at FROM sync_cursor").fetchall()}

    def set_cursor(self, device: str, seq: int, name: str, seen_at: str) -> None:
        self.sql("INSERT OR REPLACE INTO sync_cursor (device, seq, name, seen_at) "
                 "VALUES (?, ?, ?, ?)", (device, seq, name, seen_at))

    # ---- suppressing capture while received changes are applied ----------------------
    def capture_off(self) -> None:
        self.sql("INSERT OR IGNORE INTO sync_apply (id) VALUES (1)")

    def capture_on(self) -> None:
        self.sql("DELETE FROM sync_apply")


def effective_clock(clocks: dict[str, str], column: str) -> str:
    """A column's clock: its own, or the row's base clock, whichever is later."""
    return max(clocks.get(column, UNKNOWN), clocks.get("*", UNKNOWN))
