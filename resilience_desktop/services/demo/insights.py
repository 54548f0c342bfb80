"""Demo self-checks and strengths: ten years of questionnaire answers on a
realistic rhythm (BRS about monthly, WHO-5 about every two weeks, Rosenberg
about quarterly) with skipped weeks and a few long gaps; scores follow the
demo journal's mood of the weeks before. Four strengths with examples picked
from the demo entries."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from resilience_desktop.core.db import database
from resilience_desktop.services.insights.responses import StoredResponse, add_responses
from resilience_desktop.services.insights.scales import SCALES
from resilience_desktop.services.insights.strengths import add_example, save_strength
from resilience_desktop.services.journal.stats import mood_by_day

if TYPE_CHECKING:
    from resilience_desktop.services.demo import DemoContext

# scale: (mean interval days, jitter days, chance to skip one, per-item centre, per-item lift)
RHYTHMS = {"brs": (30, 6, 0.2, 3.3, 0.28), "who5": (14, 3, 0.25, 2.8, 0.45),
           "rses": (91, 15, 0.15, 2.0, 0.22)}
STRENGTHS = (
    ("Perseverance", "I keep going when things get hard, even if it is slowly."),
    ("Kindness", "I notice when someone is having a rough day and I do something about it."),
    ("Curiosity", "I like finding out how things work and trying new things."),
    ("Humour", "I can usually find something to laugh about, even on bad days."),
)


def generate(ctx: DemoContext) -> None:
    moods = {m.day: m.pleasantness for m in mood_by_day(ctx.start, ctx.end)}
    responses: list[dict[str, Any]] = []
    answers: list[tuple[str, list[int]]] = []
    for scale_id, rhythm in RHYTHMS.items():
        for day in _days_taken(ctx, *rhythm[:3]):
            level = _recent_mood(moods, day)
            response_uid = _uid(ctx.rng)
            responses.append({"uid": response_uid, "scale": scale_id,
                              "version": SCALES[scale_id].version, "taken_on": day,
                              "created_at": datetime.combine(day, time(20, 30))})
            answers.append((response_uid, _answers(ctx.rng, scale_id, level, *rhythm[3:])))
    stored = [StoredResponse(r["uid"], r["scale"], r["taken_on"], r["created_at"],
                             tuple((_uid(ctx.rng), v) for v in values))
              for r, (_response_uid, values) in zip(responses, answers)]
    with database.atomic():
        add_responses(stored)
        _strengths(ctx)


def _uid(rng: random.Random) -> str:
    """A stable row id from the demo's random stream: same seed, same rows."""
    return uuid.UUID(int=rng.getrandbits(128)).hex


def _days_taken(ctx: DemoContext, interval: int, jitter: int, skip: float) -> Iterator[date]:
    day = ctx.start + timedelta(days=ctx.rng.randint(0, interval))
    pause_until = None
    while day <= ctx.end:
        if pause_until is None and ctx.rng.random() < interval / 1200:  # a long break, now and then
            pause_until = day + timedelta(days=ctx.rng.randint(90, 240))
        if pause_until is not None and day >= pause_until:
            pause_until = None
        if pause_until is None and ctx.rng.random() >= skip:
            yield day
        day += timedelta(days=max(1, interval + ctx.rng.randint(-jitter, jitter)))


def _recent_mood(moods: dict[date, float], day: date) -> float:
    """Mean journal pleasantness over the two weeks before `day`, -1..1."""
    values = [moods[d] for offset in range(14)
              if (d := day - timedelta(days=offset)) in moods]
    return max(-1.0, min(1.0, sum(values) / len(values) / 3)) if values else 0.0


def _answers(rng: random.Random, scale_id: str, level: float, centre: float, lift: float) -> list[int]:
    scale = SCALES[scale_id]
    low, high = min(scale.values), max(scale.values)
    person = centre + lift * level * (high - low) / 2
    values = []
    for number in range(1, len(scale.items) + 1):
        scored = max(low, min(high, round(rng.gauss(person, 0.7))))
        values.append(low + high - scored if number in scale.reverse_items else scored)
    return values


def _strengths(ctx: DemoContext) -> None:
    entry_ids = [row[0] for row in database.execute_sql(
        "SELECT id FROM journal_entry WHERE kind IN ('growth', 'gratitude', 'free')"
        " AND length(body) > 200 ORDER BY id").fetchall()]
    created = datetime.combine(ctx.start, time(21, 0))
    for name, description in STRENGTHS:
        strength_id = save_strength(name, description, uid=_uid(ctx.rng), created_at=created)
        for entry_id in ctx.rng.sample(entry_ids, min(3, len(entry_ids))):
            add_example(strength_id, entry_id, uid=_uid(ctx.rng), created_at=created)
