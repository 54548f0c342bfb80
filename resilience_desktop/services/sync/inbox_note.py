"""A note dropped into the sync folder's ``inbox/`` (from a phone) as a journal entry.

Qt-free. The format (docs/journal.md, "Inbox notes"): a UTF-8 ``.md`` or ``.txt`` file (a
BOM and CRLF line ends are fine).

* The first line may be ``YYYY-MM-DD HH:MM``: the entry's day. Otherwise the day is the
  file's time, which the caller passes (``mtime``). An entry carries a day, not a time.
* Any line ``mood: P E`` (pleasantness and energy, whole numbers from -5 to 5) and
  ``tags: a, b`` is taken out of the text and sets the entry's mood and tags.
* The rest is the text; its first sentence or line becomes the title (as ``write``;
  a Markdown heading's ``#`` marks are dropped from it).

``parse_inbox_note`` is a pure function; a wrong value raises ``InboxNoteError`` naming the
file and the line. ``import_inbox_note`` writes the entry through the journal's one writer
(``entries.save_entry``) and records the sha256 of the note's bytes in the ``inbox_import``
table (migration m0008) in the same transaction; a note whose hash is already there is
skipped (returns None). That table is synced data, and its row's uid is derived from the
hash, so a note is imported once across all computers once they have synced. The entry's
uid is derived from the hash too: two computers that import the same note before they
have synced each other make the same entry (same uid, same text), which the sync merges
into one row (its tags' uids derive from the entry's, so they merge as well). The sync
engine (services/sync) reads the file, calls ``import_inbox_note`` and then moves the file
to ``inbox/imported/`` (also when it returns None).
"""

from __future__ import annotations

import hashlib
import re
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from resilience_desktop.core import clock
from resilience_desktop.core.db import database
from resilience_desktop.core.errors import ValidationError
from resilience_desktop.core.models.journal_history import InboxImport
from resilience_desktop.services.journal.entries import EntryInput, parse_tags
from resilience_desktop.services.journal.plain_text import split_title
from resilience_desktop.core.i18n import translate
from resilience_desktop.core.log import get_logger

log = get_logger(__name__)
NOTE_SUFFIXES = (".md", ".txt")
_DATE_LINE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})[ T](\d{1,2}:\d{2})\s*$")
_LOOKS_LIKE_DATE = re.compile(r"^\s*\d{4}-\d{1,2}-\d{1,2}\b")
_FIELD_LINE = re.compile(r"^\s*(mood|tags)\s*:(.*)$", re.IGNORECASE)
_HEADING = re.compile(r"^#{1,6}\s+")
_NAMESPACE = uuid.UUID("a8d1f2c4-7b3e-4f05-8c9a-2e6b1d0f4a73")


class InboxNoteError(ValidationError):
    """The note cannot become an entry; the message names the file and the line."""


@dataclass(frozen=True)
class InboxNote:
    entry: EntryInput
    content_hash: str  # sha256 of the file's bytes, hex


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _decode(data: bytes, name: str) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InboxNoteError(translate("Resilience", "{name}: the note is not UTF-8 text.").format(name=name)) from None
    if "\x00" in text:
        raise InboxNoteError(translate("Resilience", "{name}: the note is not text (it holds NUL bytes).").format(name=name))
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _note_day(line: str, name: str) -> date | None:
    match = _DATE_LINE.match(line)
    if match is None:
        if _LOOKS_LIKE_DATE.match(line) and len(line.split()) <= 2:
            raise InboxNoteError(translate("Resilience", "{name}, line 1: {line!r} is not a date and time written YYYY-MM-DD HH:MM.").format(name=name, line=line.strip()))
        return None
    try:
        return datetime.strptime(f"{match.group(1)} {match.group(2)}", "%Y-%m-%d %H:%M").date()
    except ValueError:
        raise InboxNoteError(translate("Resilience", "{name}, line 1: {line!r} is not a real date and time.").format(name=name, line=line.strip())) from None


