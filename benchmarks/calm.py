"""Calm: pacer frame rate and CPU offscreen, phase drift, the tab's first show.

Targets: the pacer repaints at >= 55 frames a second while using < 10 % of
one core; its phase timing drifts < 20 ms over 10 simulated minutes; the
Calm tab's first show <= 200 ms on the 10-year demo.
Run: .venv/bin/python benchmarks/calm.py [--seconds 3] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import subprocess
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _common import BENCH_DATA, PYTHON, median  # noqa: E402

END = "2026-11-01"


def calm_demo_dir(years: int = 10) -> Path:
    """A cached demo dir that really holds calm practice (rebuilt if it does not)."""
    target = BENCH_DATA / f"calm-demo-{years}y"
    db_file = target / "resilience.sqlite3"
    if db_file.exists():
        with sqlite3.connect(db_file) as conn:
            try:
                if conn.execute("SELECT COUNT(*) FROM calm_session").fetchone()[0]:
                    return target
            except sqlite3.OperationalError:
                pass
        shutil.rmtree(target)
    target.mkdir(parents=True)
    subprocess.run([PYTHON, "-m", "resilience_desktop", "demo", "--years", str(years),
                    "--end-date", END, "--data-dir", str(target)], check=True)
    return target


def bench_pacer(seconds: float, runs: int) -> None:
    """A real event loop for `seconds`: frames painted per second and CPU per wall second."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from resilience_desktop.services.calm.patterns import BUILT_IN_PATTERNS
    from resilience_desktop.ui.calm.pacer import PacerWidget

    app = QApplication.instance() or QApplication([])
    for reduced in (False, True):
        fps, cpu = [], []
        for _ in range(runs):
            pacer = PacerWidget()
            pacer.resize(1240, 520)  # its size in a 1280 x 800 window
            pacer.set_reduced_motion(reduced)
            pacer.set_session(BUILT_IN_PATTERNS[2], 100)
            pacer.show()
            app.processEvents()
            pacer.start()
            loop = QEventLoop()
            QTimer.singleShot(int(seconds * 1000), loop.quit)
            frames0, wall0, cpu0 = pacer.frames_painted, time.perf_counter(), time.process_time()
            loop.exec()
            wall = time.perf_counter() - wall0
            fps.append((pacer.frames_painted - frames0) / wall)
            cpu.append((time.process_time() - cpu0) / wall * 100)
            pacer.stop()
            pacer.close()
            pacer.deleteLater()
            app.processEvents()
        label = "reduced motion (bar)" if reduced else "moving circle"
        print(f"pacer, {label}, {seconds:g} s x {runs}: {median(fps):.1f} frames/s "
              f"(min {min(fps):.1f}), CPU {median(cpu):.1f} % of one core "
              f"(max {max(cpu):.1f} %)")


def bench_drift() -> None:
    """Ten simulated minutes of jittery frames (16-17 ms, a 250 ms stall now and then).

    For every phase change the pacer announces, how far the start of the new
    phase (as the pacer computes it) is from where the pattern says it is,
    and how late the change was noticed (at most one frame, never growing).
    """
    from resilience_desktop.services.calm.clock import ManualClock
    from resilience_desktop.services.calm.patterns import BUILT_IN_PATTERNS, phase_boundaries
    from resilience_desktop.ui.calm.pacer import PacerWidget

    rng = random.Random(7)
    for pattern in BUILT_IN_PATTERNS:
        clock = ManualClock(start=12345.678)
        pacer = PacerWidget(clock)
        cycles = int(600 // pattern.cycle_seconds) + 2
        pacer.set_session(pattern, cycles)
        seen: list[tuple[float, float]] = []  # (elapsed when noticed, computed phase start)

        def record(_phase, pacer=pacer, seen=seen, pattern=pattern):
            state = pacer.state()
            length = dict(pattern.phases()).get(state.phase, None)
            seen.append((pacer.elapsed(), pacer.elapsed() - state.progress * length))

        pacer.phase_changed.connect(record)
        pacer.start()
        while pacer.elapsed() < 600:
            clock.advance(0.25 if rng.random() < 0.005 else rng.uniform(0.016, 0.017))
            pacer.tick()
        ideal = [t for t, _ in phase_boundaries(pattern, cycles)][:len(seen)]
        drift = max(abs(start - at) for (_, start), at in zip(seen, ideal))
        lates = [noticed - at for (noticed, _), at in zip(seen, ideal)]
        last_drift = abs(seen[-1][1] - ideal[-1])
        print(f"drift over 10 min, {pattern.name}: {len(seen)} phase changes, largest "
              f"{drift * 1000:.2g} ms, at the end {last_drift * 1000:.2g} ms; a change is "
              f"shown {median(lates) * 1000:.0f} ms after it is due (median; at most "
              f"{max(lates) * 1000:.0f} ms after a 250 ms stall), never more later on")


FIRST_SHOW = (
    "import os, sys, time\n"
    "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
    "from PySide6.QtWidgets import QApplication\n"
    "app = QApplication(sys.argv)\n"
    "from resilience_desktop.core.startup import open_script_session\n"
    "from resilience_desktop.paths import AppPaths\n"
    "from resilience_desktop.services.preferences import set_preference\n"
    "from resilience_desktop.ui.app_context import AppContext\n"
    "from resilience_desktop.ui.app_signals import AppSignals\n"
    "from resilience_desktop.ui.main_window import MainWindow\n"
    "paths = AppPaths.resolve(sys.argv[1])\n"
    "session = open_script_session(paths)\n"
    "set_preference('window.last_tab', 'Support')\n"
    "window = MainWindow(AppContext(paths=paths, signals=AppSignals(), session=session))\n"
    "window.resize(1280, 800); window.show()\n"
    "for _ in range(5): app.processEvents()\n"
    "started = time.perf_counter()\n"
    "window.show_tab('Calm')\n"
    "window.repaint()\n"
    "app.processEvents()\n"
    "print((time.perf_counter() - started) * 1000)\n"
)


def bench_first_show(data_dir: Path, runs: int) -> None:
    """Each run a fresh process: switching to Calm builds, lays out and paints it."""
    samples = []
    for _ in range(runs + 1):
        with_copy = BENCH_DATA / "calm-first-show"
        shutil.rmtree(with_copy, ignore_errors=True)
        shutil.copytree(data_dir, with_copy)
        result = subprocess.run([PYTHON, "-c", FIRST_SHOW, str(with_copy)], check=True,
                                capture_output=True, text=True)
        samples.append(float(result.stdout.split()[-1]))
    samples = samples[1:]  # the first run warms the file cache
    print(f"Calm tab first show, 10-year demo, {runs} fresh processes: median "
          f"{median(samples):.0f} ms (min {min(samples):.0f}, max {max(samples):.0f})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", choices=("pacer", "drift", "first-show"))
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])  # noqa: F841 (kept alive)
    if args.only in (None, "drift"):
        bench_drift()
    if args.only in (None, "pacer"):
        bench_pacer(args.seconds, args.runs)
    if args.only in (None, "first-show"):
        data_dir = calm_demo_dir()
        with sqlite3.connect(data_dir / "resilience.sqlite3") as conn:
            count = conn.execute("SELECT COUNT(*) FROM calm_session").fetchone()[0]
        print(f"data: 10-year demo, {count:,} calm practices")
        bench_first_show(data_dir, args.runs)


if __name__ == "__main__":
    main()
