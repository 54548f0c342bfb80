"""Compaction of the sync folder (issue 18; docs/sync.md, "Compaction"): old segments go
once every known computer has read them, a snapshot stands in for them, and a computer
that never read them merges the snapshot and says so."""

from __future__ import annotations

import shutil

import pytest

from resilience_desktop.services.sync import compaction
from tests.services.sync_helpers import rows_of, settle, state_of, sync
from tests.services.test_sync_engine import edit_entry, entry_of, write_entry


@pytest.fixture(autouse=True)
def compact_early(monkeypatch):
    monkeypatch.setattr(compaction, "COMPACT_AFTER", 4)


def segment_files(folder):
    return sorted(path for path in (folder / "devices").rglob("*.seg"))


def busy_pair(tmp_path, rounds=4):
    laptop, desktop, folder = tmp_path / "laptop", tmp_path / "desktop", tmp_path / "folder"
    uid = write_entry(laptop, "day 0", tags=["start"])
    for number in range(1, rounds + 1):
        sync(laptop, folder), sync(desktop, folder)
        edit_entry(desktop, uid, body=f"desktop day {number}")
        sync(desktop, folder), sync(laptop, folder)
        edit_entry(laptop, uid, title=f"laptop day {number}")
    settle((laptop, desktop), folder)
    return laptop, desktop, folder, uid


def test_segments_read_by_every_computer_are_compacted_and_nothing_is_lost(tmp_path):
    laptop, desktop, folder, uid = busy_pair(tmp_path)
    sync(laptop, folder), sync(desktop, folder), sync(laptop, folder)
    written = sum(state_of(computer, "seq") for computer in (laptop, desktop))
    assert written >= 8 and len(segment_files(folder)) < written / 2
    assert rows_of(laptop) == rows_of(desktop)
    entry = entry_of(laptop, uid)
    assert (entry.title, entry.body) == ("laptop day 4", "desktop day 4")


def test_a_new_computer_joining_after_a_compaction_gets_the_whole_journal(tmp_path):
    laptop, desktop, folder, uid = busy_pair(tmp_path)
    for _ in range(2):
        sync(laptop, folder), sync(desktop, folder)
    assert "00000001.seg" not in [path.name for path in segment_files(folder)]
    report = sync(tmp_path / "new", folder)
    assert report.caught_up
    settle((laptop, desktop, tmp_path / "new"), folder)
    assert rows_of(tmp_path / "new") == rows_of(laptop) == rows_of(desktop)


def test_a_computer_that_has_not_read_them_keeps_the_segments(tmp_path):
    laptop, desktop, folder = tmp_path / "laptop", tmp_path / "desktop", tmp_path / "folder"
    write_entry(laptop, "first")
    sync(laptop, folder)
    sync(desktop, folder)  # known, and then away: never reads the laptop's later ones
    for number in range(8):
        write_entry(laptop, f"entry {number}")
        sync(laptop, folder)
    names = [path.name for path in segment_files(folder)]
    assert "00000002.seg" in names  # the desktop has not read it: kept


def test_an_older_computer_merges_the_snapshot_and_keeps_its_own_edits(tmp_path):
    laptop, desktop, folder, uid = busy_pair(tmp_path)
    old = tmp_path / "old"
    sync(old, folder)
    manifests = folder / "devices"
    away = tmp_path / "away"
    (old_device,) = {d.name for d in manifests.iterdir()} - set(_devices(laptop) + _devices(desktop))
    shutil.move(str(manifests / old_device), str(away))  # the sync tool lost it for a while
    for number in range(6):
        edit_entry(laptop, uid, body=f"laptop body {number}")
        sync(laptop, folder), sync(desktop, folder)
    local = write_entry(old, "written while away")
    shutil.move(str(away), str(manifests / old_device))
    report = sync(old, folder)
    assert report.caught_up
    settle((laptop, desktop, old), folder)
    assert entry_of(laptop, local).body == "written while away"
    assert entry_of(old, uid).body == "laptop body 5"
    assert rows_of(old) == rows_of(laptop) == rows_of(desktop)


def _devices(data_dir):
    return [state_of(data_dir, "device")]
