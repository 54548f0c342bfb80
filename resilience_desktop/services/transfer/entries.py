"""Shared by the journal importers (Daylio, jrnl): validate all, then save in one transaction."""

from __future__ import annotations

from resilience_desktop.core.db import database
from resilience_desktop.core.errors import ValidationError
from resilience_desktop.services.transfer.report import ImportFailed, ImportReport


def validate_all(entries: list[tuple[str, object]]) -> None:
    """entries: (where, EntryInput). Raises ImportFailed naming the first bad one."""
    from resilience_desktop.services.journal.entries import validate

    for where, entry in entries:
        try:
            validate(entry)
        except ValidationError as error:
            raise ImportFailed(f"{where}: {error}") from error


def _existing_keys() -> set[tuple]:
    from resilience_desktop.core.models.journal import JournalEntry

    query = JournalEntry.select(JournalEntry.entry_date, JournalEntry.title, JournalEntry.body)
    return {(str(row.entry_date), row.title, row.body) for row in query}


def save_all(entries: list[tuple[str, object]], report: ImportReport | None = None) -> ImportReport:
    """Save every entry not already in the journal (same date, title and text)."""
    from resilience_desktop.services.journal.entries import save_entry

    report = report or ImportReport()
    validate_all(entries)
    seen = _existing_keys()
    with database.atomic():
        for _where, entry in entries:
            key = (entry.entry_date.isoformat(), entry.title, entry.body)
            if key in seen:
                report.skipped += 1
                continue
            save_entry(entry)
            seen.add(key)
            report.added += 1
    return report


def describe(entries: list[tuple[str, object]]) -> str:
    if not entries:
        return "The file holds no entries."
    days = sorted(entry.entry_date for _where, entry in entries)
    return (f"{len(entries)} entries from {days[0]:%Y-%m-%d} to {days[-1]:%Y-%m-%d}. "
            "Entries already in your journal are skipped.")
