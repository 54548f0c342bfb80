"""Start-up cost of Resilience against a bare PySide6 window (target b/a <= 1.5).

Two moments, each as CPU time (user + system of the whole process: the steadier
figure on a shared machine) and wall time:
- **first paint**: the process ends as the window's first frame is painted — (a) a bare
  QMainWindow, (b) Resilience's shell-first start (ui/shell.py, FIRST_PAINT_LISTENERS);
- **idle**: (a) the bare window shown, then quit once the event loop is idle;
  (b) `resilience-desktop --smoke` (journal open, the shown tab filled, idle).
Both on a private copy of the 10-year demo journal (bench-data is shared: another
run's open journal, with its -wal beside it, would make a start go journal first),
showing Today. Runs alternate, RUNS times each; prints medians,
the ratios and peak memory,
for each Qt platform asked for: `offscreen` (no display at all, the cheapest
possible window, so the harshest ratio) and `xcb` (a real X11 window on a
virtual display started here with Xvfb, as a desktop user gets).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import tempfile
import time
from pathlib import Path

from _common import PYTHON, demo_data_dir, median, run_measured, run_timed

BARE = (
    "import sys\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication(sys.argv)\n"
    "w = QMainWindow(); w.setWindowTitle('bare'); w.resize(1280, 800); w.show()\n"
    "QTimer.singleShot(0, w.close)\n"
    "sys.exit(app.exec())\n"
)

#: The bare window plus one look-up in Qt's namespace (`Qt.AlignmentFlag`), which any
#: real window makes: PySide6 6.11 then builds the Python enums of the whole namespace
#: (93 enum classes, ~30 ms CPU here) that the bare window never touches. A second floor
#: beside the first, so the ratio can be read with that fixed cost taken out.
BARE_WITH_QT_ENUMS = BARE.replace("w = QMainWindow()",
                                  "from PySide6.QtCore import Qt; Qt.AlignmentFlag\n"
                                  "w = QMainWindow()")


BARE_FIRST_PAINT = (
    "import os, sys\n"
    "from PySide6.QtCore import QEvent, QObject\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "class Painted(QObject):\n"
    "    def eventFilter(self, watched, event):\n"
    "        if event.type() == QEvent.Type.Paint:\n"
    "            os._exit(0)\n"
    "        return False\n"
    "app = QApplication(sys.argv)\n"
    "w = QMainWindow(); w.setWindowTitle('bare'); w.resize(1280, 800)\n"
    "painted = Painted(); w.installEventFilter(painted); w.show()\n"
    "sys.exit(app.exec())\n"
)
BARE_FIRST_PAINT_WITH_QT_ENUMS = BARE_FIRST_PAINT.replace(
    "w = QMainWindow()", "from PySide6.QtCore import Qt; Qt.AlignmentFlag\nw = QMainWindow()")
#: Run with --smoke: a start that goes journal first (no shell) then ends at idle and
#: exits 7 (the benchmark says so) instead of waiting in the event loop for ever.
APP_FIRST_PAINT = (
    "import os, sys\n"
    "from resilience_desktop.ui import shell\n"
    "shell.FIRST_PAINT_LISTENERS.append(lambda: os._exit(0))\n"
    "from resilience_desktop.__main__ import main\n"
    "main(sys.argv[1:])\n"
    "sys.exit(7)  # the shell was not painted first: a start that went journal first\n"
)


def private_journal(source: Path, folder: Path) -> Path:
    """A copy of source's journal in folder (SQLite's backup: a consistent copy even
    while another process has it open), showing Today."""
    target = folder / "data"
    target.mkdir(mode=0o700)
    with sqlite3.connect(f"file:{source / 'resilience.sqlite3'}?mode=ro", uri=True) as origin, \
            sqlite3.connect(target / "resilience.sqlite3") as copy:
        origin.backup(copy)
        copy.execute("UPDATE preference SET value = ? WHERE key = 'window.last_tab'",
                     (json.dumps("Today"),))
    origin.close()
    copy.close()
    return target


def _medians(commands: list[list[str]], env: dict, runs: int) -> list[tuple[float, float, int]]:
    """(median wall, median CPU, peak MiB) of each command, runs alternated."""
    for command in commands:
        run_timed(command, env)  # warm the file cache
    rows: list[list[tuple[float, float, int]]] = [[] for _ in commands]
    for _ in range(runs):
        for row, command in zip(rows, commands):
            row.append(run_timed(command, env))
    return [(median([r[0] for r in row]), median([r[1] for r in row]), max(r[2] for r in row))
            for row in rows]


def measure(env: dict, data_dir, runs: int) -> None:
    app = str(Path(PYTHON).with_name("resilience-desktop"))
    commands = [[PYTHON, "-c", BARE_FIRST_PAINT],
                [PYTHON, "-c", APP_FIRST_PAINT, "--data-dir", str(data_dir), "--smoke"],
                [PYTHON, "-c", BARE], [app, "--data-dir", str(data_dir), "--smoke"],
                [PYTHON, "-c", BARE_WITH_QT_ENUMS], [PYTHON, "-c", BARE_FIRST_PAINT_WITH_QT_ENUMS]]
    (bare_paint, app_paint, bare_idle, app_idle, enums_idle, enums_paint) = _medians(commands, env, runs)
    print(f"platform {env['QT_QPA_PLATFORM']}, {runs} runs each, medians "
          "(CPU = user + system; wall in brackets):")
    print(f"  {'':<14}{'bare QMainWindow':>22}{'Resilience':>22}{'ratio CPU':>11}")
    for name, bare, ours in (("first paint", bare_paint, app_paint),
                             ("idle (--smoke)", bare_idle, app_idle)):
        print(f"  {name:<14}{bare[1] * 1000:>9.0f} ms ({bare[0] * 1000:>5.0f} ms)"
              f"{ours[1] * 1000:>9.0f} ms ({ours[0] * 1000:>5.0f} ms){ours[1] / bare[1]:>10.2f}")
    print(f"  second floor, first paint: bare QMainWindow + Qt's namespace enums {enums_paint[1] * 1000:.0f} ms"
          f" ({enums_paint[0] * 1000:.0f} ms); Resilience / that: {app_paint[1] / enums_paint[1]:.2f}")
    print(f"  second floor, idle: bare QMainWindow + Qt's namespace enums {enums_idle[1] * 1000:.0f} ms"
          f" ({enums_idle[0] * 1000:.0f} ms); Resilience / that: {app_idle[1] / enums_idle[1]:.2f}")
    print(f"  peak RSS: bare {bare_idle[2]} MiB, Resilience {app_idle[2]} MiB; target <= 1.5")


def measure_wall(env: dict, data_dir, runs: int) -> None:
    """The older wall-time-only comparison (kept for the figures in docs/performance.md)."""
    bare_cmd = [PYTHON, "-c", BARE]
    # The installed command, as the desktop file and users run it.
    app_cmd = [str(Path(PYTHON).with_name("resilience-desktop")), "--data-dir", str(data_dir), "--smoke"]
    run_measured(bare_cmd, env)  # warm the file cache for both
    run_measured(app_cmd, env)
    bare, app, bare_mem, app_mem = [], [], [], []
    for _ in range(runs):
        seconds, mib = run_measured(bare_cmd, env)
        bare.append(seconds)
        bare_mem.append(mib)
        seconds, mib = run_measured(app_cmd, env)
        app.append(seconds)
        app_mem.append(mib)
    a, b = median(bare), median(app)
    print(f"platform {env['QT_QPA_PLATFORM']}, {runs} runs each:")
    print(f"  (a) bare PySide6 QMainWindow:   median {a * 1000:.0f} ms, peak RSS {max(bare_mem)} MiB")
    print(f"  (b) resilience-desktop --smoke: median {b * 1000:.0f} ms, peak RSS {max(app_mem)} MiB")
    print(f"  ratio b/a: {b / a:.2f} (target <= 1.5)")


def start_xvfb() -> subprocess.Popen | None:
    if not shutil.which("Xvfb"):
        print("platform xcb: skipped (install xvfb and the libxcb packages from the README)")
        return None
    display = ":97"
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    os.environ["DISPLAY"] = display
    return server


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--platform", choices=("offscreen", "xcb", "both"), default="both")
    args = parser.parse_args()
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        print("note: PYTHONDONTWRITEBYTECODE is set, so every start compiles the app's modules "
              "again (about 110 ms CPU); run with PYTHONDONTWRITEBYTECODE= for what users get")
    with tempfile.TemporaryDirectory(prefix="resilience-startup-") as folder:
        data_dir = private_journal(demo_data_dir(args.years), Path(folder))
        print(f"data: a copy of the {args.years}-year demo in {data_dir}, showing Today")
        _measure_platforms(args, data_dir)


def _measure_platforms(args: argparse.Namespace, data_dir: Path) -> None:
    if args.platform in ("offscreen", "both"):
        measure(dict(os.environ, QT_QPA_PLATFORM="offscreen"), data_dir, args.runs)
    if args.platform in ("xcb", "both"):
        server = start_xvfb()
        if server is not None:
            try:
                measure(dict(os.environ, QT_QPA_PLATFORM="xcb"), data_dir, args.runs)
            finally:
                server.terminate()
                server.wait(10)


if __name__ == "__main__":
    main()