def _mood(value: str, name: str, number: int) -> tuple[int, int]:
    parts = value.replace(",", " ").split()
    try:
        numbers = [int(part) for part in parts]
    except ValueError:
        numbers = []
    if len(numbers) != 2 or not all(-5 <= n <= 5 for n in numbers):
        raise InboxNoteError(
            translate("Resilience", "{name}, line {number}: 'mood:' needs two whole numbers from -5 to 5, pleasantness then energy (like 'mood: 2 -1'), not {value!r}.").format(name=name, number=number, value=value.strip()))
    return numbers[0], numbers[1]


def parse_inbox_note(data: bytes, name: str, mtime: datetime) -> InboxNote:
    """The entry a note's bytes describe (name: the file's name, for messages)."""
    lines = _decode(data, name).split("\n")
    day = _note_day(lines[0], name) if lines else None
    note = _read_lines(lines, 1 if day is not None else 0, name)
    title, body = _title_and_body(note.kept, name)
    pleasantness, energy = note.mood or (None, None)
    entry = EntryInput(entry_date=day or mtime.date(), title=title, body=body, tags=note.tags,
                       pleasantness=pleasantness, energy=energy)
    return InboxNote(entry, content_hash(data))


@dataclass
class _NoteLines:
    """A note's lines after its date line: the text kept, and its mood and tags lines."""

    kept: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    mood: tuple[int, int] | None = None


def _read_lines(lines: list[str], first: int, name: str) -> _NoteLines:
    note = _NoteLines()
    for number, line in enumerate(lines[first:], start=first + 1):
        field_line = _FIELD_LINE.match(line)
        if field_line is None:
            note.kept.append(line)
        elif field_line.group(1).lower() == "mood":
            note.mood = _mood(field_line.group(2), name, number)
        else:
            note.tags += [t for t in parse_tags(field_line.group(2)) if t not in note.tags]
    return note


def _title_and_body(kept: list[str], name: str) -> tuple[str, str]:
    title, body = split_title("\n".join(kept))
    title = _HEADING.sub("", title)  # a Markdown heading "# Title" is the title
    if not title and not body:
        raise InboxNoteError(translate("Resilience", "{name}: the note has no text to keep.").format(name=name))
    return title, body


def already_imported(hash_: str) -> bool:
    return InboxImport.select().where(InboxImport.content_hash == hash_).exists()


def inbox_uid(hash_: str) -> str:
    return uuid.uuid5(_NAMESPACE, hash_).hex


def inbox_entry_uid(hash_: str) -> str:
    """The uid of the entry a note becomes: the same on every computer."""
    return uuid.uuid5(_NAMESPACE, f"journal_entry:{hash_}").hex


def _entry_exists(uid: str) -> bool:
    from resilience_desktop.core.models.journal import JournalEntry

    return JournalEntry.select().where(JournalEntry.uid == uid).exists()


def import_inbox_note(data: bytes, name: str, mtime: datetime) -> int | None:
    """Write the note as an entry, once: the new entry's id, or None when a note with
    the same bytes was imported before (here or on a computer this one synced with).
    InboxNoteError (a ValidationError) when it cannot become an entry; nothing written."""
    from resilience_desktop.services.journal.entries import save_entry

    hash_ = content_hash(data)
    if already_imported(hash_) or _entry_exists(inbox_entry_uid(hash_)):
        return None
    note = parse_inbox_note(data, name, mtime)
    try:
        with database.atomic():
            entry_id = save_entry(note.entry, uid=inbox_entry_uid(hash_))
            InboxImport.insert(uid=inbox_uid(hash_), content_hash=hash_, entry=entry_id,
                               imported_at=clock.now()).execute()
    except ValidationError as error:
        raise InboxNoteError(f"{name}: {error}") from None
    log.info("inbox note imported as journal entry %s", entry_id)
    return entry_id
