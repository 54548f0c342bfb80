"""Journal benchmark: search latency, `search` CLI, first show of the tab,
mood-chart redraw, peak memory; on 10 and 100 years of demo data.

    .venv/bin/python benchmarks/journal.py [--years 10 100] [--queries 200]

Corpora are built once with the demo generator into bench-data/ (git-ignored)
and reused while the schema version matches.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
BENCH_DATA = ROOT / "bench-data"
END = date(2026, 11, 29)
EXE = [sys.executable, "-m", "resilience_desktop"]


def corpus(years: int) -> tuple[Path, float | None]:
    """The data dir for `years` of demo data; (dir, seconds to build or None if cached)."""
    from resilience_desktop.core.db import header_user_version
    from resilience_desktop.core.migrations import latest_version

    data_dir = BENCH_DATA / f"journal-{years}y"
    db_path = data_dir / "resilience.sqlite3"
    if db_path.exists() and header_user_version(db_path) == latest_version():
        return data_dir, None
    shutil.rmtree(data_dir, ignore_errors=True)
    start = time.perf_counter()
    subprocess.run([*EXE, "demo", "--years", str(years), "--end-date", END.isoformat(),
                    "--data-dir", str(data_dir)], check=True, capture_output=True)
    return data_dir, time.perf_counter() - start


def make_queries(count: int, seed: int = 7) -> list[str]:
    """1-3 words from the corpus vocabulary; the last one often cut short, as typed."""
    from resilience_desktop.core.db import database

    rng = random.Random(seed)
    rows = database.execute_sql("SELECT body FROM journal_entry ORDER BY id LIMIT 2000")
    words = sorted({w.lower() for (body,) in rows for w in re.findall(r"[^\W\d_]{3,}", body)})
    queries = []
    for _ in range(count):
        chosen = rng.sample(words, rng.choice((1, 1, 2, 3)))
        if rng.random() < 0.6:  # still typing the last word
            last = chosen[-1]
            chosen[-1] = last[:rng.randint(1, len(last))]
            queries.append(" ".join(chosen))
        else:
            queries.append(" ".join(chosen) + " ")
    return queries


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def bench_search(queries: list[str]) -> dict:
    from resilience_desktop.services.journal.search import search_entries

    for query in queries[:10]:
        search_entries(query)  # warm the page cache
    times = []
    for query in queries:
        start = time.perf_counter()
        search_entries(query)
        times.append((time.perf_counter() - start) * 1000)
    return {"p50": statistics.median(times), "p95": percentile(times, 0.95), "max": max(times)}


def bench_cli(data_dir: Path, runs: int = 7) -> dict:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([*EXE, "search", "walk", "river", "--data-dir", str(data_dir)],
                       check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return {"median": statistics.median(times), "min": min(times)}


def bench_ui(data_dir: Path) -> dict:
    from PySide6.QtWidgets import QApplication

    from resilience_desktop.paths import AppPaths
    from resilience_desktop.core import clock
    from resilience_desktop.ui.app_context import AppContext
    from resilience_desktop.ui.app_signals import AppSignals
    from resilience_desktop.ui.journal.journal_tab import JournalTab

    clock.set(END)
    app = QApplication.instance() or QApplication([])
    from resilience_desktop.core.startup import open_script_session

    context = AppContext(AppPaths.resolve(data_dir), AppSignals(),
                         open_script_session(AppPaths.resolve(data_dir)))
    start = time.perf_counter()
    tab = JournalTab(context)
    tab.resize(1280, 760)
    tab.show()
    app.processEvents()
    first_show = time.perf_counter() - start
    tab.view_tabs.setCurrentWidget(tab.charts_panel)
    app.processEvents()
    canvas = tab.charts_panel.mood_canvas
    results = {"first_show": first_show}
    for label, index in (("12 months", 1), ("everything", 3)):
        tab.charts_panel.period_combo.setCurrentIndex(index)
        canvas.draw_now()  # first draw imports matplotlib; time the redraws
        times = []
        for _ in range(5):
            start = time.perf_counter()
            canvas.mark_stale()
            canvas.draw_now()
            times.append(time.perf_counter() - start)
        results[f"mood_redraw_{label}"] = statistics.median(times)
    tab.close()
    tab.deleteLater()
    app.processEvents()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--years", type=int, nargs="+", default=[10, 100])
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    from resilience_desktop.core.db import close_database, database, open_database

    for years in args.years:
        data_dir, built = corpus(years)
        open_database(data_dir / "resilience.sqlite3")
        entries = database.execute_sql("SELECT count(*) FROM journal_entry").fetchone()[0]
        size = (data_dir / "resilience.sqlite3").stat().st_size / 1e6
        print(f"== {years} years: {entries} entries, {size:.0f} MB"
              + (f", demo built in {built:.1f} s" if built else " (cached corpus)"))
        search = bench_search(make_queries(args.queries))
        print(f"search ({args.queries} queries, 1-3 words, prefixes as typed): "
              f"p50 {search['p50']:.1f} ms, p95 {search['p95']:.1f} ms, "
              f"max {search['max']:.1f} ms")
        ui = bench_ui(data_dir)
        print(f"Journal tab first show: {ui['first_show'] * 1000:.0f} ms")
        print(f"mood chart redraw: {ui['mood_redraw_12 months'] * 1000:.0f} ms (12 months), "
              f"{ui['mood_redraw_everything'] * 1000:.0f} ms (everything)")
        close_database()
        cli = bench_cli(data_dir)
        print(f"`search` whole process: median {cli['median']:.2f} s, "
              f"best {cli['min']:.2f} s")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak memory: {peak:.0f} MB (benchmark process), {children:.0f} MB (largest child)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
