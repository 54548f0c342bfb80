"""Start-up cost of Resilience against a bare PySide6 window (target b/a <= 1.5).

(a) a bare QMainWindow shown, then quit once the event loop is idle;
(b) `resilience-desktop --smoke` on a 10-year demo data dir.
Runs alternate, RUNS times each; prints medians, the ratio and peak memory.
"""

from __future__ import annotations

import argparse
import os

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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--years", type=int, default=10)
    args = parser.parse_args()
    data_dir = demo_data_dir(args.years)
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    bare_cmd = [PYTHON, "-c", BARE]
    app_cmd = [PYTHON, "-m", "resilience_desktop", "--data-dir", str(data_dir), "--smoke"]
    run_measured(bare_cmd, env)  # warm the file cache for both
    run_measured(app_cmd, env)
    bare, app, bare_mem, app_mem = [], [], [], []
    for _ in range(args.runs):
        seconds, mib = run_measured(bare_cmd, env)
        bare.append(seconds)
        bare_mem.append(mib)
        seconds, mib = run_measured(app_cmd, env)
        app.append(seconds)
        app_mem.append(mib)
    a, b = median(bare), median(app)
    print(f"platform: {env['QT_QPA_PLATFORM']}, runs: {args.runs}, data: {args.years}-year demo")
    print(f"(a) bare PySide6 QMainWindow: median {a * 1000:.0f} ms, peak RSS {max(bare_mem)} MiB")
    print(f"(b) resilience-desktop --smoke: median {b * 1000:.0f} ms, peak RSS {max(app_mem)} MiB")
    print(f"ratio b/a: {b / a:.2f} (target <= 1.5)")


if __name__ == "__main__":
    main()
