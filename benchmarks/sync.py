"""Sync benchmark (issue 18): first sync of a 10-year journal onto an empty computer,
a day's changes (~20 rows) each way, and the folder's size against a JSON export.

    .venv/bin/python benchmarks/sync.py [--years 10]

Goals: first sync <= 10 s; a day's changes sent and received <= 1 s each way; the sync
folder <= 1.5x the JSON export of the same data. In-process, the real Argon2id cost.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._common import demo_data_dir  # noqa: E402

PASSPHRASE = "benchmark folder passphrase"


def timed_sync(data_dir: Path, folder: Path, name: str):
    from resilience_desktop.core.session import DataSession
    from resilience_desktop.paths import AppPaths
    from resilience_desktop.services.sync.engine import sync_with_folder

    started = time.perf_counter()
    session = DataSession(AppPaths.resolve(data_dir))
    session.open_writer(create=True, take_lock=False)
    try:
        report = sync_with_folder(folder, PASSPHRASE, device_name=name)
    finally:
        session.close()
    return time.perf_counter() - started, report


def a_days_changes(data_dir: Path, tag: str) -> None:
    """10 new entries and 10 edits, as a busy day might bring."""
    from resilience_desktop.core.models.journal import JournalEntry
    from resilience_desktop.core.session import DataSession
    from resilience_desktop.paths import AppPaths
    from resilience_desktop.services.journal.entries import EntryInput, get_entry, save_entry

    session = DataSession(AppPaths.resolve(data_dir))
    session.open_writer(take_lock=False)
    try:
        for number in range(10):
            save_entry(EntryInput(entry_date=date(2026, 11, 1), body=f"{tag} new {number}",
                                  tags=["bench"]))
        for row in JournalEntry.select().order_by(JournalEntry.id).limit(10):
            entry = get_entry(row.id)
            entry.body += f" ({tag} edit)"
            save_entry(entry, row.id)
    finally:
        session.close()


def json_export_size(data_dir: Path, work: Path) -> int:
    from resilience_desktop.core.session import DataSession
    from resilience_desktop.paths import AppPaths
    from resilience_desktop.services.transfer.document import export_json_file

    session = DataSession(AppPaths.resolve(data_dir))
    session.open_reader()
    try:
        return export_json_file(work / "export.json", data_dir).stat().st_size
    finally:
        session.close()


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=10)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="sync-bench-"))
    try:
        laptop, desktop, folder = work / "laptop", work / "desktop", work / "folder"
        shutil.copytree(demo_data_dir(args.years), laptop)
        first_send, report = timed_sync(laptop, folder, "laptop")
        print(f"first sync, {args.years}-year journal into a new folder: {first_send:6.2f} s "
              f"({report.sent} records)")
        first_receive, report = timed_sync(desktop, folder, "desktop")
        print(f"first sync onto an empty computer:            {first_receive:6.2f} s "
              f"(goal <= 10 s; {report.received} records)")
        timed_sync(laptop, folder, "laptop")
        for source, target, tag in ((laptop, desktop, "laptop"), (desktop, laptop, "desktop")):
            a_days_changes(source, tag)
            sent, report = timed_sync(source, folder, tag)
            received, report_in = timed_sync(target, folder, "other")
            print(f"a day's changes from the {tag}: sent {sent:5.2f} s ({report.sent} records), "
                  f"received {received:5.2f} s ({report_in.received}) (goal <= 1 s each)")
        size, export = folder_size(folder), json_export_size(laptop, work)
        print(f"sync folder {size / 1e6:6.2f} MB, JSON export {export / 1e6:6.2f} MB: "
              f"{size / export:4.2f}x (goal <= 1.5x)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
