"""Shared by the journal importers (Daylio, jrnl): validate all, skip what the journal
already holds, then write through the journal's bulk writer (services/journal/bulk.py)
in one transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from resilience_desktop.core import clock
from resilience_desktop.core.db import database
from resilience_desktop.core.errors import ValidationError
from resilience_desktop.core.progress import Progress, report as report_progress
from resilience_desktop.services.journal import bulk
from resilience_desktop.services.journal.entries import EntryInput
from resilience_desktop.services.reading import values
from resilience_desktop.services.reading.report import ImportFailed, ImportReport

BATCH = 2000
MAX_TAG_CHARS = 200


def unique_tags(names: Iterable[str]) -> list[str]:
    """Clean tag names (no '#', single spaces), first spelling kept, case-insensitively unique."""
    tags: list[str] = []
    seen: set[str] = set()
    for raw in names:
        name = " ".join(raw.strip().lstrip("#").split())
        if name and name.lower() not in seen:
            seen.add(name.lower())
            tags.append(name)
    return tags


def check_entry(entry: EntryInput, allow_future: bool = False) -> None:
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


def validate_all(entries: list[tuple[str, EntryInput]], allow_future: bool = False) -> None:
    """entries: (where, EntryInput). Raises ImportFailed naming the first bad one."""
    for where, entry in entries:
        try:
            check_entry(entry, allow_future)
        except ValueError as error:
            raise ImportFailed(f"{where}: {error}") from None


def _existing_keys() -> set[tuple[str, str, str]]:
    cursor = database.execute_sql("SELECT entry_date, title, body FROM journal_entry")
    return {(str(day), title, body) for day, title, body in cursor}


def save_all(entries: list[tuple[str, EntryInput]], report: ImportReport | None = None,
             allow_future: bool = False, progress: Progress | None = None) -> ImportReport:
    """Save every entry not already in the journal (same date, title and text)."""
    report = report or ImportReport()
    validate_all(entries, allow_future)
    seen = _existing_keys()
    now = clock.now()
    with database.atomic():
        next_id = bulk.next_entry_id()
        first_id = next_id
        saved = bulk.suspend_search_triggers(len(entries))
        batch: list[bulk.NewEntry] = []
        for number, (_where, entry) in enumerate(entries, start=1):
            key = (entry.entry_date.isoformat(), entry.title, entry.body)
            if key in seen:
                report.skipped += 1
                continue
            seen.add(key)
            batch.append(bulk.NewEntry(next_id, entry, now))
            next_id += 1
            report.added += 1
            if len(batch) >= BATCH:
                bulk.write_batch(batch, tags=unique_tags)
                batch = []
                report_progress(progress, number, len(entries), "Saving entries")
        bulk.write_batch(batch, tags=unique_tags)
        report_progress(progress, len(entries), len(entries), "Indexing for search")
        bulk.resume_search_triggers(saved, first_id)
    report_progress(progress, len(entries), len(entries), "Saving entries")
    return report


def describe(entries: list[tuple[str, EntryInput]]) -> str:
    if not entries:
        return "The file holds no entries."
    days = sorted(entry.entry_date for _where, entry in entries)
    return (f"{len(entries)} entries from {days[0]:%Y-%m-%d} to {days[-1]:%Y-%m-%d}. "
            "Entries already in your journal are skipped.")
