"""SIGKILL at random moments while computers write and sync (issue 18): nothing that
was saved is lost, and the next sync completes and converges. Compaction runs every few
segments (COMPACT_AFTER = 2), so kills also land while a snapshot is written or read
segments are removed; a computer joining afterwards still gets every saved entry."""

from __future__ import annotations

import random

from tests.kill_helpers import run_and_kill
from tests.services.sync_helpers import rows_of, settle, state_of

#: Writes an entry, says its body once saved, syncs; again and again until killed.
WRITER = """
import sys
from datetime import date
from pathlib import Path
sys.path.insert(0, ".")
from tests.services.sync_helpers import opened, sync
from resilience_desktop.services.journal.entries import EntryInput, save_entry
from resilience_desktop.services.sync import compaction
compaction.COMPACT_AFTER = 2
data, folder, name = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
print("ready", flush=True)
number = 0
while True:
    number += 1
    body = f"{name} entry {number}"
    with opened(data):
        save_entry(EntryInput(entry_date=date(2026, 3, 1), body=body))
    print(body, flush=True)
    sync(data, folder, name)
"""


def bodies(data_dir) -> set[str]:
    return {dict(row)["body"] for _uid, row in rows_of(data_dir)["journal_entry"]}


def test_kills_during_sync_lose_nothing_and_the_next_sync_completes(tmp_path):
    rng = random.Random(18)
    laptop, desktop, folder = tmp_path / "laptop", tmp_path / "desktop", tmp_path / "folder"
    saved: set[str] = set()
    for round_ in range(6):
        computer = (laptop, desktop)[round_ % 2]
        saved |= set(run_and_kill(WRITER, [computer, folder, computer.name], rng,
                                  max_delay=4.0, parse=str))
    assert saved, "no write was acknowledged before the kills"
    settle((laptop, desktop), folder)
    assert saved <= bodies(laptop) and saved <= bodies(desktop)
    assert rows_of(laptop) == rows_of(desktop)
    written = state_of(laptop, "seq") + state_of(desktop, "seq")
    assert len(list(folder.glob("devices/*/segments/*.seg"))) < written  # compacted
    newcomer = tmp_path / "new"
    settle((laptop, desktop, newcomer), folder)
    assert saved <= bodies(newcomer) and rows_of(newcomer) == rows_of(laptop)
    leftovers = [p for p in folder.rglob("*") if p.name.endswith(".tmp")]
    assert all(p.parent.exists() for p in leftovers)  # a killed write leaves only a temp file
