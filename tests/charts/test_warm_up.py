"""The idle chart warm-up: matplotlib loaded on its thread, once, and a chart then draws."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
assert "matplotlib" not in sys.modules
from resilience_desktop.charts.warm_up import MODULES, start_warm_up
thread = start_warm_up()
assert start_warm_up() is thread  # once per process
thread.join()
missing = [name for name in MODULES if name not in sys.modules]
from resilience_desktop.charts.canvas import ChartCanvas
canvas = ChartCanvas(lambda figure: figure.add_subplot().plot([1, 2, 3]))
canvas.resize(300, 200)
canvas.show()
app.processEvents()
canvas.draw_now()
print("missing", missing, "drawn", canvas.figure.axes[0].lines[0].get_ydata().tolist())
"""


def test_the_warm_up_loads_matplotlib_on_its_thread_and_a_chart_then_draws():
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "missing [] drawn [1, 2, 3]" in done.stdout
