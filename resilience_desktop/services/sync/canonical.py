"""Rows that ARE their natural key get the uid derived from it (schema.CANONICAL_TABLES).

A natural-key row written here gets a random uid; before it is sent it is renamed to its
derived uid (a captured change: the random uid was never sent, the derived one is). When
a journal joins a folder every such row is renamed at once, before its rows are queued
(capture off: the queue then holds the derived uids only). Renames are planned row by
row, as if each were made at once (a set of the table's uids stands for the table), then
made with one statement per table; another round only when a row's wanted uid was taken
and some rename may have freed it.
"""

from __future__ import annotations

from collections.abc import Callable

from resilience_desktop.core import triggers
from resilience_desktop.services.sync.schema import TableInfo
from resilience_desktop.services.sync.shapes import Row
from resilience_desktop.services.sync.store import Store

# Fires on any change of a tag row; a uid is not indexed for search.
TAG_SEARCH_UPDATE = ("journal_entry_tag_fts_update",)
# From this many renames of tags on, their search-update trigger is set aside.
MANY = 200


def canonicalise(store: Store, schema: dict[str, TableInfo], first: dict[str, list[str]],
                 again: Callable[[], dict[str, list[str]]]) -> bool:
    """Rename the rows of these uids ({table: uids}; ``again()`` gives them for a later
    round) whose uid is not the derived one. True: some were renamed."""
    from resilience_desktop.services.sync.outbox import RowReader

    renamed, uids = False, first
    for _round in range(3):  # a rename may free the uid another row needs
        moved = blocked = False
        for table, table_uids in uids.items():
            info = schema.get(table)
            if info is None or info.canonical_uid({}) is None:
                continue
            renames, was_blocked = planned_renames(store, info,
                                                   RowReader(store).rows(info, table_uids))
            blocked = blocked or was_blocked
            if renames:
                rename_rows(store, table, renames)
                moved = renamed = True
        if not (moved and blocked):
            return renamed
        uids = again()
    return renamed


def every_uid(store: Store, schema: dict[str, TableInfo]) -> dict[str, list[str]]:
    """The uids of every natural-key row (a journal joining a folder)."""
    return {name: [uid for (uid,) in store.sql(f'SELECT uid FROM "{name}" WHERE uid != \'\'')]
            for name, info in schema.items() if info.canonical_uid({}) is not None}


def canonicalise_all(store: Store, schema: dict[str, TableInfo]) -> None:
    """Joining: every natural-key row, capture off (the rows are queued afterwards)."""
    store.capture_off()
    try:
        canonicalise(store, schema, every_uid(store, schema), lambda: every_uid(store, schema))
    finally:
        store.capture_on()


def planned_renames(store: Store, info: TableInfo, rows: dict[str, Row]
                    ) -> tuple[list[tuple[str, str]], bool]:
    """[(wanted, uid)] in row order, and whether a wanted uid was taken (by a row this
    round did not rename)."""
    renames: list[tuple[str, str]] = []
    blocked, present = False, None
    for uid, row in rows.items():
        wanted = info.canonical_uid(row)
        if wanted is None or wanted == uid:
            continue
        if present is None:
            present = {u for (u,) in store.sql(f'SELECT uid FROM "{info.name}"')}
        if wanted in present:
            blocked = True
            continue
        present.discard(uid)
        present.add(wanted)
        renames.append((wanted, uid))
    return renames, blocked


def rename_rows(store: Store, table: str, renames: list[tuple[str, str]]) -> None:
    """A uid is not searched for: a tag's search-index update trigger is set aside (the
    tags' names stay the same) while many are renamed."""
    connection = store.db.connection()
    saved = (triggers.suspend(connection, TAG_SEARCH_UPDATE)
             if table == "journal_entry_tag" and len(renames) >= MANY else [])
    connection.executemany(f'UPDATE "{table}" SET uid = ? WHERE uid = ?', renames)
    triggers.restore(connection, saved)
