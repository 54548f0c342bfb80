"""Sync benchmark (issue 18): first sync of a 10-year journal in both directions, a day's
changes (~20 rows) each way, and the folder's size against a JSON export.

    .venv/bin/python benchmarks/sync.py [--years 10] [--runs 3]

Goals: first sync onto an empty computer <= 10 s; a day's changes sent and received
<= 1 s each way; the sync folder <= 1.5x the JSON export of the same data. In-process,
the real Argon2id cost. Each first-sync figure stands beside its floor, measured in the
same run, alternated with it (the machine is shared: medians of --runs runs, wall and
CPU seconds, the load average printed):
- join (every row sent) beside ``export --format json`` of the same journal;
- receive onto an empty computer beside ``import --format json`` of that export into an
  empty computer (the merge-import path), and beside only reading the folder: opening
  its key (one Argon2id) and decrypting + parsing every segment.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._common import demo_data_dir  # noqa: E402

PASSPHRASE = "benchmark folder passphrase"


class Figures:
    """(wall s, CPU s) per figure, over runs."""

    def __init__(self) -> None:
        self.runs: dict[str, list[tuple[float, float]]] = defaultdict(list)

    def time(self, name: str, action, *args):
        wall, cpu = time.perf_counter(), time.process_time()
        result = action(*args)
        self.runs[name].append((time.perf_counter() - wall, time.process_time() - cpu))
        return result

    def median(self, name: str) -> str:
        walls = [wall for wall, _cpu in self.runs[name]]
        cpus = [cpu for _wall, cpu in self.runs[name]]
        return f"{statistics.median(walls):6.2f} s (CPU {statistics.median(cpus):5.2f} s)"


def opened(data_dir: Path, action, create: bool = True, reader: bool = False):
    from resilience_desktop.core.session import DataSession
    from resilience_desktop.paths import AppPaths

    session = DataSession(AppPaths.resolve(data_dir))
    if reader:
        session.open_reader()
    else:
        session.open_writer(create=create, take_lock=False)
    try:
        return action()
    finally:
        session.close()


def sync(data_dir: Path, folder: Path, name: str):
    from resilience_desktop.services.sync.engine import sync_with_folder

    return opened(data_dir, lambda: sync_with_folder(folder, PASSPHRASE, device_name=name))


def export_json(data_dir: Path, target: Path) -> Path:
    from resilience_desktop.services.transfer.document import export_json_file

    return opened(data_dir, lambda: export_json_file(target, data_dir), reader=True)


def import_json(data_dir: Path, export: Path):
    from resilience_desktop.services.transfer.document import import_json_file

    return opened(data_dir, lambda: import_json_file(export))


def read_folder(folder: Path) -> int:
    """Open the folder's key and decrypt + parse every segment: the least a receive does."""
    from resilience_desktop.services.sync import folder_key, segments

    access, records = folder_key.open_folder(folder, PASSPHRASE), 0
    for device in segments.device_ids(folder):
        for seq in segments.own_segment_numbers(folder, device):
            payload = segments.read_segment(folder, access.folder_id, access.key, device, seq)
            records += len(payload["records"])
    return records


def a_days_changes(data_dir: Path, tag: str) -> None:
    """10 new entries and 10 edits, as a busy day might bring."""
    from resilience_desktop.core.models.journal import JournalEntry
    from resilience_desktop.services.journal.entries import EntryInput, get_entry, save_entry

    def write() -> None:
        for number in range(10):
            save_entry(EntryInput(entry_date=date(2026, 11, 1), body=f"{tag} new {number}",
                                  tags=["bench"]))
        for row in JournalEntry.select().order_by(JournalEntry.id).limit(10):
            entry = get_entry(row.id)
            entry.body += f" ({tag} edit)"
            save_entry(entry, row.id)

    opened(data_dir, write, create=False)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def first_syncs(figures: Figures, run: Path, source: Path) -> dict:
    """One run of every first-sync figure, each beside its floor."""
    laptop, desktop, folder = run / "laptop", run / "desktop", run / "folder"
    shutil.copytree(source, laptop)
    sent = figures.time("join", lambda: sync(laptop, folder, "laptop")).sent
    export = figures.time("export", lambda: export_json(laptop, run / "export.json"))
    records = figures.time("read", lambda: read_folder(folder))
    imported = figures.time("import", lambda: import_json(run / "imported", export)).added
    received = figures.time("receive", lambda: sync(desktop, folder, "desktop")).received
    sync(laptop, folder, "laptop")
    return {"sent": sent, "received": received, "records": records, "imported": imported,
            "export": export.stat().st_size, "laptop": laptop, "desktop": desktop,
            "folder": folder}


def days_changes(figures: Figures, last: dict) -> dict:
    counts = {}
    laptop, desktop, folder = last["laptop"], last["desktop"], last["folder"]
    for source, target, tag in ((laptop, desktop, "laptop"), (desktop, laptop, "desktop")):
        a_days_changes(source, tag)
        sent = figures.time(f"{tag} sent", sync, source, folder, tag).sent
        received = figures.time(f"{tag} received", sync, target, folder, "other")
        counts[tag] = (sent, received.received)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    source, figures = demo_data_dir(args.years), Figures()
    load_before = os.getloadavg()
    work = Path(tempfile.mkdtemp(prefix="sync-bench-"))
    try:
        for number in range(args.runs):
            if number:
                shutil.rmtree(work / f"run-{number - 1}", ignore_errors=True)
            last = first_syncs(figures, work / f"run-{number}", source)
            counts = days_changes(figures, last)
        size = folder_size(last["folder"])
    finally:
        shutil.rmtree(work, ignore_errors=True)
    load = os.getloadavg()
    print(f"{args.years}-year demo journal; medians of {args.runs} alternated runs, wall "
          f"(CPU); load average {load_before[0]:.1f} before, {load[0]:.1f} / {load[1]:.1f} "
          f"(1 / 5 min) after, on {os.cpu_count()} cores")
    print(f"join, every row sent ({last['sent']} records):    {figures.median('join')}")
    print(f"  floor: export --format json, same data:   {figures.median('export')}")
    print(f"receive onto an empty computer ({last['received']}): {figures.median('receive')}"
          f"  goal <= 10 s")
    print(f"  floor: import --format json into an empty computer ({last['imported']} rows): "
          f"{figures.median('import')}")
    print(f"  floor: open the key, decrypt + parse every segment ({last['records']}): "
          f"{figures.median('read')}")
    for tag, (sent, received) in counts.items():
        print(f"a day's changes from the {tag}: sent {figures.median(f'{tag} sent')} ({sent}), "
              f"received {figures.median(f'{tag} received')} ({received})  goal <= 1 s each")
    print(f"sync folder {size / 1e6:6.2f} MB, JSON export {last['export'] / 1e6:6.2f} MB: "
          f"{size / last['export']:4.2f}x (goal <= 1.5x)")


if __name__ == "__main__":
    main()
