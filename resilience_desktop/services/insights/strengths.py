"""Strengths in the person's own words, each with examples picked from their entries,
and the weekly "three good things" reflection, saved as a gratitude journal entry."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from resilience_desktop.core import clock, date_range
from resilience_desktop.core.db import database
from resilience_desktop.core.errors import ValidationError
from resilience_desktop.core.models.base import new_uid
from resilience_desktop.core.models.insights import Strength, StrengthExample
from resilience_desktop.core.models.journal import KIND_GRATITUDE
from resilience_desktop.services.journal.entries import EntryInput, save_entry
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from resilience_desktop.core.log import get_logger

log = get_logger(__name__)
MAX_NAME = 200
GOOD_THINGS_TITLE = QT_TRANSLATE_NOOP("Resilience", "Three good things")
GOOD_THINGS_TAG = QT_TRANSLATE_NOOP("Resilience", "three good things")
EXCERPT_CHARS = 160


@dataclass(frozen=True)
class ExampleRow:
    id: int
    entry_id: int | None
    entry_date: date | None
    title: str
    excerpt: str
    note: str


@dataclass
class StrengthRow:
    id: int
    name: str
    description: str
    examples: list[ExampleRow] = field(default_factory=list)


def _clean(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise ValidationError(translate("Resilience", "Give the strength a name, in your own words."))
    if len(name) > MAX_NAME:
        raise ValidationError(translate("Resilience", "The name is too long (at most {max_name} characters).").format(max_name=MAX_NAME))
    return name


def save_strength(name: str, description: str, strength_id: int | None = None, *,
                  uid: str | None = None, created_at: datetime | None = None) -> int:
    """Add a strength (strength_id None) or change one; uid and created_at (a new one
    only): a stable id and a creation time (the demo chooses both)."""
    name = _clean(name)
    with database.atomic():
        if strength_id is None:
            return int(Strength.insert(uid=uid or new_uid(), name=name,
                                       description=description.strip(),
                                       created_at=created_at or clock.now()).execute())
        if not Strength.update(name=name, description=description.strip()).where(
                Strength.id == strength_id).execute():
            raise ValidationError(translate("Resilience", "That strength no longer exists."))
    return strength_id


def delete_strength(strength_id: int) -> None:
    with database.atomic():
        Strength.delete().where(Strength.id == strength_id).execute()


def add_example(strength_id: int, entry_id: int, note: str = "", *, uid: str | None = None,
                created_at: datetime | None = None) -> int:
    with database.atomic():
        if Strength.get_or_none(Strength.id == strength_id) is None:
            raise ValidationError(translate("Resilience", "That strength no longer exists."))
        exists = database.execute_sql("SELECT 1 FROM journal_entry WHERE id = ? AND deleted_at"
                                      " IS NULL", (entry_id,)).fetchone()
        if exists is None:
            raise ValidationError(translate("Resilience", "That entry no longer exists."))
        return int(StrengthExample.insert(uid=uid or new_uid(), strength=strength_id,
                                          entry=entry_id, note=note.strip(),
                                          created_at=created_at or clock.now()).execute())


def _excerpt(body: str) -> str:
    text = " ".join((body or "").split())
    return text if len(text) <= EXCERPT_CHARS else text[:EXCERPT_CHARS - 1].rstrip() + "…"


def list_strengths() -> list[StrengthRow]:
    """Every strength with its examples (entries in the Trash are left out)."""
    rows = {s.id: StrengthRow(s.id, s.name, s.description)
            for s in Strength.select().order_by(Strength.id)}
    examples = database.execute_sql(
        "SELECT x.id, x.strength_id, e.id, e.entry_date, e.title, substr(e.body, 1, 400), x.note"
        " FROM insights_strength_example x LEFT JOIN journal_entry e"
        " ON e.id = x.entry_id AND e.deleted_at IS NULL ORDER BY e.entry_date DESC, x.id")
    for example_id, strength_id, entry_id, day, title, body, note in examples:
        if strength_id in rows and (entry_id is not None or note):
            rows[strength_id].examples.append(ExampleRow(
                example_id, entry_id, date_range.stored_day(day) if day else None, title or "",
                _excerpt(body or ""), note))
    return list(rows.values())


def suggest_entries(strength: StrengthRow, limit: int = 30) -> list[tuple[int, date, str]]:
    """Entries that may show the strength: ones naming it first, then the most recent."""
    already = {x.entry_id for x in strength.examples}
    word = strength.name.split()[0] if strength.name.split() else ""
    rows = database.execute_sql(
        "SELECT id, entry_date, substr(body, 1, 400), (body LIKE ? OR title LIKE ?) AS named"
        " FROM journal_entry WHERE deleted_at IS NULL"
        " ORDER BY named DESC, entry_date DESC, id DESC LIMIT ?",
        (f"%{word}%", f"%{word}%", limit + len(already))).fetchall()
    return [(i, date_range.stored_day(d), _excerpt(b)) for i, d, b, _ in rows
            if i not in already][:limit]


def save_three_good_things(things: list[str], day: date) -> int:
    """One gratitude journal entry holding the three good things; returns its id."""
    cleaned = [" ".join((t or "").split()) for t in things]
    if len(cleaned) != 3 or not all(cleaned):
        raise ValidationError(translate("Resilience", "Write all three good things (a few words each is enough)."))
    body = "\n\n".join(f"{n}. {text}" for n, text in enumerate(cleaned, start=1))
    return save_entry(EntryInput(entry_date=day, body=body, title=GOOD_THINGS_TITLE,
                                 kind=KIND_GRATITUDE, tags=[GOOD_THINGS_TAG]))


def last_good_things(today: date) -> date | None:
    """The day of the latest gratitude entry up to today (any "three good things")."""
    value = database.execute_sql(
        "SELECT max(entry_date) FROM journal_entry WHERE kind = ? AND deleted_at IS NULL"
        " AND entry_date <= ?", (KIND_GRATITUDE, today.isoformat())).fetchone()[0]
    return date_range.stored_day(value) if value else None


def good_things_due(today: date) -> bool:
    """Weekly: due when no gratitude entry was written in the last seven days."""
    last = last_good_things(today)
    return last is None or last <= today - timedelta(days=7)
