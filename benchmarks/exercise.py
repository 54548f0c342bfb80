"""Exercise speed on the 10-year demo: weekly summaries, each chart's redraw, CSV import.

Targets: weekly summaries and each chart's redraw <= 150 ms; importing a
10,000-row CSV <= 2 s. Run: .venv/bin/python benchmarks/exercise.py
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import sqlite3
import subprocess
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _common import BENCH_DATA, PYTHON, median  # noqa: E402

END = date(2026, 11, 1)


def exercise_demo_dir(years: int) -> Path:
    """A cached demo dir that really holds exercise sessions (rebuilt if it does not)."""
    target = BENCH_DATA / f"exercise-demo-{years}y"
    db_file = target / "resilience.sqlite3"
    if db_file.exists():
        with sqlite3.connect(db_file) as conn:
            try:
                if conn.execute("SELECT COUNT(*) FROM exercise_session").fetchone()[0]:
                    return target
            except sqlite3.OperationalError:
                pass
        shutil.rmtree(target)
    target.mkdir(parents=True)
    started = time.perf_counter()
    subprocess.run([PYTHON, "-m", "resilience_desktop", "demo", "--years", str(years),
                    "--end-date", END.isoformat(), "--data-dir", str(target)], check=True)
    print(f"(built {years}-year demo in {time.perf_counter() - started:.1f} s)")
    return target


def timed(function, runs: int) -> float:
    """Median milliseconds of `runs` calls."""
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        samples.append((time.perf_counter() - started) * 1000)
    return median(samples)


def bench_summaries(runs: int) -> None:
    from resilience_desktop.services.exercise import stats

    first = END - timedelta(days=3652)
    print(f"weekly summaries, 10 years ({len(stats.weekly_summaries(first, END))} weeks): "
          f"{timed(lambda: stats.weekly_summaries(first, END), runs):.1f} ms")
    print(f"weekly summaries, last 26 weeks: "
          f"{timed(lambda: stats.weekly_summaries(END - timedelta(weeks=26), END), runs):.1f} ms")
    print(f"this week + habit strength (all sessions): "
          f"{timed(lambda: (stats.current_week(), stats.habit_strengths(stats.load_facts(), END)), runs):.1f} ms")


def bench_charts(runs: int) -> None:
    from PySide6.QtWidgets import QApplication

    from resilience_desktop.ui.exercise.charts_panel import GUIDELINE_RANGES, ExerciseChartsPanel

    app = QApplication.instance() or QApplication([])
    panel = ExerciseChartsPanel()
    panel.resize(700, 600)
    panel.show()
    app.processEvents()

    def rebuild(canvas):
        canvas.redraw()  # ChartCanvas.redraw: fetch data + rebuild artists, then draw_idle

    def redraw(canvas):
        canvas.redraw()
        canvas.canvas.draw()  # render now (draw_idle would defer it): what the user waits for

    def report(label, canvas):
        print(f"chart {label}: rebuild {timed(lambda: rebuild(canvas), runs):.1f} ms, "
              f"rebuild + render {timed(lambda: redraw(canvas), runs):.1f} ms")

    def reference(figure):  # machine speed: the cheapest possible chart on the same canvas
        figure.add_subplot().plot([0, 1, 2], [1, 3, 2])

    from resilience_desktop.charts.canvas import ChartCanvas

    baseline = ChartCanvas(reference)
    baseline.resize(700, 560)
    baseline.show()
    app.processEvents()
    redraw(baseline)
    report("reference (one line, same canvas and constrained layout)", baseline)
    baseline.close()
    for index, canvas in enumerate(panel.canvases()):
        panel.chart_tabs.setCurrentIndex(index)
        app.processEvents()
        redraw(canvas)  # warm-up: fonts, first import
        label = panel.chart_tabs.tabText(index)
        if index == 0:
            for range_index, (range_label, _weeks) in enumerate(GUIDELINE_RANGES):
                panel.range_combo.setCurrentIndex(range_index)
                report(f"{label} ({range_label})", canvas)
            panel.range_combo.setCurrentIndex(1)
        else:
            report(label, canvas)
    panel.close()


def write_plain_csv(path: Path, rows: int) -> None:
    names = ("Walking for pleasure", "Jogging", "Yoga, Hatha", "Resistance training", "Swimming laps, slow")
    start = datetime(2000, 1, 1, 7, 0)
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["date", "activity", "minutes", "notes"])
        for i in range(rows):
            when = start + timedelta(hours=9 * i)
            writer.writerow([when.strftime("%Y-%m-%d %H:%M"), names[i % 5], 20 + i % 60, f"row {i}"])


def write_strava_csv(path: Path, rows: int) -> None:
    types = ("Run", "Walk", "Ride", "Swim", "Weight Training", "Yoga", "Hike", "Workout")
    start = datetime(2000, 1, 1, 7, 0)
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Activity ID", "Activity Date", "Activity Name", "Activity Type",
                         "Activity Description", "Elapsed Time", "Distance", "Elapsed Time",
                         "Moving Time", "Distance"])
        for i in range(rows):
            when = (start + timedelta(hours=9 * i)).strftime("%b %-d, %Y, %-I:%M:%S %p")
            seconds, km = 1200 + i % 60 * 60, round(2 + i % 17 * 0.7, 2)
            writer.writerow([9_000_000 + i, when, f"Activity {i}", types[i % 8], "", seconds,
                             km, float(seconds), float(seconds - 60), km * 1000])


def bench_import(rows: int) -> None:
    from resilience_desktop.core.db import close_database
    from resilience_desktop.core.startup import open_app_database
    from resilience_desktop.paths import AppPaths
    from resilience_desktop.services.exercise.importing import import_exercise_csv, import_strava_csv

    with tempfile.TemporaryDirectory(dir=BENCH_DATA) as tmp:
        for label, writer, importer in (("plain CSV", write_plain_csv, import_exercise_csv),
                                        ("Strava CSV", write_strava_csv, import_strava_csv)):
            csv_path = Path(tmp) / f"{label.split()[0]}.csv"
            writer(csv_path, rows)
            paths = AppPaths.resolve(Path(tmp) / f"data-{label.split()[0]}")
            open_app_database(paths)
            started = time.perf_counter()
            report = importer(csv_path)
            elapsed = time.perf_counter() - started
            close_database()
            print(f"import {rows:,} rows ({label}): {elapsed:.2f} s ({report.added} added)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--only", choices=("summaries", "charts", "import"),
                        help="run one part only (default: all)")
    args = parser.parse_args()
    data_dir = exercise_demo_dir(args.years)

    from resilience_desktop.core.db import close_database
    from resilience_desktop.core.startup import open_app_database
    from resilience_desktop.paths import AppPaths
    from resilience_desktop.core import clock

    clock.set(datetime.combine(END, datetime.min.time()).replace(hour=21))
    open_app_database(AppPaths.resolve(data_dir))
    from resilience_desktop.core.models.exercise import ExerciseSession

    print(f"data: {args.years}-year demo, {ExerciseSession.select().count():,} sessions; "
          f"median of {args.runs} runs")
    if args.only in (None, "summaries"):
        bench_summaries(args.runs)
    if args.only in (None, "charts"):
        bench_charts(args.runs)
    close_database()
    if args.only in (None, "import"):
        bench_import(args.rows)


if __name__ == "__main__":
    main()
