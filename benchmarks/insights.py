"""Insights speed on the 10-year demo: the tab's first show (compute + draw),
a date-range change, and the summary PDF for one year.

Targets: first show <= 1 s, date-range change <= 300 ms, summary PDF for one
year <= 3 s. Run: .venv/bin/python benchmarks/insights.py
Each figure is the median of several runs; the machine is shared, so expect noise.
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


def _draw_visible(tab, app) -> None:
    from resilience_desktop.charts.canvas import ChartCanvas

    app.processEvents()
    for canvas in tab.findChildren(ChartCanvas):
        if canvas.isVisible():
            canvas.draw_now()


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
    shows, tabs = [], []
    for _ in range(runs):
        start = time.perf_counter()
        tab = InsightsTab(context)
        tab.resize(1280, 740)
        tab.show()
        _draw_visible(tab, app)
        shows.append(time.perf_counter() - start)
        tabs.append(tab)
    tab = tabs[-1]
    results = {"first_show": shows[0], "later_shows": statistics.median(shows[1:] or shows)}
    for page_name, page in (("self-checks", tab.selfcheck_page), ("what helps", tab.helps_page)):
        tab.pages.setCurrentWidget(page)
        _draw_visible(tab, app)
        times = []
        for index in (0, 1, 2, 3, 0, 1, 2, 3):
            start = time.perf_counter()
            tab.range_combo.setCurrentIndex(index)
            _draw_visible(tab, app)
            times.append(time.perf_counter() - start)
        results[f"range_{page_name}"] = (statistics.median(times), max(times))
    for each in tabs:
        each.close()
    return results


def bench_pdf(runs: int) -> list[float]:
    from resilience_desktop.services.insights.summary import gather
    from resilience_desktop.charts.summary_pdf import write_summary_pdf

    times = []
    with tempfile.TemporaryDirectory() as folder:
        for run in range(runs):
            start = time.perf_counter()
            data = gather(END - timedelta(days=364), END)
            write_summary_pdf(data, Path(folder) / f"s{run}.pdf")
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
    print(f"Insights tab first show in this process (incl. matplotlib import): "
          f"{tab['first_show'] * 1000:.0f} ms; later shows median "
          f"{tab['later_shows'] * 1000:.0f} ms  (target <= 1000 ms)")
    for page in ("self-checks", "what helps"):
        median, worst = tab[f"range_{page}"]
        print(f"date-range change, {page} page: median {median * 1000:.0f} ms, "
              f"worst {worst * 1000:.0f} ms  (target <= 300 ms)")
    pdf = bench_pdf(args.runs)
    print(f"summary PDF for one year: first {pdf[0]:.2f} s, median "
          f"{statistics.median(pdf):.2f} s  (target <= 3 s)")
    close_database()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
