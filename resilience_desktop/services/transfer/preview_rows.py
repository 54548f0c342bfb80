"""The first journal entries an import would add (date + title or first words), for previews."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from resilience_desktop.services.journal.entries import EntryInput

PREVIEW_ROWS = 50
FIRST_WORDS = 12


@dataclass(frozen=True)
class PreviewRow:
    day: str  # 2024-03-01
    text: str  # the title, else the first words of the text


def _existing_keys() -> set[tuple[str, str, str]]:
    from resilience_desktop.core.models.journal import JournalEntry

    query = JournalEntry.select(JournalEntry.entry_date, JournalEntry.title, JournalEntry.body)
    return {(str(row.entry_date), row.title, row.body) for row in query}


def first_words(text: str, count: int = FIRST_WORDS) -> str:
    words = text.split()
    return " ".join(words[:count]) + ("…" if len(words) > count else "")


def first_new_rows(entries: list[tuple[str, EntryInput]],
                   limit: int = PREVIEW_ROWS) -> list[PreviewRow]:
    """entries: (where, EntryInput) in import order; those already saved are left out,
    as the import skips them (same date, title and text)."""
    seen = _existing_keys()
    rows = []
    for _where, entry in entries:
        key = (entry.entry_date.isoformat(), entry.title, entry.body)
        if key in seen:
            continue
        seen.add(key)
        rows.append(PreviewRow(key[0], entry.title.strip() or first_words(entry.body)))
        if len(rows) >= limit:
            break
    return rows


def jrnl_first_rows(path: Path, limit: int = PREVIEW_ROWS) -> list[PreviewRow]:
    from resilience_desktop.services.transfer.jrnl import parse_jrnl

    return first_new_rows(parse_jrnl(path), limit)
