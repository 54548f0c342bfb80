"""People and groups: the choices, and adding, editing and removing records.

Qt-free. Every write is one transaction. Input comes in as plain dataclasses
(PersonInput, GroupInput) and goes out as dataclasses (PersonRecord, GroupRecord),
never peewee rows; errors a user can cause raise ValidationError with a plain
sentence. The contacts log lives in contacts.py, statuses and the losing-touch list
in status.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from resilience_desktop.core import clock, date_range
from resilience_desktop.core.db import database
from resilience_desktop.core.errors import ValidationError
from resilience_desktop.core.models.rows import tuples
from resilience_desktop.core.models.people import (RELATIONSHIPS, ContactPerson,
                                                   GroupMembership, Person, SocialGroup)
from resilience_desktop.services.people.contacts import delete_unused_contacts
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

SUPPORT_KINDS: dict[str, str] = {
    "emotional": QT_TRANSLATE_NOOP("Resilience", "Emotional"),
    "practical": QT_TRANSLATE_NOOP("Resilience", "Practical"),
    "advice": QT_TRANSLATE_NOOP("Resilience", "Advice"),
    "companionship": QT_TRANSLATE_NOOP("Resilience", "Companionship"),
}

GROUP_KINDS: dict[str, str] = {
    "book_club": QT_TRANSLATE_NOOP("Resilience", "Book club"),
    "sports_league": QT_TRANSLATE_NOOP("Resilience", "Sports league"),
    "art_class": QT_TRANSLATE_NOOP("Resilience", "Art class"),
    "volunteer": QT_TRANSLATE_NOOP("Resilience", "Volunteer association"),
    "faith_community": QT_TRANSLATE_NOOP("Resilience", "Faith or community group"),
    "online_community": QT_TRANSLATE_NOOP("Resilience", "Online community"),
    "other": QT_TRANSLATE_NOOP("Resilience", "Other"),
}

MAX_NAME = 200
MAX_CADENCE_DAYS = 3650


CADENCES_PREFERENCE = "people.default_cadences"  # Settings: relationship -> days


def default_cadences() -> dict[str, int]:
    """relationship key -> default cadence: PRODUCT.md's defaults, as changed in Settings."""
    from resilience_desktop.services.preferences import get_preference

    chosen = get_preference(CADENCES_PREFERENCE, {}) or {}
    result = {key: days for key, (_label, days) in RELATIONSHIPS.items()}
    for key, days in (chosen.items() if isinstance(chosen, dict) else ()):
        if key in result and isinstance(days, int) and 1 <= days <= MAX_CADENCE_DAYS:
            result[key] = days
    return result


def default_cadence(relationship: str, defaults: dict[str, int] | None = None) -> int:
    defaults = default_cadences() if defaults is None else defaults
    return defaults.get(relationship, defaults["other"])


def relationship_label(key: str) -> str:
    """"Close friend" in the window's language; an unknown key as it is."""
    return translate("Resilience", RELATIONSHIPS[key][0]) if key in RELATIONSHIPS else key


def split_supports(text: str) -> list[str]:
    return [key for key in (text or "").split(",") if key in SUPPORT_KINDS]


@dataclass
class PersonInput:
    name: str
    relationship: str = "friend"
    closeness: int = 3
    supports: list[str] = field(default_factory=list)
    cadence_days: int | None = None  # None: the relationship's default
    notes: str = ""
    birthday: date | None = None


@dataclass
class GroupInput:
    name: str
    kind: str = "other"
    schedule: str = ""
    notes: str = ""
    member_ids: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class PersonRecord:
    """A person as stored (what get_person and list_people return)."""

    id: int
    name: str
    relationship: str
    closeness: int
    supports: str  # comma-separated SUPPORT_KINDS keys
    cadence_days: int | None
    notes: str
    birthday: date | None
    added_on: date
    snoozed_until: date | None


