"""What the sync engine knows about each synced table, read from the live schema.

Columns (without the local ``id``), foreign keys (written in records as the parent's uid),
unique natural keys other than the uid (two computers adding the same one: the smaller
uid is kept), and an order where parents come before their children.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from resilience_desktop.core import sync_capture

#: Text people write: a concurrent edit that loses is kept (entries: as a revision).
TEXT_COLUMNS = {
    "journal_entry": ("title", "body"),
    "person": ("notes",), "social_group": ("notes",), "contact": ("note",),
    "exercise_session": ("notes",), "calm_session": ("notes",),
    "insights_strength": ("description",), "insights_strength_example": ("note",),
}


@dataclass
class TableInfo:
    name: str
    columns: list[str]
    foreign_keys: dict[str, tuple[str, str]] = field(default_factory=dict)  # col -> (parent, on_delete)
    natural_keys: list[tuple[str, ...]] = field(default_factory=list)
    text_columns: tuple[str, ...] = ()


def _natural_keys(db, table: str) -> list[tuple[str, ...]]:
    keys = []
    for row in db.execute_sql(f'PRAGMA index_list("{table}")').fetchall():
        name, unique = row[1], row[2]
        if not unique:
            continue
        columns = tuple(info[2] for info in db.execute_sql(f'PRAGMA index_info("{name}")'))
        if columns and columns != ("uid",) and "id" not in columns:
            keys.append(columns)
    return keys


def table_info(db, table: str) -> TableInfo:
    foreign_keys = {row[3]: (row[2], row[6].upper()) for row in
                    db.execute_sql(f'PRAGMA foreign_key_list("{table}")').fetchall()}
    return TableInfo(table, sync_capture.table_columns(db, table), foreign_keys,
                     _natural_keys(db, table), TEXT_COLUMNS.get(table, ()))


def load_schema(db) -> dict[str, TableInfo]:
    """Synced tables, parents first (a table's foreign keys point to earlier tables)."""
    infos = {name: table_info(db, name) for name in sync_capture.synced_tables(db)}
    ordered: dict[str, TableInfo] = {}

    def visit(name: str, path: tuple[str, ...] = ()) -> None:
        if name in ordered or name in path or name not in infos:
            return
        for parent, _on_delete in infos[name].foreign_keys.values():
            visit(parent, path + (name,))
        ordered[name] = infos[name]

    for name in infos:
        visit(name)
    return ordered
