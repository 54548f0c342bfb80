"""Start-up cost of Resilience against a bare PySide6 window (target b/a <= 1.5).

(a) a bare QMainWindow shown, then quit once the event loop is idle;
(b) `resilience-desktop --smoke` on a 10-year demo data dir.
Runs alternate, RUNS times each; prints medians, the ratio and peak memory,
for each Qt platform asked for: `offscreen` (no display at all, the cheapest
possible window, so the harshest ratio) and `xcb` (a real X11 window on a
virtual display started here with Xvfb, as a desktop user gets).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import time
from pathlib import Path

from _common import PYTHON, demo_data_dir, median, run_measured

BARE = (
    "import sys\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication(sys.argv)\n"
    "w = QMainWindow(); w.setWindowTitle('bare'); w.resize(1280, 800); w.show()\n"
    "QTimer.singleShot(0, w.close)\n"
    "sys.exit(app.exec())\n"
)


def measure(env: dict, data_dir, runs: int) -> None:
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
    data_dir = demo_data_dir(args.years)
    print(f"data: {args.years}-year demo in {data_dir}")
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