@dataclass(frozen=True)
class GroupRecord:
    """A group as stored (what get_group and list_groups return)."""

    id: int
    name: str
    kind: str
    schedule: str
    notes: str
    added_on: date


def _person_record(row: Person) -> PersonRecord:
    return PersonRecord(row.id, row.name, row.relationship, row.closeness, row.supports,
                        row.cadence_days, row.notes, row.birthday, row.added_on,
                        row.snoozed_until)


def _group_record(row: SocialGroup) -> GroupRecord:
    return GroupRecord(row.id, row.name, row.kind, row.schedule, row.notes, row.added_on)


def _clean_name(name: str, what: str) -> str:
    cleaned = " ".join((name or "").split())
    if not cleaned:
        raise ValidationError(translate("Resilience", "Please give the {what} a name.").format(what=what))
    if len(cleaned) > MAX_NAME:
        raise ValidationError(translate("Resilience", "That name is too long (at most {max_name} characters).").format(max_name=MAX_NAME))
    return cleaned


def _person_fields(data: PersonInput, today: date) -> dict[str, Any]:
    _check_person(data, today)
    cadence = data.cadence_days
    ordered = [key for key in SUPPORT_KINDS if key in data.supports]
    return {
        "name": _clean_name(data.name, "person"),
        "relationship": data.relationship,
        "closeness": int(data.closeness),
        "supports": ",".join(ordered),
        "cadence_days": None if cadence is None else int(cadence),
        "notes": (data.notes or "").strip(),
        "birthday": data.birthday,
    }


def _check_person(data: PersonInput, today: date) -> None:
    """Relationship, closeness, supports, cadence and birthday, each as the form allows."""
    if data.relationship not in RELATIONSHIPS:
        raise ValidationError(translate("Resilience", "Unknown relationship: {relationship}.").format(relationship=data.relationship))
    if not 1 <= int(data.closeness) <= 5:
        raise ValidationError(translate("Resilience", "Closeness goes from 1 to 5."))
    unknown = [key for key in data.supports if key not in SUPPORT_KINDS]
    if unknown:
        raise ValidationError(translate("Resilience", "Unknown kind of support: {unknown}.").format(unknown=unknown[0]))
    cadence = data.cadence_days
    if cadence is not None and not 1 <= int(cadence) <= MAX_CADENCE_DAYS:
        raise ValidationError(translate("Resilience", "Stay-in-touch cadence must be 1 to {max_cadence_days} days.").format(max_cadence_days=MAX_CADENCE_DAYS))
    _check_birthday(data.birthday, today)


def _check_birthday(birthday: date | None, today: date) -> None:
    if birthday is not None and birthday > today:
        raise ValidationError(translate("Resilience", "A birthday cannot be in the future."))
    if birthday is not None:
        date_range.validate_day(birthday)


def add_person(data: PersonInput, today: date | None = None) -> int:
    today = today or clock.today()
    fields = _person_fields(data, today)
    with database.atomic():
        return int(Person.insert(added_on=today, **fields).execute())


def add_people(people: list[PersonInput], today: date | None = None) -> int:
    """Many people at once (an import), each checked as add_person does; one transaction."""
    today = today or clock.today()
    rows = [dict(_person_fields(data, today), added_on=today) for data in people]
    with database.atomic():
        for start in range(0, len(rows), 200):
            Person.insert_many(rows[start:start + 200]).execute()
    return len(rows)


def update_person(person_id: int, data: PersonInput) -> None:
    fields = _person_fields(data, clock.today())
    with database.atomic():
        if not Person.update(**fields).where(Person.id == person_id).execute():
            raise ValidationError(translate("Resilience", "That person no longer exists."))


def get_person(person_id: int) -> PersonRecord:
    person = Person.get_or_none(Person.id == person_id)
    if person is None:
        raise ValidationError(translate("Resilience", "That person no longer exists."))
    return _person_record(person)


