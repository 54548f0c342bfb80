"""Import people from vCard (.vcf) files: a preview for the window, all-at-once for the CLI.

``preview_vcard_file`` parses the whole file and flags names that already
exist (or appear twice in the file) so the user decides: nothing is ever
merged silently. ``import_vcard_entries`` adds the chosen ones in one
transaction. ``import_vcard_file`` (the ``import --format vcard`` verb) adds
every named card whose name is new and reports the rest as skipped. A broken
file raises ImportFailed with the reason; nothing is saved.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from resilience_desktop.core import clock
from resilience_desktop.services.reading.report import ImportFailed, ImportReport
from resilience_desktop.services.people.records import (MAX_NAME, PersonInput, add_people,
                                                         existing_names)
from resilience_desktop.services.people.vcard import VCard, parse_vcards
from resilience_desktop.services.reading.textfile import read_text
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from resilience_desktop.core.log import get_logger

log = get_logger(__name__)

# What an imported person starts as (editable afterwards).
IMPORTED_RELATIONSHIP = "other"
IMPORTED_CLOSENESS = 2
ALREADY_EXISTS = QT_TRANSLATE_NOOP("Resilience", "already in your people")
TWICE_IN_FILE = QT_TRANSLATE_NOOP("Resilience", "appears more than once in this file")


@dataclass
class VCardEntry:
    name: str
    birthday: date | None
    note: str
    line: int
    duplicate: str = ""  # "" or why this name is flagged (ALREADY_EXISTS, TWICE_IN_FILE)


@dataclass
class VCardPreview:
    entries: list[VCardEntry]
    notes: list[str] = field(default_factory=list)  # cards that cannot be imported


MAX_BYTES = 50_000_000


def read_vcard_file(path: Path) -> list[VCard]:
    """Every card of the file (BOM accepted; not UTF-8, binary or too big: ImportFailed)."""
    text = read_text(path, MAX_BYTES)
    if not text.strip():
        raise ImportFailed(translate("Resilience", "The file is empty."))
    return parse_vcards(text)


def preview_vcards(cards: list[VCard]) -> VCardPreview:
    known = existing_names()
    seen: set[str] = set()
    preview = VCardPreview(entries=[])
    for card in cards:
        if not card.name:
            preview.notes.append(f"The card on line {card.line} has no name; it was left out.")
            continue
        name = card.name[:MAX_NAME]
        key = name.casefold()
        flag = ALREADY_EXISTS if key in known else TWICE_IN_FILE if key in seen else ""
        seen.add(key)
        preview.entries.append(VCardEntry(name, card.birthday, card.note, card.line, flag))
    return preview


def preview_vcard_file(path: Path) -> VCardPreview:
    """Parse a whole file without writing anything."""
    return preview_vcards(read_vcard_file(path))


def import_vcard_entries(entries: list[VCardEntry], today: date | None = None) -> ImportReport:
    """Add the chosen entries as people in one transaction."""
    today = today or clock.today()
    people = [PersonInput(name=entry.name, relationship=IMPORTED_RELATIONSHIP,
                          closeness=IMPORTED_CLOSENESS, notes=entry.note,
                          birthday=entry.birthday if entry.birthday and entry.birthday <= today
                          else None) for entry in entries]
    added = add_people(people, today)
    log.info("imported %d people from vCard", added)
    return ImportReport(added=added)


def import_vcard_file(path: Path) -> ImportReport:
    """Add every new name from a file; flagged names and nameless cards are skipped."""
    preview = preview_vcard_file(path)
    fresh = [entry for entry in preview.entries if not entry.duplicate]
    report = import_vcard_entries(fresh)
    flagged = [entry for entry in preview.entries if entry.duplicate]
    report.skipped = len(flagged) + len(preview.notes)
    report.notes.extend(f"Skipped {entry.name} (line {entry.line}): {entry.duplicate}."
                        for entry in flagged)
    report.notes.extend(preview.notes)
    return report
