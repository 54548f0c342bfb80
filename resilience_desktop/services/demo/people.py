"""Demo people: 60 people, 8 groups and their contacts over ctx.start..ctx.end.

Each person keeps in touch at a rhythm near their cadence; a few drift away
in the last months so the losing-touch list has something to show. Groups
meet on their schedule and the people who came are logged as participants.
Everything is written through people's bulk writer in one transaction.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from resilience_desktop.core.db import database
from resilience_desktop.services.people.bulk import add_network
from resilience_desktop.services.people.records import default_cadence

if TYPE_CHECKING:
    from resilience_desktop.services.demo import DemoContext

# one row as the bulk writer takes it (column -> value)
Row = dict[str, Any]

FIRST = ("Ava Noah Mia Liam Zoe Omar Lena Kofi Ines Yuki Sara Mateo Nora Ravi Ada Tom Lucia Sam "
         "Hana Ivan Chloe Amir Elena Finn Maya Jonas Aisha Leo Priya Ben Clara Diego Freya Hugo "
         "Nia Oscar Rosa Theo Vera Kai Ella Marco Ingrid Tariq Julia Pablo Anya Felix Grace Emil "
         "Leila Arjun Sofia Luca Mei Daniel Olga Samir Iris Noel").split()
LAST = ("Reyes Okafor Lindqvist Tanaka Haddad Novak Moreau Singh Costa Byrne Kowalski Mensah "
        "Varga Silva Nakamura Weber Dubois Kaur Rossi Quinn").split()
# (relationship, how many, closeness range, likely supports)
PLAN = (
    ("family", 8, (3, 5), ("emotional", "practical", "companionship")),
    ("partner", 1, (5, 5), ("emotional", "practical", "companionship", "advice")),
    ("close_friend", 8, (4, 5), ("emotional", "companionship", "advice")),
    ("friend", 16, (2, 4), ("companionship", "emotional")),
    ("colleague", 9, (1, 3), ("advice", "practical")),
    ("neighbour", 4, (1, 3), ("practical",)),
    ("mentor", 2, (2, 4), ("advice",)),
    ("professional", 2, (2, 3), ("emotional", "advice")),
    ("online_friend", 5, (1, 3), ("companionship", "advice")),
    ("other", 5, (1, 2), ("practical",)),
)
# (name, kind, schedule, period in days, how many members)
GROUPS = (
    ("Riverside book club", "book_club", "monthly, first Thursday", 28, 7),
    ("Sunday five-a-side", "sports_league", "weekly on Sunday", 7, 9),
    ("Watercolour class", "art_class", "weekly on Wednesday", 7, 6),
    ("Food bank volunteers", "volunteer", "every other Saturday", 14, 8),
    ("Community choir", "faith_community", "weekly on Tuesday", 7, 10),
    ("Birdwatchers forum", "online_community", "most evenings", 3, 5),
    ("Allotment society", "other", "every other weekend", 14, 6),
    ("Climbing wall crew", "sports_league", "weekly on Friday", 7, 5),
)
REMOTE = {"online_friend": ("message", "video", "online_community"),
          "family": ("call", "in_person", "video", "message"),
          "professional": ("in_person", "video")}
DRIFTING = 7  # people who lose touch near the end


def generate(ctx: DemoContext) -> None:
    people = _people(ctx)
    drifting = {p["id"] for p in people[3::len(people) // DRIFTING]}
    groups, members = _groups(ctx, people, drifting)
    contacts: list[Row] = []
    participants: list[tuple[int, int]] = []
    for person in people:
        _person_contacts(ctx, person, person["id"] in drifting, contacts, participants)
    for group, member_ids in zip(groups, members):
        _group_meetings(ctx, group, member_ids, contacts, participants)
    order = sorted(range(len(contacts)), key=lambda i: contacts[i]["day"])
    new_id = {old: new for new, old in enumerate(order, start=1)}
    contact_rows = [dict(contacts[old], id=new_id[old]) for old in order]
    link_rows = [{"contact": new_id[c], "person": p} for c, p in participants]
    with database.atomic():
        add_network(people, groups, [{"group": g["id"], "person": p}
                                     for g, ids in zip(groups, members) for p in ids],
                    contact_rows, link_rows)


def _people(ctx: DemoContext) -> list[Row]:
    rng = ctx.rng
    people: list[Row] = []
    names = rng.sample(FIRST, len(FIRST))
    for relationship, count, (low, high), supports in PLAN:
        for _ in range(count):
            given = names[len(people) % len(names)]
            birthday = ctx.end.replace(year=ctx.end.year - rng.randint(20, 75), day=1) \
                - timedelta(days=rng.randint(0, 360)) if rng.random() < 0.6 else None
            people.append({
                "id": len(people) + 1, "name": f"{given} {rng.choice(LAST)}",
                "relationship": relationship, "closeness": rng.randint(low, high),
                "supports": ",".join(s for s in supports if rng.random() < 0.7),
                "cadence_days": rng.choice((None, None, None, 21, 45)),
                "notes": "", "birthday": birthday, "added_on": ctx.start, "snoozed_until": None})
    people[11]["snoozed_until"] = ctx.end + timedelta(days=10)
    return people


def _groups(ctx: DemoContext, people: list[Row],
            drifting: set[int]) -> tuple[list[Row], list[list[int]]]:
    rng = ctx.rng
    groups: list[Row] = []
    members: list[list[int]] = []
    span = (ctx.end - ctx.start).days
    for number, (name, kind, schedule, _period, size) in enumerate(GROUPS, start=1):
        joined = ctx.start + timedelta(days=rng.randint(0, span // 3))
        groups.append({"id": number, "name": name, "kind": kind, "schedule": schedule,
                       "notes": "", "added_on": joined})
        pool = [p["id"] for p in people if p["id"] not in drifting
                and p["relationship"] not in ("partner", "professional")]
        members.append(sorted(rng.sample(pool, size)))
    return groups, members


def _channel(rng: random.Random, relationship: str) -> str:
    return rng.choice(REMOTE.get(relationship, ("in_person", "in_person", "call", "message")))


def _contact(rng: random.Random, day: date, channel: str, group: int | None = None) -> Row:
    duration = None
    if rng.random() < 0.5 and channel != "message":
        duration = rng.choice((15, 30, 45, 60, 90, 120)) if channel == "in_person" \
            else rng.choice((10, 20, 30, 45))
    return {"day": day, "group": group, "channel": channel, "duration_minutes": duration,
            "felt_supported": rng.choice((2, 3, 3, 4, 4, 4, 5, 5)) if rng.random() < 0.7 else None,
            "mood_after": max(-5, min(5, round(rng.gauss(1.5, 1.8)))) if rng.random() < 0.6 else None,
            "note": ""}


def _person_contacts(ctx: DemoContext, person: Row, drifting: bool, contacts: list[Row],
                     participants: list[tuple[int, int]]) -> None:
    rng = ctx.rng
    cadence = person["cadence_days"] or default_cadence(person["relationship"])
    rhythm = cadence * rng.uniform(0.5, 1.1)
    stop = ctx.end - timedelta(days=int(cadence * rng.uniform(1.8, 3))) if drifting else ctx.end
    day = ctx.start + timedelta(days=rng.randint(0, int(rhythm)))
    while day <= stop:
        contacts.append(_contact(rng, day, _channel(rng, person["relationship"])))
        participants.append((len(contacts) - 1, person["id"]))
        day += timedelta(days=max(1, round(rng.gauss(rhythm, rhythm * 0.35))))


def _group_meetings(ctx: DemoContext, group: Row, member_ids: list[int], contacts: list[Row],
                    participants: list[tuple[int, int]]) -> None:
    rng = ctx.rng
    period = next(spec[3] for spec in GROUPS if spec[0] == group["name"])
    channel = "online_community" if group["kind"] == "online_community" else "in_person"
    day = group["added_on"]
    while day <= ctx.end:
        if rng.random() < 0.7:
            contacts.append(_contact(rng, day, channel, group["id"]))
            for pid in member_ids:
                if rng.random() < 0.7:
                    participants.append((len(contacts) - 1, pid))
        day += timedelta(days=period)