def person_input(person: PersonRecord) -> PersonInput:
    return PersonInput(name=person.name, relationship=person.relationship,
                       closeness=person.closeness, supports=split_supports(person.supports),
                       cadence_days=person.cadence_days, notes=person.notes,
                       birthday=person.birthday)


def delete_person(person_id: int) -> None:
    """Remove a person; contacts left with nobody and no group go too."""
    with database.atomic():
        contact_ids = [row.contact_id for row in
                       ContactPerson.select(ContactPerson.contact).where(
                           ContactPerson.person == person_id)]
        Person.delete().where(Person.id == person_id).execute()
        delete_unused_contacts(contact_ids)


def snooze_person(person_id: int, until: date | None) -> None:
    """Keep a person off the losing-touch list until `until` (None: unsnooze)."""
    with database.atomic():
        Person.update(snoozed_until=until).where(Person.id == person_id).execute()


def list_people() -> list[PersonRecord]:
    return [_person_record(row) for row in
            Person.select().order_by(Person.name.collate("NOCASE"), Person.id)]


def existing_names() -> set[str]:
    """Every person's name, case-folded (for duplicate checks)."""
    return {name.casefold() for (name,) in tuples(Person.select(Person.name))}


# -- groups ---------------------------------------------------------------

def _group_fields(data: GroupInput) -> dict[str, Any]:
    if data.kind not in GROUP_KINDS:
        raise ValidationError(translate("Resilience", "Unknown kind of group: {kind}.").format(kind=data.kind))
    return {"name": _clean_name(data.name, "group"), "kind": data.kind,
            "schedule": " ".join((data.schedule or "").split()),
            "notes": (data.notes or "").strip()}


def _set_members(group_id: int, member_ids: list[int]) -> None:
    GroupMembership.delete().where(GroupMembership.group == group_id).execute()
    rows = [{"group": group_id, "person": pid} for pid in sorted(set(member_ids))]
    if rows:
        GroupMembership.insert_many(rows).execute()


def add_group(data: GroupInput, today: date | None = None) -> int:
    fields = _group_fields(data)
    with database.atomic():
        group_id = int(SocialGroup.insert(added_on=today or clock.today(), **fields).execute())
        _set_members(group_id, data.member_ids)
    return group_id


def update_group(group_id: int, data: GroupInput) -> None:
    fields = _group_fields(data)
    with database.atomic():
        if not SocialGroup.update(**fields).where(SocialGroup.id == group_id).execute():
            raise ValidationError(translate("Resilience", "That group no longer exists."))
        _set_members(group_id, data.member_ids)


def delete_group(group_id: int) -> None:
    """Remove a group; its logged meetings stay, with their participants."""
    with database.atomic():
        SocialGroup.delete().where(SocialGroup.id == group_id).execute()


def get_group(group_id: int) -> GroupRecord:
    group = SocialGroup.get_or_none(SocialGroup.id == group_id)
    if group is None:
        raise ValidationError(translate("Resilience", "That group no longer exists."))
    return _group_record(group)


def group_input(group: GroupRecord) -> GroupInput:
    return GroupInput(name=group.name, kind=group.kind, schedule=group.schedule,
                      notes=group.notes, member_ids=group_member_ids(group.id))


def group_member_ids(group_id: int) -> list[int]:
    query = (GroupMembership.select(GroupMembership.person)
             .where(GroupMembership.group == group_id))
    return sorted(row.person_id for row in query)


def list_groups() -> list[GroupRecord]:
    return [_group_record(row) for row in
            SocialGroup.select().order_by(SocialGroup.name.collate("NOCASE"), SocialGroup.id)]


def memberships() -> dict[int, list[int]]:
    """group id -> member person ids, for every group."""
    result: dict[int, list[int]] = {group.id: [] for group in SocialGroup.select(SocialGroup.id)}
    for group_id, person_id in tuples(GroupMembership.select(
            GroupMembership.group, GroupMembership.person)):
        result.setdefault(group_id, []).append(person_id)
    return result
