"""Plain data for the people charts (the network, contacts per week, feeling supported)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from peewee import fn

from resilience_desktop.core.models.rows import tuples
from resilience_desktop.core.models.people import Contact, ContactPerson, Person, SocialGroup
from resilience_desktop.services.people.records import memberships
from resilience_desktop.services.people.contacts import IN_PERSON
from resilience_desktop.services.dates import week_start_of, week_start_preference

RECENT_DAYS = 90


@dataclass
class NetworkPerson:
    id: int
    name: str
    relationship: str
    closeness: int
    recent_contacts: int  # contacts in the last RECENT_DAYS days


@dataclass
class NetworkGroup:
    id: int
    name: str
    member_ids: list[int] = field(default_factory=list)


@dataclass
class NetworkData:
    people: list[NetworkPerson]
    groups: list[NetworkGroup]


@dataclass
class WeekCount:
    week_start: date  # the week's first day (Settings → Week starts on)
    in_person: int
    online: int  # calls, video, messages, online communities


def network_data(on: date) -> NetworkData:
    since = on - timedelta(days=RECENT_DAYS - 1)
    recent: dict[int, int] = dict(tuples(
        ContactPerson.select(ContactPerson.person, fn.COUNT(ContactPerson.id))
        .join(Contact).where((Contact.day >= since) & (Contact.day <= on))
        .group_by(ContactPerson.person)))
    people = [NetworkPerson(pid, name, rel, close, recent.get(pid, 0)) for pid, name, rel, close
              in tuples(Person.select(Person.id, Person.name, Person.relationship,
                                      Person.closeness).order_by(Person.id))]
    members = memberships()
    groups = [NetworkGroup(gid, name, sorted(members.get(gid, [])))
              for gid, name in tuples(SocialGroup.select(SocialGroup.id, SocialGroup.name)
                                      .order_by(SocialGroup.id))]
    return NetworkData(people, groups)


def weekly_contacts(start: date, end: date, week_start: str | None = None) -> list[WeekCount]:
    """Contacts per week from start to end (every week listed, empty ones too); weeks
    begin on week_start ("monday"/"sunday"; None: the preference, the locale's by default)."""
    week_start = week_start or week_start_preference()
    counts: Counter[tuple[date, bool]] = Counter()
    query = (Contact.select(Contact.day, Contact.channel)
             .where((Contact.day >= start) & (Contact.day <= end)))
    for day, channel in tuples(query):
        day = day if isinstance(day, date) else date.fromisoformat(day)
        counts[(week_start_of(day, week_start), channel == IN_PERSON)] += 1
    weeks, first = [], week_start_of(start, week_start)
    while first <= end:
        weeks.append(WeekCount(first, counts[(first, True)], counts[(first, False)]))
        first += timedelta(days=7)
    return weeks


def felt_supported(start: date, end: date) -> list[tuple[date, int]]:
    """(day, how supported 1-5) for every contact that recorded it, oldest first."""
    query = (Contact.select(Contact.day, Contact.felt_supported)
             .where((Contact.day >= start) & (Contact.day <= end)
                    & Contact.felt_supported.is_null(False))
             .order_by(Contact.day, Contact.id))
    return [(day, supported) for day, supported in tuples(query)]


def contact_counts(start: date, end: date) -> tuple[int, int]:
    """(in person, online/call/message) contacts logged from start to end, inclusive."""
    rows = (Contact.select(Contact.channel == IN_PERSON, fn.COUNT(Contact.id))
            .where((Contact.day >= start) & (Contact.day <= end))
            .group_by(Contact.channel == IN_PERSON))
    counts = {bool(in_person): count for in_person, count in tuples(rows)}
    return counts.get(True, 0), counts.get(False, 0)
