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
from resilience_desktop.services.sync.merge_cache import KnownRows
from resilience_desktop.services.sync.merge_conflict import (Change, concurrent_text_edit,
                                                             losing_conflict, same_text, stamp)
from resilience_desktop.services.sync.merge_result import MergeResult
from resilience_desktop.services.sync.schema import TableInfo
from resilience_desktop.services.sync.shapes import Record, Row, upsert_fields
from resilience_desktop.services.sync.store import Store, effective_clock

DONE, WAIT = "done", "wait"


class _Collision(Exception):
    pass


class Merger(KnownRows):
    def __init__(self, store: Store, schema: dict[str, TableInfo], batch: bool = True) -> None:
        super().__init__(store)
        self.schema = schema
        self.inserts = BatchedInserts(store.db) if batch else None  # merge_batch.py
        self.result = MergeResult()

    def forget(self) -> None:
        """After a delete (cascades) or a new uid: read the caches again when needed."""
        self.flush()
        if self.inserts:
            self.inserts.forget()
        self.clear()

    def apply_all(self, records: list[Record]) -> MergeResult:
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

    def apply_each(self, records: list[Record]) -> MergeResult:
        upserts, deletes, unknown = sorted_records(records, list(self.schema))
        waiting = self.upsert_until_stuck(upserts)
        waiting += [record for record in deletes if self.delete(record) == WAIT]
        if self.inserts:
            self.inserts.flush()
        self.flush()
        self.result.waiting = waiting + unknown
        return self.result

    def upsert_until_stuck(self, upserts: list[Record]) -> list[Record]:
        """Parents may come later in the same batch (an entry's follow-up): go round
        again while a round applied any. The records still waiting."""
        waiting = upserts
        while waiting:
            still = [record for record in waiting if self.upsert(record) == WAIT]
            if len(still) == len(waiting):
                break
            waiting = still
        return waiting

    # ---- deletes ------------------------------------------------------------------
    def delete(self, record: Record) -> str:
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
    def local_values(self, info: TableInfo, row: Row) -> Row | None:
        """The row with parent uids turned into local ids; None: a parent is missing."""
        values = dict(row)
        for column, (parent, on_delete) in info.foreign_keys.items():
            uid = values.get(column)
            if uid is None:
                continue
            uid = self.store.resolve(parent, str(uid))
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

    def upsert(self, record: Record) -> str:
        table, uid, hlc, _op, row, changed, prev = upsert_fields(record)
        info = self.schema[table]
        uid = self.store.resolve(table, uid)
        if self.deleted_later(table, uid, hlc, changed):
            self.result.applied += 1  # an edit of a deleted row, or a deletion came later
            return DONE
        values = self.local_values(info, {k: v for k, v in row.items() if k in info.columns})
        if values is None:
            return WAIT
        if not values:
            self.parent_gone(table, uid, hlc)
            self.result.applied += 1
            return DONE
        values["uid"] = uid
        try:
            self.write(Change(info, uid, hlc, values, changed, prev or {}, row))
        except _Collision:
            return self.resolve_collision(info, record, uid, values)
        self.result.applied += 1
        return DONE

    def deleted_later(self, table: str, uid: str, hlc: str, changed: list[str]) -> bool:
        """The row has a tombstone and this is an edit, or a creation before the deletion."""
        tombstone = self.clocks(table, uid).get("-") if self.is_tomb(table, uid) else None
        return tombstone is not None and (changed != ["*"] or hlc <= tombstone)

    def write(self, change: Change) -> None:
        info, uid = change.info, change.uid
        names = [c for c in info.columns if c in change.values]
        if self.batched(change, names):
            return
        quoted = ", ".join(f'"{c}"' for c in names)
        local = None if self.id_of(info.name, uid) is None else self.store.sql(
            f'SELECT {quoted} FROM "{info.name}" WHERE uid = ?', (uid,)).fetchone()
        try:
            if local is None:
                self.insert_row(change, names)
            else:
                self.update(change, dict(zip(names, local)))
        except (IntegrityError, sqlite3.IntegrityError) as error:
            if "UNIQUE" in str(error) and info.natural_keys:
                raise _Collision() from error
            raise

    def batched(self, change: Change, names: list[str]) -> bool:
        """A new row goes into the batch of new rows (merge_batch.py); False: it is
        written row by row."""
        if self.id_of(change.table, change.uid) is not None or not change.creates \
                or not self.inserts:
            return False
        rowid = self.inserts.add(change.info, names, change.values)
        if rowid is None:
            return False
        self.inserted(change.table, change.uid, rowid, change.hlc)
        return True

    def insert_row(self, change: Change, names: list[str]) -> None:
        table, uid = change.table, change.uid
        quoted, marks = ", ".join(f'"{c}"' for c in names), ", ".join("?" for _ in names)
        rowid = inserted_rowid(self.store.sql(
            f'INSERT INTO "{table}" ({quoted}) VALUES ({marks})',
            tuple(change.values[c] for c in names)))
        if self.inserts:
            self.inserts.inserted_row_by_row(table, rowid)
        if change.creates:
            self.inserted(table, uid, rowid, change.hlc)
            return
        # an edit of a row whose creation has not arrived yet
        self.known_row(table, uid, rowid)
        self.clocks(table, uid)
        self.clocked.get(table, set()).add(uid)
        for column in change.changed:
            self.store.set_clock(table, uid, column, change.hlc)

    def update(self, change: Change, local: Row) -> None:
        table, uid, hlc = change.table, change.uid, change.hlc
        clocks = self.clocks(table, uid)
        wins = self.winning_columns(change, clocks, local)
        if wins:
            self.write_columns(change, wins)
        if change.creates and hlc > clocks.get("*", UNKNOWN):
            self.store.set_clock(table, uid, "*", hlc)  # created again: a later deletion only
        else:
            for column in wins:
                self.store.set_clock(table, uid, column, hlc)

    def winning_columns(self, change: Change, clocks: dict[str, str], local: Row) -> list[str]:
        """The columns whose received value is later than this computer's (losing texts
        of concurrent edits noted on the way)."""
        wins = []
        for column in change.values:
            if column == "uid":
                continue
            incoming, current = change.clock_of(column), effective_clock(clocks, column)
            if incoming > current:
                wins.append(column)
            self.note_conflict(change, column, incoming, current, local)
        return wins

    def write_columns(self, change: Change, wins: list[str]) -> None:
        table = change.table
        if self.inserts and any(set(wins) & set(key) for key in change.info.natural_keys):
            self.inserts.changed(table)
        sets = ", ".join(f'"{column}" = ?' for column in wins)
        self.store.sql(f'UPDATE "{table}" SET {sets} WHERE uid = ?',
                       tuple(change.values[c] for c in wins) + (change.uid,))

    def note_conflict(self, change: Change, column: str, incoming: str, current: str,
                      local: Row) -> None:
        """A concurrent edit of a text: the loser's text, for a revision (once)."""
        if not concurrent_text_edit(change, column, incoming, current, local):
            return
        theirs = incoming < current
        conflict = losing_conflict(change, column, theirs, local)
        if any(same_text(kept, conflict) for kept in self.result.conflicts):
            return
        stamp(conflict, incoming if theirs else current)
        self.result.conflicts.append(conflict)

    def resolve_collision(self, info: TableInfo, record: Record, uid: str, values: Row) -> str:
        """Two uids for one natural key: keep the smaller one everywhere."""
        table = info.name
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


def sorted_records(records: list[Record], tables: list[str]
                   ) -> tuple[list[Record], list[Record], list[Record]]:
    """(upserts parents first, deletes children first, records of unknown tables); each
    table's in clock order."""
    order = {name: number for number, name in enumerate(tables)}
    upserts = sorted((r for r in records if r[3] == "u" and r[0] in order),
                     key=lambda r: (order[r[0]], r[2]))
    deletes = sorted((r for r in records if r[3] == "d" and r[0] in order),
                     key=lambda r: (-order[r[0]], r[2]))
    return upserts, deletes, [r for r in records if r[0] not in order]


def inserted_rowid(cursor: sqlite3.Cursor) -> int:
    """The rowid of the row an INSERT just made (the DB-API gives None only before one)."""
    if cursor.lastrowid is None:
        raise sqlite3.InterfaceError("an INSERT gave no rowid")
    return cursor.lastrowid
