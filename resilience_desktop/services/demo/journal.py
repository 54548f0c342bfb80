"""Demo journal: about one entry a day, varied lengths, kinds, moods and
emotions, hard times followed by looking-back reflections.

Rows go in through the journal's bulk writer (services/journal/bulk.py) in one
transaction, 2,000 entries a batch (100 years in seconds).
"""

from __future__ import annotations

import math
import random
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from resilience_desktop.core.db import database
from resilience_desktop.services.journal import bulk, emotions
from resilience_desktop.services.demo import journal_text as words
from resilience_desktop.services.journal.entries import EntryInput
from resilience_desktop.services.journal.search import optimize_search_index

if TYPE_CHECKING:
    from resilience_desktop.services.demo import DemoContext

TAGS = ("work", "family", "friends", "walk", "sleep", "health", "book club", "weekend",
        "travel", "music", "cooking", "garden", "kids", "exercise", "therapy", "money",
        "volunteering", "rest")
CUSTOM_WORDS = (("homesick", emotions.LOW_UNPLEASANT, "missing home and the people there"),
                ("restless", emotions.HIGH_UNPLEASANT, "unable to settle or keep still"))
KIND_WEIGHTS = (("free", 62), ("gratitude", 22), ("hard_time", 0), ("growth", 4))
STAGES = (("3d", 3), ("1m", 30), ("6m", 182))
_BY_QUADRANT = {q: [e.word for e in emotions.VOCABULARY if e.quadrant == q]
                for q in emotions.QUADRANTS}


class _Writer:
    """Accumulates entries and writes them in batches through the journal's bulk writer."""

    def __init__(self, first_id: int) -> None:
        self.next_id = first_id
        self.entries: list[bulk.NewEntry] = []

    def add(self, entry_id: int, entry: EntryInput, stamp: datetime) -> None:
        self.entries.append(bulk.NewEntry(entry_id, entry, stamp))

    def flush(self) -> None:
        bulk.write_batch(self.entries, tags=list)
        self.entries = []


def _clamp(value: float) -> int:
    return max(-5, min(5, round(value)))


def _fill(rng: random.Random, template: str) -> str:
    if "{" not in template:
        return template
    return template.format(person=rng.choice(words.PEOPLE), place=rng.choice(words.PLACES),
                           topic=rng.choice(words.TOPICS), n=rng.choice((5, 10, 20, 30, 45)),
                           activity=rng.choice(words.ACTIVITIES),
                           emotion=rng.choice(emotions.VOCABULARY).word)


def _sentence_count(rng: random.Random) -> int:
    roll = rng.random()
    if roll < 0.35:
        return rng.randint(1, 3)
    if roll < 0.80:
        return rng.randint(4, 9)
    if roll < 0.98:
        return rng.randint(10, 25)
    return rng.randint(40, 80)


def _body(rng: random.Random, kind: str) -> str:
    fill = _fill
    parts = [rng.choice(words.OPENERS[kind])]
    if kind == "gratitude":
        for number in (1, 2, 3):
            good = fill(rng, rng.choice(words.GOOD_THINGS))
            parts.append(f"\n{number}. {good[0].upper()}{good[1:]}, because "
                         f"{fill(rng, rng.choice(words.REASONS))}.")
        return "".join(parts)
    if kind == "hard_time":
        parts.append(fill(rng, rng.choice(words.HARD_EVENTS)) + ".")
        parts.append(f"What I need now is {fill(rng, rng.choice(words.NEEDS))}.")
    if kind == "growth":
        parts.append(f"What helped most was {fill(rng, rng.choice(words.HELPERS))}.")
        parts.append(f"I learned that {rng.choice(words.LESSONS)}.")
        parts.append(f"{fill(rng, '{person}').capitalize()} supported me by "
                     f"{rng.choice(words.SUPPORT)}.")
    count = _sentence_count(rng)
    for index in range(count):
        separator = "\n\n" if index and index % 6 == 0 else " "
        sentence = fill(rng, rng.choice(words.MIDDLE))
        parts.append(separator + sentence[0].upper() + sentence[1:])
    return " ".join(parts[:1]) + "".join(p if p.startswith(("\n", " ")) else " " + p
                                         for p in parts[1:])


