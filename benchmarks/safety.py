"""Data-safety figures on the 10-year demo: backup, JSON export/import, opening a locked
journal (Argon2id included) and the slowdown of the journal benchmark with the lock on
(benchmarks/journal.py's search p95 over 200 queries and Journal tab first show, on a copy
of the corpus, lock off then the same copy locked), as ratios.

Then the transitions as the window runs them (ui/widgets/background.py: worker thread,
progress dialog): lock, unlock and restore of the 10-year demo (with one backup, which
lock and unlock convert too), each with its progress calls counted, and the longest gap
between two turns of the GUI event loop while the worker ran (a 5 ms timer records
every turn; the window can repaint at each one). Medians of 3 runs.

Run: .venv/bin/python benchmarks/safety.py [--transitions-only]
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import demo_data_dir  # noqa: E402

from resilience_desktop.core import vault  # noqa: E402
from resilience_desktop.core.db import close_database, database  # noqa: E402
from resilience_desktop.core.startup import open_app_database, open_script_session  # noqa: E402
from resilience_desktop.paths import AppPaths  # noqa: E402

DEMO_END = date(2026, 11, 1)  # the end date of _common.demo_data_dir's corpora


def timed(action) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def journal_figures(session, queries: list[str], shows: int = 9) -> dict:
    """The journal benchmark's workload (benchmarks/journal.py): search p95 over the queries,
    and the Journal tab's first show (median of `shows` fresh tabs, after one warm-up tab
    so that module imports are not counted for the first configuration only)."""
    from journal import bench_search

    search = bench_search(queries)
    first_shows = [tab_first_show(session) for _ in range(shows + 1)][1:]
    return {"p95": search["p95"], "first_show": statistics.median(first_shows) * 1000}


def tab_first_show(session) -> float:
    from PySide6.QtWidgets import QApplication

    from resilience_desktop.ui.app_context import AppContext
    from resilience_desktop.ui.app_signals import AppSignals
    from resilience_desktop.ui.journal.journal_tab import JournalTab

    app = QApplication.instance() or QApplication([])
    started = time.perf_counter()
    tab = JournalTab(AppContext(session.paths, AppSignals(), session))
    tab.resize(1280, 760)
    tab.show()
    app.processEvents()
    elapsed = time.perf_counter() - started
    tab.close()
    tab.deleteLater()
    app.processEvents()
    return elapsed


def main() -> None:
    from resilience_desktop.services.safety.backups import make_backup
    from resilience_desktop.services.transfer.document import export_json_file, import_json_file
    from resilience_desktop.services.safety.vault import enable_lock

    source = demo_data_dir(10)
    with tempfile.TemporaryDirectory(prefix="resilience-bench-safety-") as scratch:
        scratch = Path(scratch)
        shutil.copytree(source, scratch / "data", ignore=shutil.ignore_patterns("backups", "logs"))
        paths = AppPaths.resolve(scratch / "data")
        session = open_script_session(paths)
        size = paths.db_path.stat().st_size / 1e6
        print(f"10-year demo: {size:.1f} MB")
        print(f"backup (online API + verify + rotation): {timed(lambda: make_backup(session)):.3f} s")
        export_path = scratch / "export.json"
        print(f"JSON export: {timed(lambda: export_json_file(export_path)):.3f} s "
              f"({export_path.stat().st_size / 1e6:.1f} MB)")
        from journal import make_queries

        from resilience_desktop.services.journal import entries as journal_service

        journal_service.today = lambda: DEMO_END
        queries = make_queries(200)
        close_database()
        open_app_database(AppPaths.resolve(scratch / "empty"))
        print(f"JSON import into an empty data dir: {timed(lambda: import_json_file(export_path)):.3f} s")
        close_database()
        session = open_script_session(paths)
        started = time.perf_counter()
        enable_lock(session, "benchmark passphrase")
        print(f"turning the lock on (encrypt + verify): {time.perf_counter() - started:.3f} s")
        close_database()

        def open_locked():
            key = vault.unlock_with_passphrase(paths, "benchmark passphrase")
            opened = open_script_session(paths, key)
            database.execute_sql("SELECT COUNT(*) FROM journal_entry").fetchone()
            return opened

        print(f"opening the locked journal (Argon2id + quick_check + open): {timed(open_locked):.3f} s")
        close_database()
        shutil.copytree(source, scratch / "plain", ignore=shutil.ignore_patterns("backups", "logs"))
        compare_lock(AppPaths.resolve(scratch / "plain"), paths, queries, open_locked)


def compare_lock(plain_paths: AppPaths, locked_paths: AppPaths, queries, open_locked,
                 rounds: int = 3) -> None:
    """Lock off (a plain copy) and lock on (the locked copy), alternated `rounds` times so that
    load from other processes hits both alike; medians over rounds, then the ratio."""
    figures = {"off": [], "on": []}
    for _ in range(rounds):
        session = open_script_session(plain_paths)
        figures["off"].append(journal_figures(session, queries))
        close_database()
        session = open_locked()
        figures["on"].append(journal_figures(session, queries))
        close_database()
    for key, label in (("p95", "search p95 (200 queries)"), ("first_show", "Journal tab first show")):
        off = statistics.median(f[key] for f in figures["off"])
        on = statistics.median(f[key] for f in figures["on"])
        print(f"{label}: lock off {off:.1f} ms, lock on {on:.1f} ms, ratio {on / off:.2f} "
              f"(medians of {rounds} alternated rounds)")


def run_with_window(work, session) -> dict:
    """Run work(progress) through the GUI's background helper; wall time, progress calls,
    longest event-loop gap (ms) while the worker ran."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from resilience_desktop.ui.widgets import background

    app = QApplication.instance() or QApplication([])
    window = QWidget()
    window.show()
    ticks, calls, result = [], [], {}

    def counted(progress):
        def report(done, total, what):
            calls.append(what)
            progress(done, total, what)
        return work(report)

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    started = time.perf_counter()
    background.run_in_background(window, "Working", counted, lambda r: result.update(done=r),
                                 lambda e: result.update(error=e), replaces_journal=session)
    while not background.idle():
        app.processEvents()
        time.sleep(0.001)
    elapsed = time.perf_counter() - started
    timer.stop()
    window.close()
    if "error" in result:
        raise RuntimeError(result["error"])
    gaps = [b - a for a, b in zip([started] + ticks, ticks + [started + elapsed])]
    return {"s": elapsed, "calls": len(calls), "gap_ms": max(gaps) * 1000}


