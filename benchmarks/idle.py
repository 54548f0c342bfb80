"""Idle cost of the open window (issue 20): CPU ticks in 30 s and memory, beside a bare
PySide6 QMainWindow (the floor). Goal: 0 ticks — no timer or poll wakes the app.

Starts the app on a 10-year demo (offscreen unless QT_QPA_PLATFORM is set), waits
until its CPU counter has settled, then reads /proc/PID/stat (utime + stime, in
clock ticks) at the start and end of the window; ends both processes with SIGTERM.
Linux only. Run: .venv/bin/python benchmarks/idle.py [--seconds 30]
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _common import BENCH_DATA, PYTHON, ROOT, demo_data_dir  # noqa: E402

BARE = ("from PySide6.QtWidgets import QApplication, QMainWindow\n"
        "app = QApplication([]); window = QMainWindow(); window.resize(1280, 800)\n"
        "window.show(); app.exec()")


def cpu_ticks(pid: int) -> int:
    with open(f"/proc/{pid}/stat") as handle:
        fields = handle.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def rss_mib(pid: int) -> float:
    with open(f"/proc/{pid}/status") as handle:
        line = next(line for line in handle if line.startswith("VmRSS:"))
    return int(line.split()[1]) / 1024


def settle(pid: int, quiet_for: float = 3.0, limit: float = 60.0) -> None:
    """Wait until the process has used no CPU for quiet_for seconds (start-up done)."""
    started, last, since = time.monotonic(), cpu_ticks(pid), time.monotonic()
    while time.monotonic() - started < limit:
        time.sleep(0.5)
        now = cpu_ticks(pid)
        if now != last:
            last, since = now, time.monotonic()
        elif time.monotonic() - since >= quiet_for:
            return


def idle_ticks(argv: list[str], seconds: float) -> tuple[int, float]:
    env = {**os.environ, "PYTHONPATH": os.environ.get("PYTHONPATH", str(ROOT))}
    process = subprocess.Popen(argv, cwd=BENCH_DATA, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    try:
        time.sleep(1)
        settle(process.pid)
        before = cpu_ticks(process.pid)
        time.sleep(seconds)
        return cpu_ticks(process.pid) - before, rss_mib(process.pid)
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30)
    args = parser.parse_args()
    data_dir = demo_data_dir(10)
    app = idle_ticks([PYTHON, "-m", "resilience_desktop", "--data-dir", str(data_dir)],
                     args.seconds)
    bare = idle_ticks([PYTHON, "-c", BARE], args.seconds)
    print(f"load average {os.getloadavg()[0]:.1f}; idle window, {args.seconds:.0f} s, "
          f"{os.environ['QT_QPA_PLATFORM']}, 10-year demo "
          f"({os.sysconf('SC_CLK_TCK')} ticks a second)")
    print(f"  resilience-desktop window: {app[0]} CPU ticks, {app[1]:.0f} MiB RSS (goal 0 ticks)")
    print(f"  floor, bare QMainWindow:   {bare[0]} CPU ticks, {bare[1]:.0f} MiB RSS")


if __name__ == "__main__":
    main()
