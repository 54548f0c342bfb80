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
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from importlib import import_module
from resilience_desktop.core import clock

DOMAIN_ORDER = ("people", "journal", "exercise", "insights", "calm", "profile")
DEFAULT_SEED = 20261129


@dataclass
class DemoContext:
    rng: random.Random
    start: date  # first day with data
    end: date  # last day with data (inclusive)
    years: float

    def days(self) -> Iterator[date]:
        day = self.start
        while day <= self.end:
            yield day
            day += timedelta(days=1)


def generate_demo(years: float, seed: int = DEFAULT_SEED, end: date | None = None,
                  progress: Callable[[int, int, str], object] | None = None) -> None:
    """Write `years` of demo data ending on `end` (default: today).

    progress(done, total, what) is called before each domain (core/progress.py)."""
    end = end or clock.today()
    start = end - timedelta(days=max(1, round(365.25 * years)) - 1)
    steps = len(DOMAIN_ORDER) + 1
    for number, name in enumerate(DOMAIN_ORDER):
        if progress is not None:
            progress(number, steps, f"Writing demo {name}")
        module = import_module(f"{__name__}.{name}")
        # One generator per domain: adding data to one domain does not shift
        # the random stream (and so the data) of another.
        rng = random.Random(f"{seed}:{name}")
        module.generate(DemoContext(rng=rng, start=start, end=end, years=years))
    if progress is not None:
        progress(steps - 1, steps, "Giving demo rows their ids")
    _deterministic_uids(seed)


def _deterministic_uids(seed: int) -> None:
    """Same seed, same uids: every demo row's stable id from (seed, table, rowid).

    Built-in catalogue rows keep the uid every installation gives them."""
    import uuid

    from resilience_desktop.core.db import database
    from resilience_desktop.core.integrity import data_table_names
    from resilience_desktop.core import triggers

    namespace = uuid.uuid5(uuid.NAMESPACE_OID, f"resilience-demo:{seed}")
    conn = database.connection()
    conn.create_function("demo_uid", 2, lambda table, rowid: uuid.uuid5(
        namespace, f"{table}:{rowid}").hex, deterministic=True)
    with database.atomic():
        # A tag's uid is not indexed for search: its update trigger would re-index the
        # entry once per tag row for nothing.
        saved = triggers.suspend(conn, ("journal_entry_tag_fts_update",))
        for table in data_table_names(conn):
            columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]
            if "uid" not in columns:
                continue
            keep = " WHERE built_in = 0" if "built_in" in columns else ""
            conn.execute(f'UPDATE "{table}" SET uid = demo_uid(?, rowid){keep}', (table,))
        triggers.restore(conn, saved)
