"""Idle cost of the open window (issue 20): CPU ticks in 30 s and memory, beside a bare
PySide6 QMainWindow (the floor). Goal: 0 ticks — no timer or poll wakes the app.

Starts the app on a 10-year demo (offscreen unless QT_QPA_PLATFORM is set), waits
until its CPU counter has settled, then reads /proc/PID/stat (utime + stime, in
clock ticks) at the start and end of the window; ends both processes with SIGTERM.
With ``--sync`` the app runs on a copy of the demo that syncs with a folder (the first
sync done beforehand with the `sync` verb), so its QFileSystemWatcher on the folder is
set: still 0 ticks while nothing in the folder changes (issue 18).
Linux only. Run: .venv/bin/python benchmarks/idle.py [--seconds 30] [--sync]
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

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


def syncing_copy(data_dir: Path, scratch: Path) -> Path:
    """A copy of data_dir that has joined a new sync folder in scratch."""
    copy = scratch / "data"
    shutil.copytree(data_dir, copy, ignore=shutil.ignore_patterns("*.lock", "backups"))
    env = {**os.environ, "PYTHONPATH": os.environ.get("PYTHONPATH", str(ROOT))}
    subprocess.run([PYTHON, "-m", "resilience_desktop", "sync", str(scratch / "folder"),
                    "--data-dir", str(copy), "--name", "benchmark"],
                   input="idle benchmark folder passphrase\n", text=True, env=env,
                   check=True, capture_output=True)
    return copy


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--sync", action="store_true", help="the journal syncs with a folder")
    args = parser.parse_args()
    data_dir = demo_data_dir(10)
    scratch = Path(tempfile.mkdtemp(prefix="idle-sync-"))
    if args.sync:
        data_dir = syncing_copy(data_dir, scratch)
    app = idle_ticks([PYTHON, "-m", "resilience_desktop", "--data-dir", str(data_dir)],
                     args.seconds)
    bare = idle_ticks([PYTHON, "-c", BARE], args.seconds)
    print(f"load average {os.getloadavg()[0]:.1f}; idle window, {args.seconds:.0f} s, "
          f"{os.environ['QT_QPA_PLATFORM']}, 10-year demo"
          f"{' syncing with a folder' if args.sync else ''} "
          f"({os.sysconf('SC_CLK_TCK')} ticks a second)")
    print(f"  resilience-desktop window: {app[0]} CPU ticks, {app[1]:.0f} MiB RSS (goal 0 ticks)")
    print(f"  floor, bare QMainWindow:   {bare[0]} CPU ticks, {bare[1]:.0f} MiB RSS")
    shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
