"""Stay in touch: each person's status, the losing-touch list and the support map.

Rules (PRODUCT.md "Stay in touch"): the clock runs from the last logged
contact (one-to-one or a group meeting the person attended, or an exercise
session logged with them or with a group they belong to: that is a contact
in person); for someone
never contacted it runs from the day they were added. With cadence C days
and D days on the clock: D < C is OK, C <= D <= 1.5 x C is "due", D > 1.5 x C
is "overdue". A snoozed person is kept off the losing-touch list until the
snooze date (they are back on it that day). "Today" comes from the app's one
clock, ``core.clock``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta

from resilience_desktop.core import clock, date_range
from resilience_desktop.core.db import database
from resilience_desktop.core.models.rows import tuples
from resilience_desktop.core.models.people import Person
from resilience_desktop.services.people.records import (SUPPORT_KINDS, default_cadence,
                                                default_cadences, split_supports)
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP

OK, DUE, OVERDUE = "ok", "due", "overdue"
STATUS_LABELS = {OK: QT_TRANSLATE_NOOP("Resilience", "OK"), DUE: QT_TRANSLATE_NOOP("Resilience", "Due"), OVERDUE: QT_TRANSLATE_NOOP("Resilience", "Overdue")}
MAX_FACTOR = 1.5

# A gentle note per kind of support nobody gives yet.
SUPPORT_GAP_NOTES = {
    "emotional": QT_TRANSLATE_NOOP("Resilience", "Nobody is down for emotional support yet. Who could you talk to "
                 "when things are hard?"),
    "practical": QT_TRANSLATE_NOOP("Resilience", "Nobody is down for practical help yet. Is there someone who could "
                 "lend a hand with everyday things?"),
    "advice": QT_TRANSLATE_NOOP("Resilience", "Nobody is down for advice yet. A mentor, a friend or a professional "
              "could be someone to ask."),
    "companionship": QT_TRANSLATE_NOOP("Resilience", "Nobody is down for companionship yet. A group or a class can be "
                     "a gentle way to spend time with others."),
}


@dataclass
class PersonStatus:
    person_id: int
    name: str
    relationship: str
    closeness: int
    supports: list[str]
    cadence_days: int
    last_contact: date | None
    days_since: int  # since last contact, or since added if never contacted
    status: str
    due_on: date
    snoozed_until: date | None

    @property
    def days_overdue(self) -> int:
        """Days past the maximum interval (1.5 x cadence); 0 unless overdue."""
        return max(0, self.days_since - math.floor(MAX_FACTOR * self.cadence_days))

    def is_snoozed(self, on: date) -> bool:
        return self.snoozed_until is not None and on < self.snoozed_until


def status_for(days_since: int, cadence_days: int) -> str:
    if days_since < cadence_days:
        return OK
    if days_since <= MAX_FACTOR * cadence_days:
        return DUE
    return OVERDUE


# Every day a person was met: logged contacts, and exercise sessions with them
# or with one of their groups. Derived on read, so editing or deleting a
# session moves the clock with it and nothing can drift out of step.
_LAST_SESSION_SQL = (
    "SELECT sp.person_id, substr(max(s.started_at), 1, 10)"
    " FROM exercise_session_person sp"
    " JOIN exercise_session s ON s.id = sp.session_id GROUP BY sp.person_id"
    " UNION ALL SELECT gm.person_id, substr(max(s.started_at), 1, 10)"
    " FROM exercise_session_group sg"
    " JOIN group_membership gm ON gm.group_id = sg.group_id"
    " JOIN exercise_session s ON s.id = sg.session_id GROUP BY gm.person_id")
_CONTACTED_SQL = ("SELECT id FROM person WHERE EXISTS"
                  " (SELECT 1 FROM contact_person WHERE person_id = person.id)")
# Contacts newest first (the day index), each with its people: read only until every
# contacted person has been seen, so a 100-year log is read back a few months, not
# whole (a max() per person joined all 180,000 links: ~0.25 s a call).
_CONTACTS_NEWEST_FIRST_SQL = (
    "SELECT cp.person_id, c.day FROM contact c"
    " JOIN contact_person cp ON cp.contact_id = c.id ORDER BY c.day DESC")


def last_contact_days() -> dict[int, date]:
    """person id -> day of their latest contact in person or online."""
    latest: dict[int, str] = {}
    for pid, day in database.execute_sql(_LAST_SESSION_SQL).fetchall():
        latest[pid] = max(latest.get(pid, day), day)
    waiting = {pid for (pid,) in database.execute_sql(_CONTACTED_SQL).fetchall()}
    if waiting:
        cursor = database.execute_sql(_CONTACTS_NEWEST_FIRST_SQL)
        for pid, day in cursor:
            if pid in waiting:
                waiting.discard(pid)
                latest[pid] = max(latest.get(pid, day), day)
                if not waiting:
                    break
        cursor.close()
    return {pid: _as_date(day) for pid, day in latest.items()}


def _as_date(value: object) -> date:
    """A stored day, clamped into 1900–2200 (9999-12-31 would overflow the due day)."""
    return date_range.stored_day(value)


def people_statuses(on: date | None = None) -> list[PersonStatus]:
    """Every person's stay-in-touch status on a day (default clock.today())."""
    on = on or clock.today()
    last = last_contact_days()
    defaults = default_cadences()
    columns = (Person.id, Person.name, Person.relationship, Person.closeness, Person.supports,
               Person.cadence_days, Person.added_on, Person.snoozed_until)
    result = []
    for pid, name, rel, close, supports, cadence, added, snoozed in tuples(
            Person.select(*columns)):
        cadence = cadence or default_cadence(rel, defaults)
        last_day = last.get(pid)
        start = last_day or _as_date(added)
        days = max(0, (on - start).days)
        result.append(PersonStatus(
            person_id=pid, name=name, relationship=rel, closeness=close,
            supports=split_supports(supports), cadence_days=cadence, last_contact=last_day,
            days_since=days, status=status_for(days, cadence),
            due_on=start + timedelta(days=cadence),
            snoozed_until=_as_date(snoozed) if snoozed else None))
    return result


def losing_touch(on: date | None = None, statuses: list[PersonStatus] | None = None
                 ) -> list[PersonStatus]:
    """Overdue, not snoozed, most overdue first (then closest first)."""
    on = on or clock.today()
    statuses = people_statuses(on) if statuses is None else statuses
    overdue = [s for s in statuses if s.status == OVERDUE and not s.is_snoozed(on)]
    overdue.sort(key=lambda s: (-s.days_overdue, -s.closeness, s.name.casefold()))
    return overdue


@dataclass
class SupportEntry:
    kind: str
    label: str
    names: list[str]
    note: str  # gentle note when names is empty, else ""


def support_map(statuses: list[PersonStatus] | None = None) -> list[SupportEntry]:
    """For each kind of support, who gives it (closest first)."""
    statuses = people_statuses() if statuses is None else statuses
    ordered = sorted(statuses, key=lambda s: (-s.closeness, s.name.casefold()))
    entries = []
    for kind, label in SUPPORT_KINDS.items():
        names = [s.name for s in ordered if kind in s.supports]
        entries.append(SupportEntry(kind, label, names, "" if names else SUPPORT_GAP_NOTES[kind]))
    return entries
