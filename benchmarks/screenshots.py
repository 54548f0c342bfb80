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

``--trees`` measures other checkouts side by side, alternated run by run (before and
after in one sitting, under the same load), each tree's code run from /tmp with
PYTHONPATH set, on the same journals (built by this checkout):

    git -C . archive 34fe120 | tar -x -C /tmp/before
    .venv/bin/python benchmarks/screenshots.py --trees /tmp/before .
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

from _common import PYTHON, ROOT, demo_data_dir, median, run_timed

END_DATE = "2026-11-29"
GOAL_CPU_S, GOAL_MIB = 3.0, 200  # at 100 years


def screens_data_dir(years: int) -> Path:
    """A demo journal of `years` ending on END_DATE, built once and reused."""
    return demo_data_dir(years, END_DATE, name="screens")


def _commands(data_dir: Path, out_dir: Path) -> dict[str, list[str]]:
    app = [PYTHON, "-m", "resilience_desktop", "--data-dir", str(data_dir)]
    return {"floor": [*app, "--smoke"], "pictures": [*app, "--screenshot", str(out_dir)]}


def _environment(tree: Path) -> dict:
    """The tree's code first on sys.path (run from /tmp: `-m` puts the cwd first)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(PYTHONPATH=str(tree), QT_QPA_PLATFORM="offscreen")
    return env


Key = tuple[Path, int, str]  # tree, years, "floor" or "pictures"


def measure(trees: list[Path], years_list: list[int], runs: int) -> dict[Key, list]:
    """(wall s, CPU s, peak MiB) of each run, per tree, journal and kind; alternated."""
    out_root = Path(tempfile.mkdtemp(prefix="resilience-screens-"))
    try:
        jobs: dict[Key, list[str]] = {}
        for years in years_list:
            for number, tree in enumerate(trees):
                out_dir = out_root / f"{number}-{years}y"
                for kind, argv in _commands(screens_data_dir(years), out_dir).items():
                    jobs[(tree, years, kind)] = argv
        for (tree, _years, _kind), argv in jobs.items():
            run_timed(argv, _environment(tree), cwd="/tmp")  # warm the file cache (and the day's maintenance)
        results: dict[Key, list] = {key: [] for key in jobs}
        loads = [os.getloadavg()[0]]
        for _ in range(runs):
            for (tree, years, kind), argv in jobs.items():
                results[(tree, years, kind)].append(run_timed(argv, _environment(tree), cwd="/tmp"))
            loads.append(os.getloadavg()[0])
        pictures = len(list((out_root / f"0-{years_list[-1]}y").glob("*.png")))
        print(f"{pictures} pictures a run; load average {min(loads):.1f}–{max(loads):.1f}")
        return results
    finally:
        shutil.rmtree(out_root, ignore_errors=True)


def report(results: dict[Key, list], trees: list[Path], years_list: list[int], runs: int) -> None:
    print(f"medians of {runs} alternated runs (CPU = user + system; wall in brackets):")
    print(f"  {'tree':<22}{'journal':<10}{'--screenshot (all pictures)':>34}{'floor: --smoke':>28}"
          f"{'pictures - floor':>20}")
    for years in years_list:
        for tree in trees:
            shots, floor = results[(tree, years, "pictures")], results[(tree, years, "floor")]
            cpu, wall = median([r[1] for r in shots]), median([r[0] for r in shots])
            floor_cpu, floor_wall = median([r[1] for r in floor]), median([r[0] for r in floor])
            print(f"  {str(tree)[-22:]:<22}{years:>3} years {cpu:>9.2f} s ({wall:>5.1f} s) "
                  f"{max(r[2] for r in shots):>5} MiB{floor_cpu:>9.2f} s ({floor_wall:>4.1f} s) "
                  f"{max(r[2] for r in floor):>4} MiB{cpu - floor_cpu:>15.2f} s")
    print(f"  goal at 100 years: <= {GOAL_CPU_S:.0f} s CPU and <= {GOAL_MIB} MiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, nargs="+", default=[10, 100])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--trees", nargs="+", type=Path, default=[ROOT],
                        help="checkouts to measure side by side (default: this one)")
    args = parser.parse_args()
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        print("note: PYTHONDONTWRITEBYTECODE is set: every process compiles the app again "
              "(unset it for what users get)", file=sys.stderr)
    trees = [tree.resolve() for tree in args.trees]
    results = measure(trees, args.years, args.runs)
    report(results, trees, args.years, args.runs)


if __name__ == "__main__":
    main()
