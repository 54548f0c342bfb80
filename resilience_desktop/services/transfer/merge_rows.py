"""Row-by-row merge into a table that already holds rows (see merge.py).

A row that carries a ``uid`` (export format 2) is the same row as the one with
that uid here: it is skipped and its id maps to the existing row. A row
without one (format 1) is matched by content as before: all columns but the
integer id. Either way a row that collides on a UNIQUE key, or on the primary
key of a table without an integer id, is skipped (the current row wins).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from resilience_desktop.services.reading.report import ImportReport

if TYPE_CHECKING:
    from resilience_desktop.services.transfer.merge import (Connection, IdMap, Row, RowInsert,
                                                            TablePlan)

class _ExistingRows:
    """What the table holds, indexed the ways a merge looks rows up."""

    def __init__(self, conn: Connection, plan: TablePlan) -> None:
        self.plan = plan
        self.content_positions = [i for i, c in enumerate(plan.columns)
                                  if c not in (plan.id_column, "uid")]
        self.pk_positions = [plan.columns.index(c) for c in plan.pk_columns if c in plan.columns]
        self.key_positions = [[plan.columns.index(c) for c in cols] for cols in plan.unique_keys]
        self.uids: dict[str, Any] = {}  # uid -> id here
        self.contents: dict[tuple[Any, ...], list[Any]] = {}  # content -> ids not matched yet
        self.uniques: list[dict[tuple[Any, ...], Any]] = [{} for _ in plan.unique_keys]
        self.pk_values: set[tuple[Any, ...]] = set()
        self._load(conn)

    def _load(self, conn: Connection) -> None:
        plan = self.plan
        id_sql = f'"{plan.id_column}"' if plan.id_column else "rowid"
        has_uid = plan.has_uid_column
        columns = [id_sql] + (["uid"] if has_uid else []) + [f'"{c}"' for c in plan.columns]
        for record in conn.execute(f'SELECT {", ".join(columns)} FROM "{plan.name}"'):
            ident = record[0]
            if has_uid:
                self.uids[record[1]] = ident
            values = record[2 if has_uid else 1:]
            self.contents.setdefault(tuple(values[i] for i in self.content_positions),
                                     []).append(ident)
            self.remember(values, ident)

    def remember(self, values: Row | tuple[Any, ...], ident: Any) -> None:
        for positions, index in zip(self.key_positions, self.uniques):
            index[tuple(values[i] for i in positions)] = ident
        if self.pk_positions:
            self.pk_values.add(tuple(values[i] for i in self.pk_positions))

    def match(self, row: Row, uid: str | None) -> Any:
        """The existing row's id (True when it has none) this row is, or None."""
        if uid is not None and uid in self.uids:
            return self.uids[uid]
        if uid is None:  # format 1: one file row to one existing row of the same content
            candidates = self.contents.get(tuple(row[i] for i in self.content_positions))
            if candidates:
                return candidates.pop(0)
        return self._match_by_key(row)

    def _match_by_key(self, row: Row) -> Any:
        """By a unique key the file gives, or (a table without an id) by its primary key."""
        for positions, index in zip(self.key_positions, self.uniques):
            found = index.get(tuple(row[i] for i in positions))
            if found is not None:
                return found
        if (self.plan.id_column is None and self.pk_positions
                and tuple(row[i] for i in self.pk_positions) in self.pk_values):
            return True
        return None


def merge_rows(conn: Connection, plan: TablePlan, rows: list[Row], insert: RowInsert,
               report: ImportReport) -> IdMap:
    """Insert the rows that are not there yet (insert: merge.RowInsert);
    returns {file id: id here}."""
    existing = _ExistingRows(conn, plan)
    id_position = plan.columns.index(plan.id_column) if plan.id_column in plan.columns else None
    uid_position = plan.columns.index("uid") if "uid" in plan.columns else None
    mapping: IdMap = {}
    for row in rows:
        uid = row[uid_position] if uid_position is not None else None
        match = existing.match(row, uid)
        if match is not None:
            report.skipped += 1
            if id_position is not None and match is not True:
                mapping[row[id_position]] = match
            continue
        new_id = _insert(conn, row, insert, id_position, existing.pk_values)
        if id_position is not None:
            mapping[row[id_position]] = new_id
            existing.pk_values.add((new_id,))
        if uid is not None:
            existing.uids[uid] = new_id
        existing.remember(row, new_id)
        report.added += 1
    return mapping


def _insert(conn: Connection, row: Row, insert: RowInsert, id_position: int | None,
            pk_values: set[tuple[Any, ...]]) -> Any:
    row = insert.values(row)
    if id_position is None:
        return conn.execute(insert.sql, row).lastrowid
    old_id = row[id_position]
    if old_id is not None and (old_id,) not in pk_values:
        conn.execute(insert.sql, row)
        return old_id
    fresh = list(row)
    fresh[id_position] = None  # let SQLite choose a free id
    return conn.execute(insert.sql, fresh).lastrowid
