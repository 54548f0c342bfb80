"""People benchmarks: the network picture (200 people, 20 groups) and the losing-touch list.

Run: .venv/bin/python benchmarks/people.py
Targets: network picture <= 300 ms (data query + draw + Agg render of a
900x700 figure); losing-touch list over 10 years of demo contacts <= 50 ms.
The 10-year demo database is cached under bench-data/ (git-ignored) and
copied into a temporary directory for each run.
"""

from __future__ import annotations

import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "bench-data"
END = date(2026, 11, 29)

from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from resilience_desktop.charts import plots  # noqa: E402
from resilience_desktop.charts.plots.people import NETWORK_AXES_RECT  # noqa: E402
from resilience_desktop.core.db import close_database  # noqa: E402
from resilience_desktop.core.startup import open_app_database  # noqa: E402
from resilience_desktop.paths import AppPaths  # noqa: E402
from resilience_desktop.services.people import records as svc  # noqa: E402
from resilience_desktop.services.people.charts import network_data  # noqa: E402
from resilience_desktop.services.people.contacts import ContactInput, log_contact  # noqa: E402
from resilience_desktop.services.people.status import losing_touch  # noqa: E402


def _timed(function, repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def _big_network(rng: random.Random) -> None:
    rels = list(svc.RELATIONSHIPS)
    ids = [svc.add_person(svc.PersonInput(f"Person {i:03d}", relationship=rng.choice(rels),
                                          closeness=rng.randint(1, 5)), today=END)
           for i in range(200)]
    for g in range(20):
        svc.add_group(svc.GroupInput(f"Group {g}", member_ids=rng.sample(ids, rng.randint(4, 14))))
    for _ in range(600):
        day = END - timedelta(days=rng.randint(0, 120))
        log_contact(ContactInput(day=day, person_ids=rng.sample(ids, rng.randint(1, 3))), today=END)


def _draw_network() -> None:
    figure = Figure(figsize=(9, 7), dpi=100)  # as NetworkCanvas: fixed axes, no layout engine
    FigureCanvasAgg(figure)  # the renderer behind NetworkCanvas's FigureCanvasQTAgg, without Qt
    plots.draw_people_network(figure.add_axes(NETWORK_AXES_RECT), network_data(END))
    figure.canvas.draw()


def bench_network(work: Path) -> tuple[float, float, float]:
    """(median, worst, median again) milliseconds of a whole draw."""
    open_app_database(AppPaths.resolve(work / "network"))
    try:
        _big_network(random.Random(5))
        _draw_network()  # warm-up: fonts, imports
        median, worst = _timed(_draw_network, 7)
        return median, worst, _timed(_draw_network, 7)[0]
    finally:
        close_database()


def _ten_year_database() -> Path:
    cached = CACHE / "people-demo-10y" / "resilience.sqlite3"
    if not cached.exists():
        from resilience_desktop.services.demo import generate_demo

        paths = AppPaths.resolve(cached.parent)
        open_app_database(paths)
        start = time.perf_counter()
        generate_demo(10, end=END)
        print(f"generated 10-year demo data in {time.perf_counter() - start:.1f} s (cached)")
        close_database()
    return cached.parent


def bench_losing_touch(work: Path) -> tuple[float, float, int, int]:
    data_dir = work / "ten-years"
    shutil.copytree(_ten_year_database(), data_dir)
    paths = AppPaths.resolve(data_dir)
    open_app_database(paths)
    try:
        from resilience_desktop.core.models.people import Contact

        contacts = Contact.select().count()
        overdue = len(losing_touch(END))
        median, worst = _timed(lambda: losing_touch(END), 20)
        return median, worst, contacts, overdue
    finally:
        close_database()


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="people-bench-") as tmp:
        work = Path(tmp)
        median, worst, _again = bench_network(work)
        print(f"network picture, 200 people + 20 groups: median {median:.0f} ms, "
              f"worst {worst:.0f} ms (target <= 300 ms)")
        median2, worst2, contacts, overdue = bench_losing_touch(work)
        print(f"losing-touch list, 10 years ({contacts} contacts, {overdue} overdue): "
              f"median {median2:.1f} ms, worst {worst2:.1f} ms (target <= 50 ms)")
    return 0 if median <= 300 and median2 <= 50 else 1


if __name__ == "__main__":
    sys.exit(main())
