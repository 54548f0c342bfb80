"""Data-safety figures on the 10-year demo: backup, JSON export/import, opening a locked
journal (Argon2id included) and the slowdown of journal reads with the lock on.

Run: .venv/bin/python benchmarks/safety.py
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import demo_data_dir  # noqa: E402

from resilience_desktop.core import vault  # noqa: E402
from resilience_desktop.core.db import close_database, database  # noqa: E402
from resilience_desktop.core.startup import open_app_database  # noqa: E402
from resilience_desktop.paths import AppPaths  # noqa: E402


def timed(action) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def journal_workload() -> None:
    """What the Journal tab does: list entries, read some, search, count by tag."""
    from resilience_desktop.services import journal

    summaries = journal.list_entries()
    for summary in summaries[:200]:
        journal.get_entry(summary.id)
    database.execute_sql("SELECT name, COUNT(*) FROM journal_entry_tag GROUP BY name").fetchall()
    database.execute_sql("SELECT COUNT(*) FROM journal_entry_fts WHERE journal_entry_fts MATCH 'walk'").fetchall()


def workload_time() -> float:
    return statistics.median(timed(journal_workload) for _ in range(5))


def main() -> None:
    from resilience_desktop.services.backups import make_backup
    from resilience_desktop.services.transfer import export_json_file, import_json_file
    from resilience_desktop.services.vault import enable_lock

    source = demo_data_dir(10)
    with tempfile.TemporaryDirectory(prefix="resilience-bench-safety-") as scratch:
        scratch = Path(scratch)
        shutil.copytree(source, scratch / "data", ignore=shutil.ignore_patterns("backups", "logs"))
        paths = AppPaths.resolve(scratch / "data")
        open_app_database(paths)
        size = paths.db_path.stat().st_size / 1e6
        print(f"10-year demo: {size:.1f} MB")
        print(f"backup (online API + verify + rotation): {timed(lambda: make_backup(paths)):.3f} s")
        export_path = scratch / "export.json"
        print(f"JSON export: {timed(lambda: export_json_file(export_path)):.3f} s "
              f"({export_path.stat().st_size / 1e6:.1f} MB)")
        plain = workload_time()
        close_database()
        open_app_database(AppPaths.resolve(scratch / "empty"))
        print(f"JSON import into an empty data dir: {timed(lambda: import_json_file(export_path)):.3f} s")
        close_database()
        open_app_database(paths)
        started = time.perf_counter()
        enable_lock(paths, "benchmark passphrase")
        print(f"turning the lock on (encrypt + verify): {time.perf_counter() - started:.3f} s")
        close_database()

        def open_locked():
            key = vault.unlock_with_passphrase(paths, "benchmark passphrase")
            open_app_database(paths, key)
            database.execute_sql("SELECT COUNT(*) FROM journal_entry").fetchone()

        print(f"opening the locked journal (Argon2id + quick_check + open): {timed(open_locked):.3f} s")
        locked = workload_time()
        print(f"journal workload plain {plain * 1000:.1f} ms, locked {locked * 1000:.1f} ms, "
              f"ratio {locked / plain:.2f}")
        close_database()


if __name__ == "__main__":
    main()
