"""The journal's bulk writer: many new entries at once (importers, the demo).

With ``entries.save_entry`` (one entry from the window, the verbs, check-ins,
inbox notes, sync) this is one of the two doors to the journal tables, and both
write the same columns: an entry row, its tags and its feelings. Call it inside
the caller's transaction; it does not validate (the caller has, with
``entries.validate``).

Rows are written with plain SQL (tens of thousands in seconds): each entry's tag
and feeling rows go in just before the entry itself (foreign keys deferred to
the commit), so the search-index trigger reads an entry's tags once instead of
once per tag. A large batch is indexed for search in one statement instead: the
insert triggers of migration 3 are dropped and re-created from their own SQL
inside the same transaction (a failure anywhere leaves them exactly as they were).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from resilience_desktop.core import triggers
from resilience_desktop.core.db import database
from resilience_desktop.services.journal.emotions import normalise_word
from resilience_desktop.services.journal.entries import EntryInput

ENTRY_COLUMNS = ("id", "entry_date", "title", "body", "kind", "pleasantness", "energy",
                 "intensity_before", "intensity_after", "follow_up_of_id", "follow_up_stage",
                 "created_at", "updated_at", "uid")
INSERT_ENTRY = (f"INSERT INTO journal_entry ({', '.join(ENTRY_COLUMNS)}) "
                f"VALUES ({', '.join('?' for _ in ENTRY_COLUMNS)})")
INSERT_TAG = "INSERT INTO journal_entry_tag (entry_id, name, uid) VALUES (?, ?, ?)"
INSERT_FEELING = ("INSERT INTO journal_entry_emotion (entry_id, word, position, uid) "
                  "VALUES (?, ?, ?, ?)")
SEARCH_TRIGGERS = ("journal_entry_fts_insert", "journal_entry_tag_fts_insert")
BULK_INDEX_FROM = 500  # entries; below this the triggers do the indexing
INDEX_NEW_ENTRIES = (
    "INSERT INTO journal_entry_fts (rowid, title, body, tags)"
    " SELECT e.id, e.title, e.body, (SELECT coalesce(group_concat(name, ' '), '')"
    " FROM journal_entry_tag WHERE entry_id = e.id) FROM journal_entry e WHERE e.id >= ?")


def new_uid() -> str:
    """core.models.base.new_uid's shape (32 hex digits), without building a UUID object:
    a bulk write makes one per entry, tag and feeling."""
    return os.urandom(16).hex()


@dataclass(frozen=True)
class NewEntry:
    """An entry to add with its id and creation time (imports: all the same moment;
    the demo: each its own). ``uid`` empty: a new random one."""

    id: int
    entry: EntryInput
    created_at: datetime
    uid: str = ""


def next_entry_id() -> int:
    return int(database.connection().execute(
        "SELECT coalesce(max(id), 0) + 1 FROM journal_entry").fetchone()[0])


def feelings(words: Iterable[str]) -> list[str]:
    """Feeling words as save_entry keeps them: normalised, first spelling, no repeats."""
    kept: list[str] = []
    for word in words:
        clean = normalise_word(word)
        if clean and clean not in kept:
            kept.append(clean)
    return kept


def _entry_row(new: NewEntry) -> tuple[object, ...]:
    e, at = new.entry, str(new.created_at)
    return (new.id, e.entry_date.isoformat(), e.title, e.body, e.kind, e.pleasantness,
            e.energy, e.intensity_before, e.intensity_after, e.follow_up_of,
            e.follow_up_stage, at, at, new.uid or new_uid())


def write_batch(batch: list[NewEntry], tags: Callable[[list[str]], list[str]]) -> None:
    """Insert these entries, their tags and feelings (inside the caller's transaction).
    ``tags`` cleans an entry's tag list (importers keep their own first-spelling rule)."""
    conn = database.connection()
    conn.execute("PRAGMA defer_foreign_keys = ON")
    for new in batch:  # tags first: the entry's index row then reads them once
        conn.executemany(INSERT_TAG, [(new.id, name, new_uid()) for name in tags(new.entry.tags)])
        conn.executemany(INSERT_FEELING, [(new.id, word, position, new_uid()) for position, word
                                          in enumerate(feelings(new.entry.emotions))])
    conn.executemany(INSERT_ENTRY, [_entry_row(new) for new in batch])


def suspend_search_triggers(count: int) -> list[str]:
    """Before writing ``count`` entries: for a large batch, drop the search insert triggers
    (their SQL is returned to resume them). Empty when the triggers should stay."""
    if count < BULK_INDEX_FROM:
        return []
    return triggers.suspend(database.connection(), SEARCH_TRIGGERS)


def reindex_all_and_resume(saved: list[str]) -> None:
    """After a batch written with the triggers suspended into a journal whose index may
    hold partial rows (sync's first pull): empty the index, index every entry, resume."""
    if saved:
        database.connection().execute("DELETE FROM journal_entry_fts")
        resume_search_triggers(saved, 1)


def resume_search_triggers(saved: list[str], first_id: int) -> None:
    """Index the entries from first_id in one statement and re-create the triggers."""
    if saved:
        conn = database.connection()
        conn.execute(INDEX_NEW_ENTRIES, (first_id,))
        triggers.restore(conn, saved)
