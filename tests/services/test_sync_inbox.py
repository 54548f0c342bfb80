"""The phone inbox across computers (issue 18): one note, one entry, even when two
computers import it before they have synced each other."""

from __future__ import annotations

import shutil
from datetime import date

from tests.services.sync_helpers import opened, rows_of, settle, sync

NOTE = "2026-03-02 08:00\nA note from the bus.\nmood: 2 -1\ntags: bus, morning\n"


def drop_note(folder, name="note.md", text=NOTE):
    (folder / "inbox").mkdir(exist_ok=True)
    (folder / "inbox" / name).write_text(text)


def carry_devices(source, target):
    """What the sync tool does later: every computer's files reach the other copy."""
    shutil.copytree(source / "devices", target / "devices", dirs_exist_ok=True)


def entries_of(data_dir):
    from resilience_desktop.services.journal.entries import get_entry, list_entries

    with opened(data_dir):
        return [get_entry(summary.id) for summary in list_entries()]


def test_the_same_note_imported_on_two_unsynced_computers_is_one_entry(tmp_path):
    laptop, desktop = tmp_path / "laptop", tmp_path / "desktop"
    here, there = tmp_path / "folder-laptop", tmp_path / "folder-desktop"
    sync(laptop, here)  # creates the folder
    shutil.copytree(here, there)  # the sync tool carried it once
    sync(desktop, there)
    drop_note(here)
    drop_note(there)  # the phone's note reached both copies before any segment did
    assert sync(laptop, here).notes_imported == 1
    assert sync(desktop, there).notes_imported == 1
    carry_devices(there, here)  # from now on both use one copy
    settle([laptop, desktop], here)
    for computer in (laptop, desktop):
        [entry] = entries_of(computer)
        assert (entry.title, entry.entry_date) == ("A note from the bus.", date(2026, 3, 2))
        assert sorted(entry.tags) == ["bus", "morning"]
        assert (entry.pleasantness, entry.energy) == (2, -1)
    assert rows_of(laptop) == rows_of(desktop)


def test_a_note_already_imported_here_is_not_imported_again(tmp_path):
    laptop, folder = tmp_path / "laptop", tmp_path / "folder"
    sync(laptop, folder)
    drop_note(folder)
    assert sync(laptop, folder).notes_imported == 1
    drop_note(folder, "copy.md")
    assert sync(laptop, folder).notes_imported == 0
    assert (folder / "inbox" / "imported" / "copy.md").exists()
    assert len(entries_of(laptop)) == 1


def test_different_notes_stay_different_entries(tmp_path):
    laptop, folder = tmp_path / "laptop", tmp_path / "folder"
    sync(laptop, folder)
    drop_note(folder, "a.md", "First note.\n")
    drop_note(folder, "b.md", "Second note.\n")
    assert sync(laptop, folder).notes_imported == 2
    assert sorted(e.title for e in entries_of(laptop)) == ["First note.", "Second note."]
