"""Shared by the journal importers (Daylio, jrnl): validate all, then save in one transaction.

Entries are written in bulk with plain SQL (tens of thousands in seconds): each
entry's tag rows go in just before the entry itself (foreign keys deferred to
the commit), so the search-index trigger reads an entry's tags once instead of
once per tag — an entry with 10,000 tags takes milliseconds. A large import
indexes its entries for search in one statement instead: the insert triggers
of migration 3 are dropped and re-created from their own SQL inside the same
transaction (so a failure anywhere leaves them exactly as they were).
"""

from __future__ import annotations

import os
from datetime import date

from resilience_desktop.core import clock
from resilience_desktop.core.db import database
from resilience_desktop.core.errors import ValidationError
from resilience_desktop.core.progress import Progress, report as report_progress
from resilience_desktop.services.transfer import triggers, values
from resilience_desktop.services.transfer.report import ImportFailed, ImportReport

BATCH = 2000


def new_uid() -> str:
    """core.models.base.new_uid's shape (32 hex digits), without building a UUID object:
    an import makes one per entry and per tag."""
    return os.urandom(16).hex()
MAX_TAG_CHARS = 200


def unique_tags(names) -> list[str]:
    """Clean tag names (no '#', single spaces), first spelling kept, case-insensitively unique."""
    tags, seen = [], set()
    for raw in names:
        name = " ".join(raw.strip().lstrip("#").split())
        if name and name.lower() not in seen:
            seen.add(name.lower())
            tags.append(name)
    return tags


def check_entry(entry, allow_future: bool = False) -> None:
    """The journal's own rules (services/journal/entries.validate) plus text checks;
    a future date passes when allow_future (jrnl journals may hold them)."""
    from resilience_desktop.services.journal.entries import validate

    for text in (entry.title, entry.body, *entry.tags):
        values.check_text(text)
    if any(len(tag) > MAX_TAG_CHARS for tag in entry.tags):
        raise ValueError(f"a tag is longer than {MAX_TAG_CHARS} characters.")
    if allow_future and isinstance(entry.entry_date, date) and entry.entry_date > clock.today():
        from dataclasses import replace

        entry = replace(entry, entry_date=clock.today())
    try:
        validate(entry)
    except ValidationError as error:
        raise ValueError(str(error)) from None


def validate_all(entries: list[tuple[str, object]], allow_future: bool = False) -> None:
    """entries: (where, EntryInput). Raises ImportFailed naming the first bad one."""
    for where, entry in entries:
        try:
            check_entry(entry, allow_future)
        except ValueError as error:
            raise ImportFailed(f"{where}: {error}") from None


def _existing_keys() -> set[tuple]:
    cursor = database.execute_sql("SELECT entry_date, title, body FROM journal_entry")
    return {(str(day), title, body) for day, title, body in cursor}


def _entry_row(entry_id: int, entry, now: str) -> tuple:
    return (entry_id, entry.entry_date.isoformat(), entry.title, entry.body, entry.kind,
            entry.pleasantness, entry.energy, entry.intensity_before, entry.intensity_after,
            now, now, new_uid())


INSERT_ENTRY = ("INSERT INTO journal_entry (id, entry_date, title, body, kind, pleasantness, "
                "energy, intensity_before, intensity_after, created_at, updated_at, uid) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
INSERT_TAG = "INSERT INTO journal_entry_tag (entry_id, name, uid) VALUES (?, ?, ?)"


def _write_batch(conn, batch: list[tuple[int, object]], now: str) -> None:
    for entry_id, entry in batch:  # tags first: the entry's index row then reads them once
        conn.executemany(INSERT_TAG, [(entry_id, name, new_uid())
                                      for name in unique_tags(entry.tags)])
    conn.executemany(INSERT_ENTRY, [_entry_row(entry_id, entry, now) for entry_id, entry in batch])


SEARCH_TRIGGERS = ("journal_entry_fts_insert", "journal_entry_tag_fts_insert")
BULK_INDEX_FROM = 500  # entries; below this the triggers do the indexing
INDEX_NEW_ENTRIES = (
    "INSERT INTO journal_entry_fts (rowid, title, body, tags)"
    " SELECT e.id, e.title, e.body, (SELECT coalesce(group_concat(name, ' '), '')"
    " FROM journal_entry_tag WHERE entry_id = e.id) FROM journal_entry e WHERE e.id >= ?")


def _suspend_search_triggers(conn) -> list[str]:
    """Drop the insert triggers (inside the caller's transaction); their SQL to re-create
    them. Empty when they are not all there (then nothing is dropped)."""
    return triggers.suspend(conn, SEARCH_TRIGGERS)


def _resume_search_triggers(conn, saved: list[str], first_id: int) -> None:
    if saved:
        conn.execute(INDEX_NEW_ENTRIES, (first_id,))
        triggers.restore(conn, saved)


def save_all(entries: list[tuple[str, object]], report: ImportReport | None = None,
             allow_future: bool = False, progress: Progress | None = None) -> ImportReport:
    """Save every entry not already in the journal (same date, title and text)."""
    report = report or ImportReport()
    validate_all(entries, allow_future)
    seen = _existing_keys()
    now = str(clock.now())
    with database.atomic():
        conn = database.connection()
        conn.execute("PRAGMA defer_foreign_keys = ON")
        next_id = (conn.execute("SELECT max(id) FROM journal_entry").fetchone()[0] or 0) + 1
        first_id = next_id
        saved = _suspend_search_triggers(conn) if len(entries) >= BULK_INDEX_FROM else []
        batch: list[tuple[int, object]] = []
        for number, (_where, entry) in enumerate(entries, start=1):
            key = (entry.entry_date.isoformat(), entry.title, entry.body)
            if key in seen:
                report.skipped += 1
                continue
            seen.add(key)
            batch.append((next_id, entry))
            next_id += 1
            report.added += 1
            if len(batch) >= BATCH:
                _write_batch(conn, batch, now)
                batch = []
                report_progress(progress, number, len(entries), "Saving entries")
        _write_batch(conn, batch, now)
        report_progress(progress, len(entries), len(entries), "Indexing for search")
        _resume_search_triggers(conn, saved, first_id)
    report_progress(progress, len(entries), len(entries), "Saving entries")
    return report


def describe(entries: list[tuple[str, object]]) -> str:
    if not entries:
        return "The file holds no entries."
    days = sorted(entry.entry_date for _where, entry in entries)
    return (f"{len(entries)} entries from {days[0]:%Y-%m-%d} to {days[-1]:%Y-%m-%d}. "
            "Entries already in your journal are skipped.")
