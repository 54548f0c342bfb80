"""Import figures (issue 10): the 10-year demo's own export re-imported into itself (all
duplicates: nothing may change) and into an empty data folder, and a 60 MB Daylio CSV
(generated here) imported by a separate process with a progress callback, its peak memory
measured by the kernel (ru_maxrss). Medians of 3 runs; the machine is shared, so figures swing.

Run: .venv/bin/python benchmarks/imports.py
"""

from __future__ import annotations

import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import PYTHON, demo_data_dir  # noqa: E402

from resilience_desktop.core.backup import table_row_counts  # noqa: E402
from resilience_desktop.core.db import close_database, database  # noqa: E402
from resilience_desktop.core.startup import open_app_database  # noqa: E402
from resilience_desktop.paths import AppPaths  # noqa: E402

ROUNDS = 3
DAYLIO_MB = 60
WORDS = ("walk sea friend tired slept well work meeting coffee rain sun talked family "
         "anxious calm grateful lunch run yoga read book music cooked dinner quiet noisy "
         "train late early garden called mum laughed cried hard day better tomorrow").split()
ACTIVITIES = ("walking", "friends", "work", "reading", "yoga", "gym", "family", "cooking")
MOODS = ("rad", "good", "meh", "bad", "awful")


def timed(action) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def every_row() -> dict:
    conn = database.connection()
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    return {n: sorted(map(repr, conn.execute(f'SELECT * FROM "{n}"'))) for n in names}


def bench_demo(scratch: Path) -> None:
    from resilience_desktop.services.transfer.document import export_json_file, import_json_file

    shutil.copytree(demo_data_dir(10), scratch / "data",
                    ignore=shutil.ignore_patterns("backups", "logs"))
    open_app_database(AppPaths.resolve(scratch / "data"))
    export = export_json_file(scratch / "export.json")
    rows = sum(table_row_counts(database.connection()).values())
    print(f"10-year demo export: {export.stat().st_size / 1e6:.1f} MB, {rows:,} rows")
    before = every_row()
    again = [timed(lambda: import_json_file(export)) for _ in range(ROUNDS)]
    unchanged = every_row() == before
    print(f"re-import of its own export (all duplicates): {statistics.median(again):.2f} s "
          f"median of {ROUNDS} (target ≤ 5 s); every table unchanged: {unchanged}")
    close_database()
    empty = []
    for number in range(ROUNDS):
        open_app_database(AppPaths.resolve(scratch / f"empty-{number}"))
        empty.append(timed(lambda: import_json_file(export)))
        close_database()
    print(f"import into an empty data folder: {statistics.median(empty):.2f} s "
          f"median of {ROUNDS} (target ≤ 5 s)")


def write_daylio(path: Path, megabytes: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    day, rows = date(2026, 11, 1), 0
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write("full_date,date,weekday,time,mood,activities,note_title,note\n")
        while handle.tell() < megabytes * 1_000_000:
            for _ in range(rng.randint(1, 4)):
                note = " ".join(rng.choices(WORDS, k=rng.randint(20, 320)))
                acts = " | ".join(rng.sample(ACTIVITIES, rng.randint(0, 3)))
                hour = rng.randint(1, 12)
                handle.write(f'{day},"{day:%B %d}",{day:%A},{hour}:{rng.randint(0, 59):02d} '
                             f'{rng.choice(("AM", "PM"))},{rng.choice(MOODS)},{acts},'
                             f'Day {rows},"{note}<br>{rng.choice(WORDS)}"\n')
                rows += 1
            day -= timedelta(days=1)
    return rows


def daylio_child(path: str, data_dir: str) -> None:
    """Runs in its own process so that its peak memory is the import's alone."""
    from resilience_desktop.services.transfer.daylio import import_daylio_file

    calls = []
    open_app_database(AppPaths.resolve(data_dir))
    report = import_daylio_file(Path(path), progress=lambda done, total, what: calls.append(what))
    close_database()
    print(f"{report.added} {len(calls)}")


def bench_daylio(scratch: Path) -> None:
    path = scratch / "daylio.csv"
    rows = write_daylio(path, DAYLIO_MB)
    print(f"Daylio file: {path.stat().st_size / 1e6:.1f} MB, {rows:,} check-ins")
    runs = []
    for number in range(ROUNDS):
        started = time.perf_counter()
        process = subprocess.Popen([PYTHON, __file__, "--daylio-child", str(path),
                                    str(scratch / f"daylio-{number}")],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - started
        out, err = process.stdout.read().decode(), process.stderr.read().decode()
        if os.waitstatus_to_exitcode(status) != 0:
            raise RuntimeError(err[-2000:])
        added, calls = map(int, out.split())
        runs.append((elapsed, usage.ru_maxrss / 1024, added, calls))
    elapsed = statistics.median(r[0] for r in runs)
    peak = statistics.median(r[1] for r in runs)
    print(f"Daylio {DAYLIO_MB} MB import (whole process): {elapsed:.2f} s median of {ROUNDS} "
          f"(target ≤ 10 s), peak memory {peak:.0f} MiB (target < 300), "
          f"{runs[0][2]:,} entries, {runs[0][3]} progress calls")


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="resilience-bench-imports-") as scratch:
        bench_demo(Path(scratch))
        bench_daylio(Path(scratch))


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--daylio-child":
        daylio_child(sys.argv[2], sys.argv[3])
    else:
        main()
