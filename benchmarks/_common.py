"""Shared helpers for the benchmark scripts (run them with the venv python)."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH_DATA = ROOT / "bench-data"  # git-ignored cache of demo corpora
PYTHON = sys.executable


def demo_data_dir(years: int, end_date: str = "2026-11-01", name: str = "demo") -> Path:
    """A cached demo data dir with `years` of data (built once, reused), in
    bench-data/NAME-<years>y (a script wanting another end date names its own)."""
    target = BENCH_DATA / f"{name}-{years}y"
    if not (target / "resilience.sqlite3").exists():
        target.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        subprocess.run([PYTHON, "-m", "resilience_desktop", "demo", "--years", str(years),
                        "--end-date", end_date, "--data-dir", str(target)], check=True)
        print(f"(built {years}-year demo corpus in {time.perf_counter() - started:.1f} s)")
    return target


def run_measured(argv: list[str], env: dict | None = None) -> tuple[float, int]:
    """Wall time (s) and peak RSS (MiB) of one whole process."""
    elapsed, _cpu, mib = run_timed(argv, env)
    return elapsed, mib


def run_timed(argv: list[str], env: dict | None = None,
              cwd: str | None = None) -> tuple[float, float, int]:
    """Wall time (s), CPU time (user + system, s) and peak RSS (MiB) of one whole process.
    CPU time is the steadier figure on a shared machine. cwd: run from there (another
    checkout's code: `-m` puts the current folder first on sys.path)."""
    started = time.perf_counter()
    process = subprocess.Popen(argv, env=env, cwd=cwd, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{argv} failed: {process.stderr.read().decode()[-2000:]}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss // 1024


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def median(values):
    return statistics.median(values)
