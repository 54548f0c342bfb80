"""Row-by-row merge into a table that already holds rows (see transfer_merge)."""

from __future__ import annotations


def _content_columns(plan) -> list[int]:
    """Positions compared to decide "already there": all but the integer id."""
    return [i for i, c in enumerate(plan.columns) if c != plan.id_column]


def _existing_index(conn, plan):
    positions = _content_columns(plan)
    id_col = plan.id_column or "rowid"
    select_cols = ", ".join([f'"{id_col}"' if plan.id_column else "rowid"]
                            + [f'"{c}"' for c in plan.columns])
    contents: dict[tuple, object] = {}
    uniques: list[dict[tuple, object]] = [{} for _ in plan.unique_keys]
    pk_values: set[tuple] = set()
    pk_positions = [plan.columns.index(c) for c in plan.pk_columns if c in plan.columns]
    for record in conn.execute(f'SELECT {select_cols} FROM "{plan.name}"'):
        ident, values = record[0], record[1:]
        contents.setdefault(tuple(values[i] for i in positions), ident)
        for key_cols, mapping in zip(plan.unique_keys, uniques):
            mapping[tuple(values[plan.columns.index(c)] for c in key_cols)] = ident
        if pk_positions:
            pk_values.add(tuple(values[i] for i in pk_positions))
    return positions, contents, uniques, pk_values, pk_positions


def merge_rows(conn, plan, rows, insert: str, report) -> dict:
    positions, contents, uniques, pk_values, pk_positions = _existing_index(conn, plan)
    id_position = plan.columns.index(plan.id_column) if plan.id_column in plan.columns else None
    mapping: dict = {}
    for row in rows:
        match = contents.get(tuple(row[i] for i in positions))
        if match is None:
            for key_cols, index in zip(plan.unique_keys, uniques):
                match = index.get(tuple(row[plan.columns.index(c)] for c in key_cols))
                if match is not None:
                    break
        if match is None and id_position is None and pk_positions:
            if tuple(row[i] for i in pk_positions) in pk_values:
                match = True
        if match is not None:
            report.skipped += 1
            if id_position is not None and match is not True:
                mapping[row[id_position]] = match
            continue
        new_id = _insert(conn, plan, row, insert, id_position, pk_values)
        if id_position is not None:
            mapping[row[id_position]] = new_id
        contents[tuple(row[i] for i in positions)] = new_id
        for key_cols, index in zip(plan.unique_keys, uniques):
            index[tuple(row[plan.columns.index(c)] for c in key_cols)] = new_id
        if id_position is not None:
            pk_values.add((new_id,))
        elif pk_positions:
            pk_values.add(tuple(row[i] for i in pk_positions))
        report.added += 1
    return mapping


def _insert(conn, plan, row, insert, id_position, pk_values):
    if id_position is None:
        return conn.execute(insert, row).lastrowid
    old_id = row[id_position]
    if old_id is not None and (old_id,) not in pk_values:
        conn.execute(insert, row)
        return old_id
    fresh = list(row)
    fresh[id_position] = None  # let SQLite choose a free id
    return conn.execute(insert, fresh).lastrowid
