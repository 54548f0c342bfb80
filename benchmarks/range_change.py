"""A range change on every chart tab, 10- and 100-year journals (issue 20: Insights <= 100 ms).

    .venv/bin/python benchmarks/range_change.py [--years 10 100] [--runs 4] [--tabs ...]

One fresh process per tab and journal, as a person meets it: the window opens on
Today, the tab (and its chart page) is chosen and everything settles; then the
period combo above the charts is moved to the next choice, again and again round
all its choices (``setCurrentIndex``: what the combo does when a person picks an
item). The clock stops when the window is painted (``repaint()``), every worker the
change started has finished (Insights works its figures out on a thread) and the
event queue is empty: the person sees the charts of the new period. Two figures per
tab: the **first** time each period is chosen (the first round: nothing of that
period kept yet) and **again** (later rounds: what a person flicking between
periods meets). Beside them the floor: a bare matplotlib draw (Agg) of one line on
a Figure of the size of each chart the tab shows, as many as it shows, alternated
with the changes. CPU time of the process (user + system; the steadier figure on a
shared machine) and wall time, medians. ``PROFILE=1 ... --child NAME DATA_DIR ROUNDS``
prints a cProfile of the later rounds instead.

Tabs (``--tabs``): Insights (Self-checks: three scale charts), Insights/helps (What
helps me), Exercise (Guideline), Journal (Charts › Mood over time) and Journal/NAME
for its other charts (pixels, words, granularity, intensity), People (Over time), Calm
(Progress › Minutes per week).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from tabs import _cpu, _settle, corpus, open_window  # noqa: E402

GOAL_MS = 100
JOURNAL_CHARTS = ("mood", "pixels", "words", "granularity", "intensity")
DEFAULT_TABS = ("Insights", "Insights/helps", "Exercise", "Journal", "People", "Calm")
ALL_TABS = DEFAULT_TABS + tuple(f"Journal/{name}" for name in JOURNAL_CHARTS[1:])


def _insights(tab, page: str):
    tab.pages.setCurrentWidget(tab.helps_page if page == "helps" else tab.selfcheck_page)
    canvases = [tab.helps_page.canvas] if page == "helps" else tab.selfcheck_page.canvases()
    return tab.range_combo, canvases


def _journal(tab, chart: str):
    panel = tab.charts_panel
    tab.view_tabs.setCurrentWidget(panel)
    canvas = getattr(panel, f"{chart}_canvas")
    panel.chart_tabs.setCurrentIndex(panel.canvases().index(canvas))
    return panel.period_combo, [canvas]


def _exercise(tab, _page: str):
    panel = tab.charts_panel
    panel.chart_tabs.setCurrentIndex(0)
    return panel.range_combo, [panel.guideline_canvas]


def _people(tab, _page: str):
    tab.views_tabs.setCurrentWidget(tab.over_time_page)
    return tab.over_time_page.period_combo, [tab.over_time_page.canvas]


def _calm(tab, _page: str):
    page = tab.progress_page
    tab.pages.setCurrentWidget(page)
    page.chart_tabs.setCurrentIndex(0)
    return page.range_combo, [page.weekly_canvas]


OPEN = {"Insights": _insights, "Journal": _journal, "Exercise": _exercise,
        "People": _people, "Calm": _calm}


def _floor(sizes: list) -> callable:
    """A bare matplotlib draw of one line per chart size (inches, dpi)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figures = []
    for inches, dpi in sizes:
        figure = Figure(figsize=inches, dpi=dpi)
        FigureCanvasAgg(figure)
        figure.add_subplot().plot([0, 1, 2], [1, 3, 2])
        figures.append(figure)
    return lambda: [figure.canvas.draw() for figure in figures]


def _timed(function) -> tuple[float, float]:
    started_wall, started_cpu = time.perf_counter(), _cpu()
    function()
    return time.perf_counter() - started_wall, _cpu() - started_cpu


def child(name: str, data_dir: Path, rounds: int) -> dict:
    """In a fresh process: open the window, show the tab's charts, change the period."""
    from resilience_desktop.charts.warm_up import start_warm_up

    app, window = open_window(data_dir)
    start_warm_up().join()
    title, _, page = name.partition("/")
    window.show_tab(title)
    _settle(app)
    combo, canvases = OPEN[title](window.tab(title), page or "mood")
    _settle(app)
    shown = [c for c in canvases if c.isVisible() and c.figure is not None]
    floor = _floor([(tuple(c.figure.get_size_inches()), c.figure.dpi) for c in shown])
    floor()

    def change() -> None:
        combo.setCurrentIndex((combo.currentIndex() + 1) % combo.count())
        window.repaint()
        _settle(app)

    if os.environ.get("PROFILE"):  # PROFILE=1 ... --child NAME DATA_DIR ROUNDS: where it goes
        import cProfile

        for _ in range(combo.count()):
            change()  # every period once: kept from now on
        cProfile.runctx("for _ in range(rounds * combo.count()): change()", globals(), locals(),
                        sort=os.environ.get("PROFILE_SORT", "tottime"))
        sys.exit(0)
    results: dict = {"first": [], "again": [], "floor": [], "charts": len(shown)}
    for round_ in range(rounds + 1):
        for _ in range(combo.count()):
            results["first" if round_ == 0 else "again"].append(_timed(change))
            results["floor"].append(_timed(floor))
    window.close()
    return results


def measure(name: str, data_dir: Path, rounds: int) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, __file__, "--child", name, str(data_dir), str(rounds)],
                         check=True, capture_output=True, text=True, env=env).stdout
    return json.loads(out.strip().splitlines()[-1])


def _ms(pairs: list, part: int) -> float:
    return statistics.median(pair[part] for pair in pairs) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, nargs="+", default=[10, 100])
    parser.add_argument("--runs", type=int, default=4, help="rounds of every period, after the first")
    parser.add_argument("--tabs", nargs="+", default=list(DEFAULT_TABS), choices=ALL_TABS)
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child[0], Path(args.child[1]), int(args.child[2]))))
        return 0
    print(f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
          " (on a busy machine wall time waits for the CPU: judge by the CPU columns)")
    for years in args.years:
        data_dir = corpus(years)
        print(f"\n== {years} years: a period change until the charts are painted, medians"
              f" (first round, then {args.runs} rounds of every period)")
        print(f"{'tab':<20} {'first: wall':>12} {'CPU':>7} {'again: wall':>12} {'CPU':>7}"
              f" {'floor CPU (charts)':>19}  goal <= {GOAL_MS} ms (again, CPU)")
        for name in args.tabs:
            run = measure(name, data_dir, args.runs)
            again_cpu = _ms(run["again"], 1)
            mark = "ok" if again_cpu <= GOAL_MS else "OVER"
            print(f"{name:<20} {_ms(run['first'], 0):>9.0f} ms {_ms(run['first'], 1):>4.0f} ms"
                  f" {_ms(run['again'], 0):>9.0f} ms {again_cpu:>4.0f} ms"
                  f" {_ms(run['floor'], 1):>12.0f} ms ({run['charts']})  {mark}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
