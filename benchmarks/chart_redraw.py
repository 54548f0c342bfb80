"""Exercise chart redraw when the range changes: updated in place vs rebuilt (issue 20).

CPU time (process_time: steadier on a shared machine) of one range change of the
guideline chart until the window is painted (``repaint()``: a pending full draw
runs in it; an update in place was drawn from the frame's kept background
already, charts/blit.py), medians of alternated runs. Two panels on the same
journal: one updating in place, one rebuilding its figure on every change (the
redraw before issue 20). Beside them the floor: a bare matplotlib draw of one line
on a Figure of the same size (Agg). Goal: the in-place redraw <= 50 ms.
Run: .venv/bin/python benchmarks/chart_redraw.py [--runs 15]
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    data_dir = exercise_demo_dir(10)
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from PySide6.QtWidgets import QApplication

    from resilience_desktop.core import clock
    from resilience_desktop.core.startup import open_app_database
    from resilience_desktop.paths import AppPaths
    from resilience_desktop.ui.exercise.charts_panel import ExerciseChartsPanel

    clock.set(datetime.combine(END, datetime.min.time()).replace(hour=21))
    open_app_database(AppPaths.resolve(data_dir))
    app = QApplication.instance() or QApplication([])
    kept, rebuilt = ExerciseChartsPanel(), ExerciseChartsPanel()
    rebuilt.guideline_canvas._update_callback = None  # rebuild on every change
    full_draws: dict = {"kept": [], "rebuilt": []}  # one item per full draw
    for name, panel in (("kept", kept), ("rebuilt", rebuilt)):
        panel.resize(700, 600)
        panel.show()
        app.processEvents()
        panel.guideline_canvas.canvas.mpl_connect("draw_event", full_draws[name].append)
    size = kept.guideline_canvas.figure.get_size_inches()

    figure = Figure(figsize=size, dpi=kept.guideline_canvas.figure.dpi)
    FigureCanvasAgg(figure)
    figure.add_subplot().plot([0, 1, 2], [1, 3, 2])

    def floor():
        figure.canvas.draw()

    def change_range(in_place: bool):
        panel = kept if in_place else rebuilt
        panel.range_combo.setCurrentIndex((panel.range_combo.currentIndex() + 1) % 4)
        panel.guideline_canvas.canvas.repaint()  # what the user waits for

    for warm in range(8):  # each range once: its weeks fetched, its background kept
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
    print(f"load average {os.getloadavg()[0]:.1f}; guideline chart, 10-year demo, range "
          f"changes over 12/26/52/104 weeks; CPU ms, medians of {args.runs} alternated runs")
    print(f"  rebuilt (before issue 20):   {median(rebuilt_ms):6.1f} ms   "
          f"(full draws: {len(full_draws['rebuilt'])} of {args.runs})")
    print(f"  updated in place:            {median(in_place):6.1f} ms   "
          f"(full draws: {len(full_draws['kept'])} of {args.runs}; goal <= 50)")
    print(f"  floor, bare matplotlib draw: {median(bare):6.1f} ms")
    for panel in (kept, rebuilt):
        panel.close()


if __name__ == "__main__":
    main()
