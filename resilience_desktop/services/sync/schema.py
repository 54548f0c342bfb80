"""What the sync engine knows about each synced table, read from the live schema.

Columns (without the local ``id``), foreign keys (written in records as the parent's uid),
unique natural keys other than the uid (two computers adding the same one: the smaller
uid is kept), and an order where parents come before their children.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field

from resilience_desktop.core import sync_capture
from resilience_desktop.services.sync.shapes import Database, Row

# Text people write: a concurrent edit that loses is kept (entries: as a revision).
TEXT_COLUMNS = {
    "journal_entry": ("title", "body"),
    "person": ("notes",), "social_group": ("notes",), "contact": ("note",),
    "exercise_session": ("notes",), "calm_session": ("notes",),
    "insights_strength": ("description",), "insights_strength_example": ("note",),
}


# Rows that ARE their natural key (a tag on an entry, a feeling word, an activity name,
# who was at a meeting...): their uid is derived from it (uuid5, the same namespace as
# the built-in activities' seed uids of m0007), so two computers adding the same one make
# one row, and a writer that deletes and re-creates them (entries.save_entry) keeps it.
CANONICAL_TABLES = ("journal_entry_tag", "journal_entry_emotion", "emotion_word",
                    "exercise_activity", "calm_pattern", "group_membership", "contact_person",
                    "exercise_session_person", "exercise_session_group", "insights_answer")
SEED_NAMESPACE = uuid.UUID("6f1c0b52-8d4e-4c36-9a5e-6a2f3e1d7b90")  # = m0007_stable_ids


@dataclass
class TableInfo:
    name: str
    columns: list[str]
    foreign_keys: dict[str, tuple[str, str]] = field(default_factory=dict)  # col -> (parent, on_delete)
    natural_keys: list[tuple[str, ...]] = field(default_factory=list)
    text_columns: tuple[str, ...] = ()

    def canonical_uid(self, row: Row) -> str | None:
        """The uid a row of a CANONICAL_TABLES table must have (row: parents as uids)."""
        if self.name not in CANONICAL_TABLES or not self.natural_keys:
            return None
        key = ":".join(str(row.get(column)) for column in self.natural_keys[0])
        return uuid5_hex(f"{self.name}:{key}")


def uuid5_hex(name: str) -> str:
    """``uuid.uuid5(SEED_NAMESPACE, name).hex`` without building UUID objects (joining a
    folder derives one for every tag, feeling and link row)."""
    digest = bytearray(hashlib.sha1(SEED_NAMESPACE.bytes + name.encode("utf-8")).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # RFC 4122 variant
    return digest.hex()


def _natural_keys(db: Database, table: str) -> list[tuple[str, ...]]:
    keys = []
    for row in db.execute_sql(f'PRAGMA index_list("{table}")').fetchall():
        name, unique = row[1], row[2]
        if not unique:
            continue
        columns = tuple(info[2] for info in db.execute_sql(f'PRAGMA index_info("{name}")'))
        if columns and columns != ("uid",) and "id" not in columns:
            keys.append(columns)
    return keys


def table_info(db: Database, table: str) -> TableInfo:
    foreign_keys = {row[3]: (row[2], row[6].upper()) for row in
                    db.execute_sql(f'PRAGMA foreign_key_list("{table}")').fetchall()}
    return TableInfo(table, sync_capture.table_columns(db, table), foreign_keys,
                     _natural_keys(db, table), TEXT_COLUMNS.get(table, ()))


def load_schema(db: Database) -> dict[str, TableInfo]:
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