def one_round_of_transitions(source: Path) -> dict:
    from resilience_desktop.core.session import DataSession

    with tempfile.TemporaryDirectory(prefix="resilience-bench-transitions-") as scratch:
        data = Path(scratch) / "data"
        shutil.copytree(source, data, ignore=shutil.ignore_patterns("backups", "logs"))
        session = DataSession(AppPaths.resolve(data))
        session.open_writer()
        backup = session.backup("manual")
        figures = {
            "lock": run_with_window(lambda p: session.lock("benchmark passphrase", p), session),
            "unlock": run_with_window(lambda p: session.unlock("benchmark passphrase", p),
                                      session),
            "restore": run_with_window(lambda p: session.restore(backup, p), session),
        }
        session.close()
    return figures


def transition_figures(source: Path, rounds: int = 3) -> None:
    rounds_done = [one_round_of_transitions(source) for _ in range(rounds)]
    figures = {name: [r[name] for r in rounds_done] for name in ("lock", "unlock", "restore")}
    for name, runs in figures.items():
        print(f"{name} (10-year demo + 1 backup, in the window's worker): "
              f"{statistics.median(r['s'] for r in runs):.2f} s, "
              f"{statistics.median(r['calls'] for r in runs):.0f} progress calls, "
              f"longest event-loop gap {statistics.median(r['gap_ms'] for r in runs):.0f} ms "
              f"(medians of {rounds}; worst gap {max(r['gap_ms'] for r in runs):.0f} ms)")


if __name__ == "__main__":
    if "--transitions-only" not in sys.argv:
        main()
    transition_figures(demo_data_dir(10))
