"""Finding entries by day or by uid, for the terminal verbs (``edit``). Qt-free, read-only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from resilience_desktop.core.errors import ValidationError
from resilience_desktop.core.models.journal import JournalEntry
from resilience_desktop.core.i18n import translate

# The shortest uid prefix `edit` accepts.
MIN_UID_PREFIX = 6


@dataclass(frozen=True)
class EntryRef:
    id: int
    uid: str
    entry_date: date
    created_at: datetime
    title: str


def _ref(row: JournalEntry) -> EntryRef:
    return EntryRef(row.id, row.uid, row.entry_date, row.created_at, row.title or "")


def uid_of(entry_id: int) -> str:
    return JournalEntry.get_by_id(entry_id).uid


def entries_on(day: date) -> list[EntryRef]:
    """The day's entries not in the Trash, in the order they were written."""
    rows = (JournalEntry.select().where(JournalEntry.entry_date == day,
                                        JournalEntry.deleted_at.is_null())
            .order_by(JournalEntry.created_at, JournalEntry.id))
    return [_ref(row) for row in rows]


def entry_by_uid(text: str) -> EntryRef:
    """The entry whose uid is text or starts with it (at least MIN_UID_PREFIX hex
    digits); ValidationError with a plain message otherwise."""
    prefix = text.strip().lower()
    if len(prefix) < MIN_UID_PREFIX or any(ch not in "0123456789abcdef" for ch in prefix):
        raise ValidationError(translate("Resilience", "{text!r} is not an entry uid (32 hex digits, or at least the first {min_uid_prefix}).").format(text=text, min_uid_prefix=MIN_UID_PREFIX))
    rows = list(JournalEntry.select().where(JournalEntry.uid.startswith(prefix)).limit(2))
    if not rows:
        raise ValidationError(translate("Resilience", "No entry has the uid {text!r}.").format(text=text))
    if len(rows) > 1:
        raise ValidationError(translate("Resilience", "More than one entry's uid starts with {text!r}; give more of it.").format(text=text))
    if rows[0].deleted_at is not None:
        raise ValidationError(translate("Resilience", "That entry is in the Trash; restore it in the window first."))
    return _ref(rows[0])
