"""Insights speed on the 10-year demo (issue 20): the tab's first show, a date-range
change, and the summary PDF for one year.

The figures are worked out on a worker thread behind a placeholder and kept per date
range; a show is timed to the moment the real figures are painted (worker done, charts
drawn, the tab repainted), and, for the first show, also to the painted placeholder.
Beside them the floor: the same three charts drawn as bare matplotlib line charts of the
same size, and the tab's widgets alone (no data, no charts). Wall time (the person waits
on it), medians of several runs; the machine is shared, so expect noise.
Goals: first show <= 300 ms, date-range change <= 100 ms, summary PDF for a year <= 3 s.
Run: .venv/bin/python benchmarks/insights.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _common import demo_data_dir  # noqa: E402

END = date(2026, 11, 1)
RANGE_CYCLE = (0, 1, 2, 3, 0, 1, 2, 3)  # each range once new, then once kept


def _painted(tab, app) -> None:
    """Until the worker's figures are in and every pending chart draw has run; then paint."""
    from resilience_desktop.ui.widgets import background

    while True:
        app.processEvents()
        pending = [c for c in _canvases(tab) if getattr(c.canvas, "_draw_pending", False)]
        if background.idle() and not pending:
            break
        time.sleep(0.001)
    tab.repaint()


def _canvases(tab):
    from resilience_desktop.charts.canvas import ChartCanvas

    return [c for c in tab.findChildren(ChartCanvas) if c.isVisible() and c.canvas is not None]


def _placeholder_painted(tab, app) -> None:
    app.processEvents()
    tab.repaint()


def bench_tab(data_dir: Path, runs: int) -> dict:
    from PySide6.QtWidgets import QApplication

    from resilience_desktop.paths import AppPaths
    from resilience_desktop.core import clock
    from resilience_desktop.ui.app_context import AppContext
    from resilience_desktop.ui.app_signals import AppSignals
    from resilience_desktop.ui.insights.insights_tab import InsightsTab

    clock.set(END)
    app = QApplication.instance() or QApplication([])
    from resilience_desktop.core.startup import open_script_session

    context = AppContext(AppPaths.resolve(data_dir), AppSignals(),
                         open_script_session(AppPaths.resolve(data_dir)))
    shows, placeholders, tabs = [], [], []
    for _ in range(runs):
        start = time.perf_counter()
        tab = InsightsTab(context)
        tab.resize(1280, 740)
        tab.show()
        _placeholder_painted(tab, app)
        placeholders.append(time.perf_counter() - start)
        _painted(tab, app)
        shows.append(time.perf_counter() - start)
        tabs.append(tab)
    tab = tabs[-1]
    results = {"first_show": shows[0], "first_placeholder": placeholders[0],
               "later_shows": statistics.median(shows[1:] or shows),
               "chart_size": _canvases(tab)[0].figure.get_size_inches(),
               "chart_dpi": _canvases(tab)[0].figure.dpi}
    for page_name, page in (("self-checks", tab.selfcheck_page), ("what helps", tab.helps_page)):
        tab.loader.clear()  # each range new once, then kept
        tab.pages.setCurrentWidget(page)
        _painted(tab, app)
        new, kept = [], []
        for number, index in enumerate(RANGE_CYCLE):
            start = time.perf_counter()
            tab.range_combo.setCurrentIndex(index)
            _painted(tab, app)
            (new if number < 4 else kept).append(time.perf_counter() - start)
        results[f"range_{page_name}"] = (statistics.median(new), statistics.median(kept))
    for each in tabs:
        each.close()
    return results


def bench_floor(size, dpi, runs: int) -> float:
    """Three bare matplotlib line charts of the tab's chart size drawn (Agg)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    times = []
    for _ in range(runs):
        start = time.perf_counter()
        for _chart in range(3):
            figure = Figure(figsize=size, dpi=dpi)
            FigureCanvasAgg(figure)
            figure.add_subplot().plot(range(60), [n % 7 for n in range(60)])
            figure.canvas.draw()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_pdf(runs: int, data_dir: Path) -> list[float]:
    from resilience_desktop.services.insights.summary import gather
    from resilience_desktop.charts.summary_pdf import write_summary_pdf

    times = []
    with tempfile.TemporaryDirectory() as folder:
        for run in range(runs):
            start = time.perf_counter()
            data = gather(END - timedelta(days=364), END)
            write_summary_pdf(data, Path(folder) / f"s{run}.pdf", data_dir)
            times.append(time.perf_counter() - start)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from resilience_desktop.core.db import close_database, database
    from resilience_desktop.core.startup import open_app_database
    from resilience_desktop.paths import AppPaths

    data_dir = demo_data_dir(10)
    open_app_database(AppPaths.resolve(data_dir))
    counts = {scale: n for scale, n in database.execute_sql(
        "SELECT scale, COUNT(*) FROM insights_response GROUP BY scale")}
    print(f"== 10-year demo: questionnaire answers {counts}")
    tab = bench_tab(data_dir, args.runs)
    floor = bench_floor(tab["chart_size"], tab["chart_dpi"], args.runs)
    print(f"load average {os.getloadavg()[0]:.1f}; wall ms, medians of {args.runs} runs")
    print(f"Insights tab, first show in this process (incl. the matplotlib import): "
          f"placeholder painted {tab['first_placeholder'] * 1000:.0f} ms, real figures "
          f"painted {tab['first_show'] * 1000:.0f} ms  (goal <= 300 ms)")
    print(f"Insights tab, later shows (real figures painted): median "
          f"{tab['later_shows'] * 1000:.0f} ms  (goal <= 300 ms)")
    print(f"  floor: three bare matplotlib line charts of the same size: {floor * 1000:.0f} ms")
    for page in ("self-checks", "what helps"):
        new, kept = tab[f"range_{page}"]
        print(f"date-range change, {page} page: a new range {new * 1000:.0f} ms, a kept "
              f"range {kept * 1000:.0f} ms  (goal <= 100 ms)")
    pdf = bench_pdf(args.runs, data_dir)
    print(f"summary PDF for one year: first {pdf[0]:.2f} s, median "
          f"{statistics.median(pdf):.2f} s  (target <= 3 s)")
    close_database()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
