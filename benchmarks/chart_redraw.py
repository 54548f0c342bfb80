"""Chart redraw when the period changes: updated in place vs rebuilt (issue 20).

CPU time (process_time: steadier on a shared machine) of one range change of a
chart (``--chart``: Exercise's guideline chart, the default and the issue's figure;
Journal's mood over time; People's contacts over time) until the window is painted (``repaint()``: a pending full draw
runs in it; an update in place was drawn over the frame text's kept pixels
already, charts/blit.py), medians of alternated runs. Two panels on the same
journal: one updating in place, one rebuilding its figure on every change (the
redraw before issue 20). Beside them the floor: a bare matplotlib draw of one line
on a Figure of the same size (Agg). Goal: the in-place redraw <= 50 ms.
Run: .venv/bin/python benchmarks/chart_redraw.py [--runs 15] [--chart mood]
"""

from __future__ import annotations

import argparse
import os
import time
from datetime import datetime

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _common import median  # noqa: E402
from exercise import END, exercise_demo_dir  # noqa: E402


def cpu_ms(function) -> float:
    started = time.process_time()
    function()
    return (time.process_time() - started) * 1000


def _guideline():
    from resilience_desktop.ui.exercise.charts_panel import ExerciseChartsPanel

    panel = ExerciseChartsPanel()
    return panel, panel.guideline_canvas, panel.range_combo, 4


def _mood():
    from resilience_desktop.ui.journal.charts_panel import JournalChartsPanel

    panel = JournalChartsPanel()
    return panel, panel.mood_canvas, panel.period_combo, 3  # 3 months, 12 months, 3 years


def _contacts():
    from resilience_desktop.ui.people.people_canvases import ContactsOverTimePage

    page = ContactsOverTimePage()
    return page, page.canvas, page.period_combo, 4


CHARTS = {"guideline": (_guideline, "guideline chart, range changes over 12/26/52/104 weeks"),
          "mood": (_mood, "mood over time, periods of 3 months, 12 months, 3 years"),
          "contacts": (_contacts, "contacts over time, periods of 3/6/12/24 months")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--chart", choices=sorted(CHARTS), default="guideline")
    args = parser.parse_args()
    data_dir = exercise_demo_dir(10)
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from PySide6.QtWidgets import QApplication

    from resilience_desktop.core import clock
    from resilience_desktop.core.startup import open_app_database
    from resilience_desktop.paths import AppPaths

    clock.set(datetime.combine(END, datetime.min.time()).replace(hour=21))
    open_app_database(AppPaths.resolve(data_dir))
    app = QApplication.instance() or QApplication([])
    make, what = CHARTS[args.chart]
    (kept, kept_canvas, kept_combo, periods), (rebuilt, rebuilt_canvas, rebuilt_combo, _) = (
        make(), make())
    rebuilt_canvas.update_figure = lambda _figure: False  # rebuild on every change
    full_draws: dict = {"kept": [], "rebuilt": []}  # one item per full draw
    for name, panel, canvas in (("kept", kept, kept_canvas), ("rebuilt", rebuilt, rebuilt_canvas)):
        panel.resize(700, 600)
        panel.show()
        app.processEvents()
        canvas.canvas.mpl_connect("draw_event", full_draws[name].append)
    size = kept_canvas.figure.get_size_inches()

    figure = Figure(figsize=size, dpi=kept_canvas.figure.dpi)
    FigureCanvasAgg(figure)
    figure.add_subplot().plot([0, 1, 2], [1, 3, 2])

    def floor():
        figure.canvas.draw()

    def change_range(in_place: bool):
        combo, canvas = (kept_combo, kept_canvas) if in_place else (rebuilt_combo, rebuilt_canvas)
        combo.setCurrentIndex((combo.currentIndex() + 1) % periods)
        canvas.canvas.repaint()  # what the user waits for

    for warm in range(2 * periods):  # each range once: its data cached, its frame text kept
        change_range(warm % 2 == 0)
    floor()
    if os.environ.get("PROFILE"):
        import cProfile
        cProfile.runctx("for _ in range(8): change_range(True)", globals(), locals(),
                        sort="cumtime")
        return
    for draws in full_draws.values():
        draws.clear()
    rebuilt_ms, in_place, bare = [], [], []
    for _ in range(args.runs):
        rebuilt_ms.append(cpu_ms(lambda: change_range(False)))
        in_place.append(cpu_ms(lambda: change_range(True)))
        bare.append(cpu_ms(floor))
    print(f"load average {os.getloadavg()[0]:.1f}; {what}, 10-year demo; "
          f"CPU ms, medians of {args.runs} alternated runs")
    print(f"  rebuilt (before issue 20):   {median(rebuilt_ms):6.1f} ms   "
          f"(full draws: {len(full_draws['rebuilt'])} of {args.runs})")
    print(f"  updated in place:            {median(in_place):6.1f} ms   "
          f"(full draws: {len(full_draws['kept'])} of {args.runs})"
          + ("; goal <= 50" if args.chart == "guideline" else ""))
    print(f"  floor, bare matplotlib draw: {median(bare):6.1f} ms")
    for panel in (kept, rebuilt):
        panel.close()


if __name__ == "__main__":
    main()