def _emotions_for(rng: random.Random, pleasantness: int, energy: int, progress: float) -> list[str]:
    quadrant = emotions.quadrant_of(pleasantness, energy)
    # Granularity grows over the years: more of each quadrant's words come into use.
    known = 3 + int(progress * 9)
    pool = _BY_QUADRANT[quadrant][:known] if quadrant != emotions.NEUTRAL else \
        _BY_QUADRANT[quadrant]
    chosen = rng.sample(pool, min(len(pool), rng.choice((1, 1, 2, 2, 3))))
    if rng.random() < 0.12:
        chosen.append(rng.choice(emotions.VOCABULARY).word)
    if rng.random() < 0.01:
        chosen.append(rng.choice(CUSTOM_WORDS)[0])
    return list(dict.fromkeys(chosen))


def generate(ctx: DemoContext) -> None:
    rng = ctx.rng
    total_days = max(1, (ctx.end - ctx.start).days)
    with database.atomic():
        for word, quadrant, definition in CUSTOM_WORDS:
            emotions.add_custom_word(word, quadrant, definition,
                                     created_at=datetime.combine(ctx.start, time(20)))
        writer = _Writer(bulk.next_entry_id())
        drift = 0.0
        kinds = tuple(kind for kind, _ in KIND_WEIGHTS)
        weights = tuple(weight for _, weight in KIND_WEIGHTS)
        for day in ctx.days():
            offset = (day - ctx.start).days
            drift = max(-2.0, min(2.0, drift + rng.gauss(0, 0.15)))
            base = 0.8 + 1.3 * math.sin(2 * math.pi * offset / 365.25 - 1.2) + drift
            entries_today = rng.choices((0, 1, 2), weights=(12, 80, 8))[0]
            for _ in range(entries_today):
                _add_entry(ctx, rng, writer, day, base, offset / total_days, kinds, weights)
            if len(writer.entries) >= 2000:
                writer.flush()
        writer.flush()
    optimize_search_index()


def _add_entry(ctx: DemoContext, rng: random.Random, writer: _Writer, day: date,
               base: float, progress: float, kinds: tuple[str, ...],
               weights: tuple[int, ...]) -> None:
    pleasantness = _clamp(base + rng.gauss(0, 1.7))
    energy = _clamp(0.4 * pleasantness + rng.gauss(0.3, 2.0))
    if pleasantness <= -2 and rng.random() < 0.35:
        kind = "hard_time"
    else:
        kind = rng.choices(kinds, weights=weights)[0]
    entry_id = writer.next_id
    writer.next_id += 1
    checked_in = rng.random() < 0.85
    before = after = None
    chosen: list[str] = []
    if checked_in:
        chosen = _emotions_for(rng, pleasantness, energy, progress)
        if rng.random() < 0.7:
            before = rng.randint(3, 9)
            after = max(0, before - rng.choice((0, 1, 1, 2, 2, 3)))
    title = _fill(rng, rng.choice(words.TITLES)) if rng.random() < 0.6 else ""
    stamp = datetime.combine(day, time(rng.randint(6, 23), rng.randint(0, 59)))
    body = _body(rng, kind)
    tags = list(dict.fromkeys(rng.sample(TAGS, rng.choice((0, 1, 1, 2, 3)))))
    writer.add(entry_id, EntryInput(
        entry_date=day, body=body, title=title, kind=kind, tags=tags,
        pleasantness=pleasantness if checked_in else None,
        energy=energy if checked_in else None, intensity_before=before,
        intensity_after=after, emotions=chosen), stamp)
    if kind == "hard_time":
        _add_follow_ups(ctx, rng, writer, entry_id, day)


def _add_follow_ups(ctx: DemoContext, rng: random.Random, writer: _Writer, original_id: int,
                    day: date) -> None:
    for stage, days in STAGES:
        when = day + timedelta(days=days)
        if when > ctx.end or rng.random() < 0.45:
            continue
        entry_id = writer.next_id
        writer.next_id += 1
        stamp = datetime.combine(when, time(21, rng.randint(0, 59)))
        writer.add(entry_id, EntryInput(
            entry_date=when, body=_body(rng, "growth"), title=f"Looking back on {day.isoformat()}",
            kind="growth", follow_up_of=original_id, follow_up_stage=stage), stamp)
