"""`search zephyr` on a 100-year demo journal vs jrnl's `-contains`, whole processes.

The peer is jrnl (PyPI), installed by hand in a SEPARATE venv, never a project
dependency:  python3 -m venv /tmp/jrnl-venv && /tmp/jrnl-venv/bin/pip install jrnl
Point at it with JRNL=/path/to/jrnl (default /tmp/jrnl-venv/bin/jrnl); without it the
peer is skipped with a message. The same entries are written once to a jrnl text
journal. CPU time (user+sys of the child) is the steadier figure on a shared machine;
runs alternate and the medians are printed with the load average.
Usage: python benchmarks/search_peer.py [--years 100] [--runs 7] [--word zephyr]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import BENCH_DATA, PYTHON, ROOT, demo_data_dir, median  # noqa: E402

JRNL_CONFIG = """colors: {{body: none, date: none, tags: none, title: none}}
default_hour: 9
default_minute: 0
editor: ''
encrypt: false
highlight: false
indent_character: '|'
journals:
  default:
    journal: {journal}
linewrap: 79
tagsymbols: '#@'
template: false
timeformat: '%Y-%m-%d %H:%M'
version: v4.6
"""


def cpu_run(argv: list[str], env: dict | None = None) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one whole process; its output is discarded.
    Run outside the checkout: ``-m`` would put the current folder first on sys.path."""
    started = time.perf_counter()
    process = subprocess.Popen(argv, env=env, cwd=BENCH_DATA, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) not in (0, 1):  # 1: nothing found
        raise RuntimeError(f"{argv} failed")
    return usage.ru_utime + usage.ru_stime, time.perf_counter() - started


def jrnl_journal(data_dir: Path, years: int) -> Path:
    """The demo's entries as a jrnl text journal (written once, cached)."""
    target = BENCH_DATA / f"jrnl-{years}y.txt"
    if target.exists():
        return target
    conn = sqlite3.connect(f"file:{data_dir / 'resilience.sqlite3'}?mode=ro", uri=True)
    rows = conn.execute("SELECT entry_date, title, body FROM journal_entry "
                        "WHERE deleted_at IS NULL ORDER BY entry_date, id")
    with open(target, "w", encoding="utf-8") as out:
        for day, title, body in rows:
            out.write(f"[{day} 09:00] {(title or 'Entry').strip()}\n{body.strip()}\n\n")
    conn.close()
    return target


def jrnl_env(journal: Path) -> dict:
    config_home = BENCH_DATA / "jrnl-config"
    (config_home / "jrnl").mkdir(parents=True, exist_ok=True)
    (config_home / "jrnl" / "jrnl.yaml").write_text(JRNL_CONFIG.format(journal=journal))
    return {**os.environ, "XDG_CONFIG_HOME": str(config_home)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=100)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--word", default="zephyr")
    args = parser.parse_args()
    data_dir = demo_data_dir(args.years)
    # the command a person types (the venv's `resilience-desktop` script), as jrnl's is
    command = Path(PYTHON).parent / "resilience-desktop"
    launcher = [str(command)] if command.exists() else [PYTHON, "-m", "resilience_desktop"]
    ours_argv = [*launcher, "search", args.word, "--data-dir", str(data_dir)]
    jrnl = os.environ.get("JRNL", "/tmp/jrnl-venv/bin/jrnl")
    peer = None
    if shutil.which(jrnl):
        peer = ([jrnl, "-contains", args.word], jrnl_env(jrnl_journal(data_dir, args.years)))
    else:
        print(f"(jrnl not found at {jrnl}: peer skipped; see this script's docstring)")
    # an installed app has its bytecode cached: let the child write and use it
    ours_env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    ours_env.setdefault("PYTHONPATH", str(ROOT))  # this checkout (before/after: set it)
    cpu_run(ours_argv, ours_env)
    # the floor: the interpreter importing the standard modules any such command needs
    floor_argv = [PYTHON, "-c", "import sqlite3, re, argparse, pathlib, typing, datetime"]
    ours, theirs, floor = [], [], []
    for _ in range(args.runs):  # alternated
        ours.append(cpu_run(ours_argv, ours_env))
        floor.append(cpu_run(floor_argv, ours_env))
        if peer:
            theirs.append(cpu_run(*peer))
    print(f"load average {os.getloadavg()[0]:.1f}; {args.years}-year demo; "
          f"`search {args.word}`, medians of {args.runs} alternated runs")
    cpu, wall = median([c for c, _ in ours]) * 1000, median([w for _, w in ours]) * 1000
    print(f"  resilience-desktop search: {cpu:7.0f} ms CPU ({wall:.0f} ms wall)")
    print(f"  floor (python importing sqlite3, re, argparse, pathlib, typing, datetime): "
          f"{median([c for c, _ in floor]) * 1000:.0f} ms CPU")
    if theirs:
        peer_cpu = median([c for c, _ in theirs]) * 1000
        peer_wall = median([w for _, w in theirs]) * 1000
        print(f"  jrnl -contains (peer):     {peer_cpu:7.0f} ms CPU ({peer_wall:.0f} ms wall)")
        print(f"  ratio ours/jrnl: {cpu / peer_cpu:.3f} CPU (goal <= 0.05)")


if __name__ == "__main__":
    main()
