"""The other ways a start ends (issue 20: "keep a locked journal's unlock prompt, the
recovery screen and the single-instance hand-off as fast as now"), as whole processes:

- **unlock prompt**: a locked journal; the process ends as the passphrase dialog
  (`UnlockDialog`) paints its first frame;
- **recovery screen**: a journal whose file header is broken; the process ends as the
  recovery window (`RecoveryWindow`) paints its first frame;
- **hand-off**: the window is already open on the journal; a second start is told so
  ("Resilience is already open") and ends (`--smoke`, so the message goes to stderr).

Each beside a bare PySide6 window's first paint (the floor any window pays), CPU time
(user + system) with wall time, medians of alternated runs. `--trees` measures other
checkouts side by side (each on a demo journal built by its own `demo` verb, so an older
build reads a schema it knows), e.g. the build before the shell-first start:

    git worktree add --detach /tmp/before 67f19c6^
    .venv/bin/python benchmarks/start_paths.py --trees /tmp/before .

Run it with the venv's python; each tree's code runs from /tmp with PYTHONPATH set (a
`-c` or `-m` run puts the current folder first on sys.path).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import BENCH_DATA, PYTHON, ROOT, median  # noqa: E402
from startup import BARE_FIRST_PAINT  # noqa: E402

PASSPHRASE = "benchmark passphrase"
# Ends the process at the first paint of a window of the given class (module.Class),
# then starts the app with the remaining arguments; exit 7: that window never painted.
PAINTED = (
    "import importlib, os, sys\n"
    "module, name = sys.argv.pop(1).rsplit('.', 1)\n"
    "cls = getattr(importlib.import_module(module), name)\n"
    "cls.paintEvent = lambda self, event: os._exit(0)\n"
    "from resilience_desktop.__main__ import main\n"
    "main(sys.argv[1:])\n"
    "sys.exit(7)\n"
)
UNLOCK_DIALOG = "resilience_desktop.ui.safety.unlock_dialog.UnlockDialog"
RECOVERY_WINDOW = "resilience_desktop.ui.safety.recovery_window.RecoveryWindow"


def environment(tree: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(PYTHONPATH=str(tree), QT_QPA_PLATFORM="offscreen")
    return env


def run(argv: list[str], env: dict, stdin: bytes | None = None,
        expect: tuple[int, ...] = (0,)) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one whole process, run from /tmp."""
    started = time.perf_counter()
    process = subprocess.Popen(argv, env=env, cwd="/tmp", stdin=subprocess.PIPE,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert process.stdin is not None and process.stderr is not None
    process.stdin.write(stdin or b"")
    process.stdin.close()
    errors = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    code = os.waitstatus_to_exitcode(status)
    if code not in expect:
        raise RuntimeError(f"{argv[-4:]} ended with {code}: {errors.decode()[-400:]}")
    return usage.ru_utime + usage.ru_stime, time.perf_counter() - started


def journals(tree: Path, name: str) -> dict[str, Path]:
    """A 10-year demo journal built by the tree's own code, a locked copy and a copy with
    a broken header (built once into bench-data/paths-<name>/)."""
    base = BENCH_DATA / f"paths-{name}"
    folders = {kind: base / kind for kind in ("plain", "locked", "damaged")}
    if all((folder / "resilience.sqlite3").exists() for folder in folders.values()):
        return folders
    shutil.rmtree(base, ignore_errors=True)
    env = environment(tree)
    app = [PYTHON, "-m", "resilience_desktop"]
    run([*app, "demo", "--years", "10", "--end-date", "2026-11-01",
         "--data-dir", str(folders["plain"])], env)
    shutil.copytree(folders["plain"], folders["locked"])
    run([*app, "lock", "--data-dir", str(folders["locked"])], env,
        stdin=f"{PASSPHRASE}\n".encode())
    shutil.copytree(folders["plain"], folders["damaged"])
    with open(folders["damaged"] / "resilience.sqlite3", "r+b") as journal:
        journal.write(b"\0" * 16)  # the "SQLite format 3" magic gone
    return folders


def measure(trees: list[Path], runs: int) -> None:
    names = [f"{index}-{tree.name or 'tree'}" for index, tree in enumerate(trees)]
    data = {name: journals(tree, name) for name, tree in zip(names, trees)}
    rows: dict[str, dict[str, list[tuple[float, float]]]] = {}
    first_windows = {}
    for name, tree in zip(names, trees):  # the open windows the hand-off meets
        first_windows[name] = subprocess.Popen(
            [PYTHON, "-m", "resilience_desktop", "--data-dir", str(data[name]["plain"])],
            env=environment(tree), cwd="/tmp", stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL)
    time.sleep(8)  # each has opened its journal and settled
    try:
        for round_ in range(runs + 1):  # round 0 warms the file cache
            bare = run([PYTHON, "-c", BARE_FIRST_PAINT], environment(ROOT))
            if round_:
                rows.setdefault("floor", {}).setdefault("bare window, first paint", []).append(bare)
            for name, tree in zip(names, trees):
                env = environment(tree)
                figures = {
                    "unlock prompt painted": run(
                        [PYTHON, "-c", PAINTED, UNLOCK_DIALOG, "--data-dir",
                         str(data[name]["locked"])], env),
                    "recovery screen painted": run(
                        [PYTHON, "-c", PAINTED, RECOVERY_WINDOW, "--data-dir",
                         str(data[name]["damaged"])], env),
                    "hand-off (already open)": run(
                        [PYTHON, "-m", "resilience_desktop", "--data-dir",
                         str(data[name]["plain"]), "--smoke"], env, expect=(3,)),
                }
                if round_:
                    for what, figure in figures.items():
                        rows.setdefault(name, {}).setdefault(what, []).append(figure)
    finally:
        for window in first_windows.values():
            window.terminate()
            window.wait()
    load = Path("/proc/loadavg").read_text().split()[0]
    print(f"{runs} alternated runs, medians, CPU ms (wall ms), offscreen, load average {load}")
    for name, figures in rows.items():
        print(f"  {name}")
        for what, values in figures.items():
            cpu, wall = median([v[0] for v in values]), median([v[1] for v in values])
            print(f"    {what:<28}{cpu * 1000:>7.0f} ({wall * 1000:.0f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trees", nargs="+", type=Path, default=[ROOT],
                        help="checkouts to measure side by side (default: this one)")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    measure([tree.resolve() for tree in args.trees], args.runs)


if __name__ == "__main__":
    main()
