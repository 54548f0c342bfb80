"""Demo calm practice: a few sessions most weeks, none in some, more in stressful spells.

Mostly paced breathing (Box, resonance, cyclic sighing...), some meditation
with bells, now and then guided imagery or 5-4-3-2-1 grounding; one saved
custom pattern. About seven in ten practices carry a stress rating before
and after, usually a little lower after. Written through calm's own writers
(custom.save_pattern, sessions.log_practices), one transaction.
"""

from __future__ import annotations

import math
import random
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING

from resilience_desktop.core import clock
from resilience_desktop.core.db import database
from resilience_desktop.services.calm.custom import PatternInput, save_pattern
from resilience_desktop.services.calm.sessions import PracticeInput, log_practices
from resilience_desktop.services.calm.grounding import NAME as GROUNDING_NAME
from resilience_desktop.services.calm.imagery import all_scripts
from resilience_desktop.services.calm.patterns import BUILT_IN_PATTERNS

if TYPE_CHECKING:
    from resilience_desktop.services.demo import DemoContext

CUSTOM = ("Slow four-six", 4, 1, 6, 0)
# kind, weight, typical relief (stress points), planned seconds choices
PRACTICES = (
    ("breathing", 0.55, 1.6, None),
    ("meditation", 0.22, 1.8, (300, 600, 600, 900, 1200)),
    ("imagery", 0.11, 2.0, None),
    ("grounding", 0.12, 1.4, None),
)
BREATHING = [p.name for p in BUILT_IN_PATTERNS] + [CUSTOM[0]]
BREATHING_WEIGHTS = (0.3, 0.15, 0.2, 0.2, 0.1, 0.05)
HOURS = (7, 8, 12, 13, 18, 21, 22)


def generate(ctx: DemoContext) -> None:
    rng = ctx.rng
    now = clock.now_to_second()
    scripts = [(s.title, round(s.total_seconds)) for s in all_scripts()]
    rows: list[tuple[PracticeInput, str]] = []
    week = ctx.start
    while week <= ctx.end:
        stress = 4.5 + 2 * math.sin(week.toordinal() / 365.25 * 2.1) + rng.gauss(0, 0.6)
        count = 0 if rng.random() < 0.22 else min(7, max(1, round(rng.gauss(1.5 + stress / 3, 1))))
        for _ in range(count):
            day = week + timedelta(days=rng.randrange(7))
            started = datetime.combine(day, time(rng.choice(HOURS), rng.randrange(0, 60, 5)))
            if day <= ctx.end and started <= now:
                rows.append(_practice(rng, started, stress, scripts))
        week += timedelta(days=7)
    pattern_uid = _uid(rng)  # drawn after the rows: the same seed gives the same uids
    with database.atomic():
        save_pattern(PatternInput(*CUSTOM), uid=pattern_uid,
                     created_at=datetime.combine(ctx.start, time(20)))
        log_practices(rows)


def _practice(rng: random.Random, started: datetime, stress: float,
              scripts: list[tuple[str, int]]) -> tuple[PracticeInput, str]:
    kind, _weight, relief, lengths = rng.choices(PRACTICES, weights=[p[1] for p in PRACTICES])[0]
    planned, name = _planned(rng, kind, lengths, scripts)
    actual = planned if rng.random() > 0.12 else round(planned * rng.uniform(0.3, 0.9))
    before = after = None
    if rng.random() < 0.7:
        before = _clip(round(rng.gauss(stress + 1, 1.8)))
        effect = relief * (actual / planned if planned else 1) + rng.gauss(0, 1.1)
        after = _clip(round(before - max(-1.0, effect)))
    notes = "Saw: the window, the lamp" if kind == "grounding" and rng.random() < 0.2 else ""
    return (PracticeInput(kind=kind, name=name, started_at=started, actual_seconds=actual,
                          planned_seconds=None if kind == "grounding" else planned,
                          stress_before=before, stress_after=after, notes=notes), _uid(rng))


def _planned(rng: random.Random, kind: str, lengths: tuple[int, ...] | None,
             scripts: list[tuple[str, int]]) -> tuple[int, str]:
    if kind == "breathing":
        name = rng.choices(BREATHING, weights=BREATHING_WEIGHTS)[0]
        if name == "4-7-8":
            return 76, name  # four cycles of 19 s
        return rng.choice((120, 180, 180, 300, 300, 600)), name
    if kind == "meditation":
        return rng.choice(lengths or ()), "Meditation timer"
    if kind == "imagery":
        return rng.choice(scripts)[::-1]
    return rng.randint(150, 420), GROUNDING_NAME


def _uid(rng: random.Random) -> str:
    return f"{rng.getrandbits(128):032x}"


def _clip(value: int) -> int:
    return max(0, min(10, value))
