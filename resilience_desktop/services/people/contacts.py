"""The contacts log: who the user was in touch with, when, how, and how it felt.

A contact names people and/or a group. Logging a group meeting stores the
members who were there as participants, so the meeting resets each of their
stay-in-touch clocks exactly like a one-to-one contact does.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from peewee import JOIN, ModelSelect
from typing import Any

from resilience_desktop.core import clock, date_range
from resilience_desktop.core.db import database
from resilience_desktop.core.errors import ValidationError
from resilience_desktop.core.models.rows import dicts, tuples
from resilience_desktop.core.models.people import Contact, ContactPerson, Person, SocialGroup
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

# channel key -> label. "in_person" is in person; every other channel is online/remote.
CHANNELS: dict[str, str] = {
    "in_person": QT_TRANSLATE_NOOP("Resilience", "In person"),
    "call": QT_TRANSLATE_NOOP("Resilience", "Call"),
    "video": QT_TRANSLATE_NOOP("Resilience", "Video"),
    "message": QT_TRANSLATE_NOOP("Resilience", "Message"),
    "online_community": QT_TRANSLATE_NOOP("Resilience", "Online community"),
}
IN_PERSON = "in_person"
MAX_NOTE = 10_000


@dataclass
class ContactInput:
    day: date
    person_ids: list[int] = field(default_factory=list)
    group_id: int | None = None
    channel: str = IN_PERSON
    duration_minutes: int | None = None
    felt_supported: int | None = None  # 1..5
    mood_after: int | None = None  # -5..+5
    note: str = ""


@dataclass
class ContactRow:
    id: int
    day: date
    people: list[str]
    group: str
    channel: str
    duration_minutes: int | None
    felt_supported: int | None
    mood_after: int | None
    note: str


def _validate(data: ContactInput, today: date) -> None:
    if data.day > today:
        raise ValidationError(translate("Resilience", "A contact cannot be logged in the future."))
    date_range.validate_day(data.day)
    if not data.person_ids and data.group_id is None:
        raise ValidationError(translate("Resilience", "Choose at least one person or a group."))
    if data.channel not in CHANNELS:
        raise ValidationError(translate("Resilience", "Unknown channel: {channel}.").format(channel=data.channel))
    _validate_amounts(data)


def _validate_amounts(data: ContactInput) -> None:
    """Duration, how supported, mood after and the note's length, each within its range."""
    if data.duration_minutes is not None and not 0 < data.duration_minutes <= 24 * 60:
        raise ValidationError(translate("Resilience", "Duration must be between 1 minute and 24 hours."))
    if data.felt_supported is not None and not 1 <= data.felt_supported <= 5:
        raise ValidationError(translate("Resilience", "'How supported did I feel' goes from 1 to 5."))
    if data.mood_after is not None and not -5 <= data.mood_after <= 5:
        raise ValidationError(translate("Resilience", "Mood after goes from -5 to +5."))
    if len(data.note or "") > MAX_NOTE:
        raise ValidationError(translate("Resilience", "The note is too long (at most {max_note} characters).").format(max_note=MAX_NOTE))


def _check_exists(data: ContactInput) -> None:
    wanted = set(data.person_ids)
    found = {pid for (pid,) in tuples(Person.select(Person.id).where(Person.id.in_(wanted)))}
    if found != wanted:
        raise ValidationError(translate("Resilience", "Someone in this contact no longer exists."))
    if data.group_id is not None and SocialGroup.get_or_none(SocialGroup.id == data.group_id) is None:
        raise ValidationError(translate("Resilience", "That group no longer exists."))


def _fields(data: ContactInput) -> dict[str, Any]:
    return {"day": data.day, "group": data.group_id, "channel": data.channel,
            "duration_minutes": data.duration_minutes, "felt_supported": data.felt_supported,
            "mood_after": data.mood_after, "note": (data.note or "").strip()}


def log_contact(data: ContactInput, today: date | None = None) -> int:
    _validate(data, today or clock.today())
    with database.atomic():
        _check_exists(data)
        contact_id = int(Contact.insert(**_fields(data)).execute())
        _set_participants(contact_id, data.person_ids)
    return contact_id


def update_contact(contact_id: int, data: ContactInput, today: date | None = None) -> None:
    _validate(data, today or clock.today())
    with database.atomic():
        _check_exists(data)
        if not Contact.update(**_fields(data)).where(Contact.id == contact_id).execute():
            raise ValidationError(translate("Resilience", "That contact no longer exists."))
        ContactPerson.delete().where(ContactPerson.contact == contact_id).execute()
        _set_participants(contact_id, data.person_ids)


def _set_participants(contact_id: int, person_ids: list[int]) -> None:
    rows = [{"contact": contact_id, "person": pid} for pid in sorted(set(person_ids))]
    if rows:
        ContactPerson.insert_many(rows).execute()


def delete_contact(contact_id: int) -> None:
    with database.atomic():
        Contact.delete().where(Contact.id == contact_id).execute()


def contact_input(contact_id: int) -> ContactInput:
    contact = Contact.get_or_none(Contact.id == contact_id)
    if contact is None:
        raise ValidationError(translate("Resilience", "That contact no longer exists."))
    person_ids = [pid for (pid,) in tuples(ContactPerson.select(ContactPerson.person)
                                           .where(ContactPerson.contact == contact_id))]
    return ContactInput(day=contact.day, person_ids=sorted(person_ids),
                        group_id=contact.group_id, channel=contact.channel,
                        duration_minutes=contact.duration_minutes,
                        felt_supported=contact.felt_supported, mood_after=contact.mood_after,
                        note=contact.note)


def list_contacts(limit: int | None = None) -> list[ContactRow]:
    """Newest first, with participant and group names."""
    query = (Contact.select(Contact, SocialGroup.name.alias("group_name"))
             .join(SocialGroup, on=(Contact.group == SocialGroup.id), join_type=JOIN.LEFT_OUTER)
             .order_by(Contact.day.desc(), Contact.id.desc()))
    if limit:
        query = query.limit(limit)
    rows = list(dicts(query))
    names = _participant_names(query.select(Contact.id) if limit else None)
    return [ContactRow(id=row["id"], day=row["day"], people=names.get(row["id"], []),
                       group=row["group_name"] or "", channel=row["channel"],
                       duration_minutes=row["duration_minutes"],
                       felt_supported=row["felt_supported"], mood_after=row["mood_after"],
                       note=row["note"]) for row in rows]


def _participant_names(contacts_shown: ModelSelect[Contact] | None = None
                       ) -> dict[int, list[str]]:
    """Each contact's participants by name; contacts_shown (a query of Contact ids):
    only those, in one query (a list of a thousand ids would reach SQLite's variable
    limit, and all 180,000 links of a 100-year journal took ~1.5 s)."""
    names: dict[int, list[str]] = defaultdict(list)
    query = (ContactPerson.select(ContactPerson.contact, Person.name)
             .join(Person).order_by(Person.name))
    if contacts_shown is not None:
        query = query.where(ContactPerson.contact.in_(contacts_shown))
    for contact_id, name in tuples(query):
        names[contact_id].append(name)
    return names


def delete_unused_contacts(contact_ids: list[int]) -> None:
    """Delete these contacts when nobody and no group is left in them (a person was
    removed); inside the caller's transaction."""
    for start in range(0, len(contact_ids), 500):
        chunk = contact_ids[start:start + 500]
        still_used = ContactPerson.select(ContactPerson.contact).where(
            ContactPerson.contact.in_(chunk))
        (Contact.delete()
         .where(Contact.id.in_(chunk) & Contact.group.is_null() & Contact.id.not_in(still_used))
         .execute())
