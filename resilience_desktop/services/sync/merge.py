"""Apply received records (docs/sync.md, "Merge rules").

Per column the later clock wins; a deletion wins over edits and over the row's creation
unless the row was created again later; a natural-key tie keeps the
smaller uid (the other becomes an alias); a record whose parent has not arrived waits.
When a concurrent edit of a text (an entry's title or body, another table's note)
loses, its text is collected in ``conflicts`` for the engine to keep as a revision. Capture is off while rows change.
"""

from __future__ import annotations

import sqlite3
from peewee import IntegrityError

from resilience_desktop.services.sync.hlc import UNKNOWN
from resilience_desktop.services.sync.merge_batch import BatchedInserts, BatchRefused
from resilience_desktop.services.sync.merge_result import Conflict, MergeResult
from resilience_desktop.services.sync.schema import TableInfo
from resilience_desktop.services.sync.store import Store, effective_clock

DONE, WAIT = "done", "wait"


class _Collision(Exception):
    pass


class Merger:
    def __init__(self, store: Store, schema: dict[str, TableInfo], batch: bool = True) -> None:
        self.store, self.schema = store, schema
        self.inserts = BatchedInserts(store.db) if batch else None  # merge_batch.py
        self.result = MergeResult()
        self.ids: dict[str, dict[str, int]] = {}  # table -> uid -> rowid (a cache)
        self.tombs: dict[str, set[str]] = {}  # table -> uids with a tombstone (a cache)
        self.clocked: dict[str, set[str]] = {}  # table -> uids with any clock (a cache)
        self.pending_clocks: list[tuple] = []
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
        self.store.db.connection().executemany(
            "INSERT OR REPLACE INTO sync_clock (tbl, uid, col, hlc) VALUES (?, ?, ?, ?)",
            self.pending_clocks)
        self.pending_clocks, self.pending_keys = [], set()

    def forget(self) -> None:
        """After a delete (cascades) or a new uid: read the caches again when needed."""
        self.flush()
        if self.inserts:
            self.inserts.forget()
        self.ids.clear()
        self.tombs.clear()
        self.clocked.clear()

    def apply_all(self, records: list[list]) -> MergeResult:
        """New rows in batches; should SQLite refuse a batch, everything row by row."""
        if self.inserts is None:
            return self.apply_each(records)
        self.store.before_sql = self.inserts.flush
        try:
            with self.store.db.atomic():  # a savepoint: a refused batch undoes it all
                return self.apply_each(records)
        except BatchRefused:
            self.store.forget_aliases()
        finally:
            self.store.before_sql = None
        return Merger(self.store, self.schema, batch=False).apply_all(records)

    def apply_each(self, records: list[list]) -> MergeResult:
        order = {name: number for number, name in enumerate(self.schema)}
        upserts = sorted((r for r in records if r[3] == "u" and r[0] in order),
                         key=lambda r: (order[r[0]], r[2]))
        deletes = sorted((r for r in records if r[3] == "d" and r[0] in order),
                         key=lambda r: (-order[r[0]], r[2]))
        unknown = [r for r in records if r[0] not in order]
        waiting = upserts
        while waiting:  # parents may come later in the same batch (an entry's follow-up)
            still = [record for record in waiting if self.upsert(record) == WAIT]
            if len(still) == len(waiting):
                break
            waiting = still
        waiting += [record for record in deletes if self.delete(record) == WAIT]
        if self.inserts:
            self.inserts.flush()
        self.flush()
        self.result.waiting = waiting + unknown
        return self.result

    # ---- deletes ------------------------------------------------------------------
    def delete(self, record: list) -> str:
        """Later clock wins here too: a row created again after the deletion stays."""
        table, uid, hlc = record[0], self.store.resolve(record[0], record[1]), record[2]
        clocks = self.clocks(table, uid)
        if max(clocks.get("*", UNKNOWN), clocks.get("-", UNKNOWN)) >= hlc:
            self.result.applied += 1
            return DONE
        try:
            self.store.sql(f'DELETE FROM "{table}" WHERE uid = ?', (uid,))
        except (IntegrityError, sqlite3.IntegrityError):
            return WAIT  # still used here (ON DELETE RESTRICT): nothing is dropped
        self.forget()
        self.store.reset_clocks(table, uid, "-", hlc)
        self.result.applied += 1
        return DONE

    # ---- upserts ------------------------------------------------------------------
    def local_values(self, info: TableInfo, row: dict) -> dict | None:
        """The row with parent uids turned into local ids; None: a parent is missing."""
        values = dict(row)
        for column, (parent, on_delete) in info.foreign_keys.items():
            uid = values.get(column)
            if uid is None:
                continue
            uid = self.store.resolve(parent, uid)
            found = self.id_of(parent, uid)
            if found is not None:
                values[column] = found
            elif self.is_tomb(parent, uid) and on_delete == "SET NULL":
                values[column] = None
            elif self.is_tomb(parent, uid) and on_delete == "CASCADE":
                return {}  # the parent is gone for good: so is this row
            else:
                return None
        return values

    def upsert(self, record: list) -> str:
        table, uid, hlc, _op, row, changed, prev = record
        info = self.schema[table]
        uid = self.store.resolve(table, uid)
        tombstone = self.clocks(table, uid).get("-") if self.is_tomb(table, uid) else None
        if tombstone is not None and (changed != ["*"] or hlc <= tombstone):
            self.result.applied += 1  # an edit of a deleted row, or a deletion came later
            return DONE
        values = self.local_values(info, {k: v for k, v in row.items() if k in info.columns})
        if values is None:
            return WAIT
        if not values:
            self.clocks(table, uid)
            self.store.reset_clocks(table, uid, "-", hlc)
            self.tombs.get(table, set()).add(uid)
            self.clocked.get(table, set()).add(uid)
            self.result.applied += 1
            return DONE
        values["uid"] = uid
        try:
            self.write(info, uid, hlc, values, changed, prev or {}, row)
        except _Collision:
            return self.resolve_collision(info, record, values)
        self.result.applied += 1
        return DONE

    def write(self, info, uid, hlc, values, changed, prev, row) -> None:
        table = info.name
        names = [c for c in info.columns if c in values]
        if self.id_of(table, uid) is None and changed == ["*"] and self.inserts:
            rowid = self.inserts.add(info, names, values)
            if rowid is not None:
                self.inserted(table, uid, rowid, hlc)
                return
        quoted = ", ".join(f'"{c}"' for c in names)
        local = None if self.id_of(table, uid) is None else self.store.sql(
            f'SELECT {quoted} FROM "{table}" WHERE uid = ?', (uid,)).fetchone()
        try:
            if local is None:
                marks = ", ".join("?" for _ in names)
                cursor = self.store.sql(f'INSERT INTO "{table}" ({quoted}) VALUES ({marks})',
                                        tuple(values[c] for c in names))
                if self.inserts:
                    self.inserts.inserted_row_by_row(table, cursor.lastrowid)
                if changed == ["*"]:
                    self.inserted(table, uid, cursor.lastrowid, hlc)
                else:  # an edit of a row whose creation has not arrived yet
                    self.ids[table][uid] = cursor.lastrowid
                    if self.is_tomb(table, uid):
                        self.tombs[table].discard(uid)
                    self.clocks(table, uid)
                    self.clocked.get(table, set()).add(uid)
                    for column in changed:
                        self.store.set_clock(table, uid, column, hlc)
                return
            self.update(info, uid, hlc, values, changed, prev, dict(zip(names, local)), row)
        except (IntegrityError, sqlite3.IntegrityError) as error:
            if "UNIQUE" in str(error) and info.natural_keys:
                raise _Collision() from error
            raise

    def inserted(self, table: str, uid: str, rowid: int, hlc: str) -> None:
        self.ids[table][uid] = rowid
        if self.is_tomb(table, uid):
            self.tombs[table].discard(uid)
        self.first_clock(table, uid, "*", hlc)

    def update(self, info, uid, hlc, values, changed, prev, local, row) -> None:
        table = info.name
        clocks = self.clocks(table, uid)
        wins = []
        for column in values:
            if column == "uid":
                continue
            incoming = hlc if changed == ["*"] or column in changed else UNKNOWN
            current = effective_clock(clocks, column)
            if incoming > current:
                wins.append(column)
            self.note_conflict(info, uid, column, incoming, current, prev, local, row, values)
        if wins and self.inserts and any(set(wins) & set(key) for key in info.natural_keys):
            self.inserts.changed(table)
        if wins:
            sets = ", ".join(f'"{column}" = ?' for column in wins)
            self.store.sql(f'UPDATE "{table}" SET {sets} WHERE uid = ?',
                           tuple(values[c] for c in wins) + (uid,))
        if changed == ["*"] and hlc > clocks.get("*", UNKNOWN):
            self.store.set_clock(table, uid, "*", hlc)  # created again: a later deletion only
        else:
            for column in wins:
                self.store.set_clock(table, uid, column, hlc)

    def note_conflict(self, info, uid, column, incoming, current, prev, local, row,  # noqa: PLR0913, PLR0917 - one merge step's whole state
                      values):
        """A concurrent edit of a text: the loser's text, for a revision."""
        if (column not in info.text_columns or UNKNOWN in (incoming, current)
                or prev.get(column, UNKNOWN) == current or local[column] == values[column]):
            return
        theirs = incoming < current
        loser_clock = incoming if theirs else current
        if info.name == "journal_entry":
            loser = row if theirs else local
            conflict = Conflict(uid, loser.get("title") or "", loser.get("body") or "", "", 0)
        else:
            text = row.get(column) if theirs else local[column]
            conflict = Conflict(uid, "", text or "", "", 0, info.name, column)
        if any((c.table, c.uid, c.column, c.title, c.body) == (
                conflict.table, uid, conflict.column, conflict.title, conflict.body)
               for c in self.result.conflicts):
            return
        wall, _counter, conflict.device = loser_clock.split(".", 2)
        conflict.at_ms = int(wall)
        self.result.conflicts.append(conflict)

    def resolve_collision(self, info: TableInfo, record: list, values: dict) -> str:
        """Two uids for one natural key: keep the smaller one everywhere."""
        table, uid = info.name, values["uid"]
        for key in info.natural_keys:
            where = " AND ".join(f'"{c}" IS ?' for c in key)
            found = self.store.sql(f'SELECT uid FROM "{table}" WHERE {where}',
                                   tuple(values.get(c) for c in key)).fetchone()
            if found is None or found[0] == uid:
                continue
            other = found[0]
            if uid < other:
                self.store.sql(f'UPDATE "{table}" SET uid = ? WHERE uid = ?', (uid, other))
                self.store.rekey_clocks(table, other, uid)
                self.store.alias(table, other, uid)
            else:
                self.store.alias(table, uid, other)
            self.forget()
            return self.upsert(record)
        return WAIT  # a collision this engine cannot explain: keep the record, retry later
