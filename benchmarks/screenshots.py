"""All screens rendered (``--screenshot DIR``) on a 10- and a 100-year journal (issue 20:
<= 3 s CPU and <= 200 MB peak at 100 years).

    .venv/bin/python benchmarks/screenshots.py [--years 10 100] [--runs 3]

Whole processes, as `make screenshots` runs them: ``resilience-desktop --data-dir D
--screenshot OUT`` writes every tab, sub-tab, focus mode and dialog to PNGs. Beside it,
the floor: the same window opened on the same journal and closed once idle
(``--smoke``: start-up, the journal opened, Today shown), what any run pays before its
first picture. Runs alternate (floor and pictures, each size of journal) and the
figures are medians; CPU time is user + system of the whole process (the child's
rusage, as ``resource.getrusage(RUSAGE_CHILDREN)`` counts it), the steadier figure on a
shared machine; peak memory is the process's ``ru_maxrss``.

The demo journals end on 2026-11-29 (the pictures show recent weeks with data) and are
built once into bench-data/screens-<years>y (git-ignored; 100 years: about a minute).
Run with ``PYTHONDONTWRITEBYTECODE`` unset, else every process compiles the app again.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

from _common import PYTHON, demo_data_dir, median, run_timed

END_DATE = "2026-11-29"
GOAL_CPU_S, GOAL_MIB = 3.0, 200  # at 100 years


def screens_data_dir(years: int) -> Path:
    """A demo journal of `years` ending on END_DATE, built once and reused."""
    return demo_data_dir(years, END_DATE, name="screens")


def _commands(data_dir: Path, out_dir: Path) -> dict[str, list[str]]:
    app = [PYTHON, "-m", "resilience_desktop", "--data-dir", str(data_dir)]
    return {"floor": [*app, "--smoke"], "pictures": [*app, "--screenshot", str(out_dir)]}


def measure(years_list: list[int], runs: int) -> dict[tuple[int, str], list[tuple[float, float, int]]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out_root = Path(tempfile.mkdtemp(prefix="resilience-screens-"))
    try:
        jobs = {}
        for years in years_list:
            for kind, argv in _commands(screens_data_dir(years), out_root / f"{years}y").items():
                jobs[(years, kind)] = argv
        for argv in jobs.values():
            run_timed(argv, env)  # warm the file cache (and the day's maintenance)
        results: dict[tuple[int, str], list[tuple[float, float, int]]] = {key: [] for key in jobs}
        for _ in range(runs):
            for key, argv in jobs.items():
                results[key].append(run_timed(argv, env))
        pictures = len(list((out_root / f"{years_list[-1]}y").glob("*.png")))
        print(f"{pictures} pictures a run")
        return results
    finally:
        shutil.rmtree(out_root, ignore_errors=True)


def report(results, years_list: list[int], runs: int) -> None:
    print(f"medians of {runs} alternated runs (CPU = user + system; wall in brackets), "
          f"load average {os.getloadavg()[0]:.1f}:")
    print(f"  {'journal':<10}{'--screenshot (all pictures)':>34}{'floor: --smoke':>28}"
          f"{'pictures - floor':>20}")
    for years in years_list:
        shots, floor = results[(years, "pictures")], results[(years, "floor")]
        cpu, wall = median([r[1] for r in shots]), median([r[0] for r in shots])
        floor_cpu, floor_wall = median([r[1] for r in floor]), median([r[0] for r in floor])
        print(f"  {years:>3} years {cpu:>9.2f} s ({wall:>5.1f} s) {max(r[2] for r in shots):>5} MiB"
              f"{floor_cpu:>9.2f} s ({floor_wall:>4.1f} s) {max(r[2] for r in floor):>4} MiB"
              f"{cpu - floor_cpu:>15.2f} s")
    print(f"  goal at 100 years: <= {GOAL_CPU_S:.0f} s CPU and <= {GOAL_MIB} MiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, nargs="+", default=[10, 100])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        print("note: PYTHONDONTWRITEBYTECODE is set: every process compiles the app again "
              "(unset it for what users get)", file=sys.stderr)
    results = measure(args.years, args.runs)
    report(results, args.years, args.runs)


if __name__ == "__main__":
    main()
