"""A realistic, deterministic demo data set: the showroom and the benchmark corpus.

``generate_demo`` fills the open (freshly migrated, empty) database. Each
domain has a module here with ``generate(ctx: DemoContext) -> None``; they
run in DOMAIN_ORDER so later domains can link to earlier ones (exercise
sessions with people, journal entries mentioning a walk...). Every random
choice comes from ``ctx.rng`` seeded per domain, so the same seed, years
and end date always give the same rows.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from importlib import import_module

DOMAIN_ORDER = ("people", "journal", "exercise", "insights", "calm")
DEFAULT_SEED = 20261129


@dataclass
class DemoContext:
    rng: random.Random
    start: date  # first day with data
    end: date  # last day with data (inclusive)
    years: float

    def days(self):
        day = self.start
        while day <= self.end:
            yield day
            day += timedelta(days=1)


def generate_demo(years: float, seed: int = DEFAULT_SEED, end: date | None = None) -> None:
    """Write `years` of demo data ending on `end` (default: today)."""
    end = end or date.today()
    start = end - timedelta(days=max(1, round(365.25 * years)) - 1)
    for name in DOMAIN_ORDER:
        module = import_module(f"{__name__}.{name}")
        # One generator per domain: adding data to one domain does not shift
        # the random stream (and so the data) of another.
        rng = random.Random(f"{seed}:{name}")
        module.generate(DemoContext(rng=rng, start=start, end=end, years=years))
