"""Demo exercise sessions: a person whose activity waxes and wanes over the years.

Daily walks, yoga, the gym, a running phase, summer cycling, swimming, salsa
classes, pick-up basketball with friends; quieter winters, a few weeks off
ill now and then; mood usually a little better after than before. Between
120 and 320 sessions a year, written with bulk inserts.
"""

from __future__ import annotations

import math
import random
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from peewee import fn

from resilience_desktop.core import clock
from resilience_desktop.core.db import database
from resilience_desktop.core.models.exercise import (Activity, ExerciseSession,
                                                     ExerciseSessionGroup, ExerciseSessionPerson)
from resilience_desktop.core.models.base import BaseModel
from resilience_desktop.core.models.people import Person, SocialGroup

if TYPE_CHECKING:
    from resilience_desktop.services.demo import DemoContext

# one row as insert_many takes it (column -> value)
Row = dict[str, Any]
BATCH = 400
# name, chance on a day, minutes range, mood lift, km/h (None: no distance)
ROUTINE = (
    ("Walking for pleasure", 0.30, (20, 60), 1.0, 4.5),
    ("Walking, brisk (3.5 mph)", 0.12, (20, 45), 1.2, 5.6),
    ("Yoga, Hatha", 0.10, (20, 60), 1.4, None),
    ("Resistance training", 0.12, (30, 60), 0.9, None),
    ("Jogging", 0.06, (20, 45), 1.3, 7.5),
    ("Running, 5 mph", 0.03, (25, 60), 1.5, 8.6),
    ("Cycling, leisure (< 10 mph)", 0.05, (30, 120), 1.2, 14.0),
    ("Swimming laps, slow", 0.04, (25, 50), 1.6, None),
    ("Dancing, salsa or cultural", 0.02, (60, 90), 2.0, None),
    ("Basketball, general", 0.02, (45, 90), 1.5, None),
    ("Stretching", 0.04, (10, 20), 0.6, None),
)
SUMMER_SPORTS = {"Cycling, leisure (< 10 mph)", "Swimming laps, slow"}
PHASED = {"Jogging", "Running, 5 mph", "Dancing, salsa or cultural", "Resistance training"}


def generate(ctx: DemoContext) -> None:
    rng = ctx.rng
    # Company draws from its own stream: sessions stay the same however many people exist.
    company_rng = random.Random(rng.random())
    activities, routine, people, groups = _what_exists()
    phases = {name: rng.random() for name in sorted(PHASED)}  # sorted: set order varies per run
    next_id = (ExerciseSession.select(fn.MAX(ExerciseSession.id)).scalar() or 0) + 1
    sessions: list[Row] = []
    person_links: list[Row] = []
    group_links: list[Row] = []
    level, ill_until, now = 1.0, None, clock.now_to_second()
    for day in ctx.days():
        level = min(1.4, max(0.3, level + rng.gauss(0, 0.03)))
        ill_until, resting = _illness(rng, day, ill_until)
        if resting:
            continue
        season = 1 + 0.25 * math.cos((day.timetuple().tm_yday - 196) / 365.25 * 2 * math.pi)
        for name, chance, (low, high), lift, speed in routine:
            if not _active(rng, name, chance * level * season, day, phases):
                continue
            started = datetime.combine(day, time(rng.choice((7, 8, 12, 17, 18, 19)),
                                                 rng.choice((0, 15, 30, 45))))
            if started > now:
                continue
            row = _session(rng, next_id, started, activities[name], low, high, lift, speed, level)
            sessions.append(row)
            _company(company_rng, next_id, name, people, groups, person_links, group_links)
            next_id += 1
    _write(ExerciseSession, sessions)
    _write(ExerciseSessionPerson, person_links)
    _write(ExerciseSessionGroup, group_links)


def _what_exists() -> tuple[dict[str, int], list[tuple[Any, ...]], list[int], list[int]]:
    """The catalogue's activities (name -> id), the ROUTINE rows it has, people and groups."""
    activities = {a.name: a.id for a in Activity.select(Activity.id, Activity.name)}
    routine = [r for r in ROUTINE if r[0] in activities]
    people = [p.id for p in Person.select(Person.id).order_by(Person.id)]
    groups = [g.id for g in SocialGroup.select(SocialGroup.id).order_by(SocialGroup.id)]
    return activities, routine, people, groups


def _illness(rng: random.Random, day: date, ill_until: date | None) -> tuple[date | None, bool]:
    """Now and then a spell of illness (7–28 days without exercise): (the day it ends or
    None, True while it lasts)."""
    if ill_until is None and rng.random() < 0.002:
        ill_until = day + timedelta(days=rng.randint(7, 28))
    if ill_until is not None:
        if day < ill_until:
            return ill_until, True
        ill_until = None
    return ill_until, False


def _active(rng: random.Random, name: str, chance: float, day: date,
            phases: dict[str, float]) -> bool:
    if name in SUMMER_SPORTS and day.month not in (5, 6, 7, 8, 9):
        return False
    if name in PHASED:
        # Each phased activity is "on" in some years and "off" in others.
        on = math.sin(day.toordinal() / 365.25 * 1.7 + phases[name] * 6.28) > -0.2
        if not on:
            return False
    return rng.random() < chance


def _session(rng: random.Random, session_id: int, started: datetime, activity_id: int,  # noqa: PLR0913, PLR0917 - one row's recipe
             low: int, high: int, lift: float, speed: float | None, level: float) -> Row:
    minutes = rng.randint(low, high)
    before = after = None
    if rng.random() < 0.75:
        before = _clip(round(rng.gauss(0.3 + (level - 1) * 1.5, 1.8)))  # active spells, better moods
        after = _clip(round(before + rng.gauss(lift, 1.1)))
    distance = round(speed * minutes / 60 * rng.uniform(0.85, 1.15), 2) if speed else None
    return dict(id=session_id, started_at=started, activity=activity_id, minutes=minutes,
                effort=rng.choice((None, rng.randint(2, 8))), distance_km=distance,
                notes="", mood_before=before, mood_after=after, created_at=started)


def _company(rng: random.Random, session_id: int, name: str, people: list[int],
             groups: list[int], person_links: list[Row], group_links: list[Row]) -> None:
    social = name.startswith(("Basketball", "Dancing")) or rng.random() < 0.15
    if people and social:
        for pid in rng.sample(people, k=min(len(people), rng.randint(1, 2))):
            person_links.append(dict(session=session_id, person=pid))
    if groups and name.startswith(("Basketball", "Dancing")) and rng.random() < 0.7:
        group_links.append(dict(session=session_id, group=rng.choice(groups)))


def _clip(mood: int) -> int:
    return max(-5, min(5, mood))


def _write(model: type[BaseModel], rows: list[Row]) -> None:
    with database.atomic():
        for start in range(0, len(rows), BATCH):
            model.insert_many(rows[start:start + BATCH]).execute()
