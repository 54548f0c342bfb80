"""A compacted sync folder written by this version (tests/fixtures/sync-folder-v2/, made by
tests/fixtures/make_sync_folder_v2.py): a snapshot stands in for the first segments, and
ordinary segments follow it. Every later version must still read it: a new computer
catches up from the snapshot, reads the segments after it and ends with these rows."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.fixtures.make_sync_folder_v2 import PASSPHRASE, snapshot_parts
from tests.services.sync_helpers import opened, sync

GOLDEN = Path(__file__).resolve().parents[1] / "fixtures" / "sync-folder-v2"


def test_the_golden_folder_holds_a_snapshot_and_segments_after_it():
    names = sorted(path.name for path in GOLDEN.rglob("*.seg"))
    assert "00000001.seg" not in names and len(names) >= 3
    [(device, seq)] = snapshot_parts(GOLDEN, PASSPHRASE)
    assert any(int(name[:8]) > seq for name in names)


def test_a_new_computer_catches_up_from_the_golden_compacted_folder(tmp_path):
    from resilience_desktop.core.models.people import Person
    from resilience_desktop.services.journal import revisions
    from resilience_desktop.services.journal.entries import get_entry, list_entries
    from resilience_desktop.services.sync.note_revisions import note_revisions

    folder = tmp_path / "folder"
    shutil.copytree(GOLDEN, folder)
    report = sync(tmp_path / "new", folder, secret=PASSPHRASE)
    assert report.caught_up and report.received > 0 and not report.newer
    assert report.from_names == {"laptop", "desktop"} and not report.waiting_files
    with opened(tmp_path / "new"):
        entries = {entry.title: get_entry(entry.id) for entry in list_entries()}
        assert set(entries) == {"Sea swim at dawn", "Both computers", "Later"}
        swim = entries["Sea swim at dawn"]
        assert swim.body == "Cold water, day 4."
        assert (swim.pleasantness, swim.energy) == (3, 1)
        assert sorted(swim.tags) == ["sea", "swim"] and swim.emotions == ["calm"]
        assert entries["Later"].body == "After the snapshot." and entries["Later"].tags == ["after"]
        both = entries["Both computers"]
        kept = {revision.body for revision in revisions.list_revisions(_uid_of(both.id))}
        assert {"written on the laptop", "written on the desktop"} <= kept | {both.body}
        [person] = Person.select()
        assert (person.name, person.notes) == ("Mia", "moved to Lyon in May")
        assert {kept.text for kept in note_revisions("person", person.uid)} == {"moved to Lyon"}
    assert sync(tmp_path / "new", folder, secret=PASSPHRASE).received == 0


def _uid_of(entry_id: int) -> str:
    from resilience_desktop.core.models.journal import JournalEntry

    return JournalEntry.get_by_id(entry_id).uid
