"""A sync folder written by the first sync version (tests/fixtures/sync-folder-v1/) that
every later version must still read: two computers, an entry with tags and a feeling,
an edit, a text edited on both (one text kept as a revision), a person and a deletion.

Regenerate only for a NEW fixture (never overwrite v1):
    PYTHONPATH=. python -m tests.services.test_sync_golden tests/fixtures/sync-folder-vN
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path

from tests.services.sync_helpers import opened, sync

GOLDEN = Path(__file__).resolve().parents[1] / "fixtures" / "sync-folder-v1"
PASSPHRASE = "golden folder passphrase"


def test_a_new_computer_reads_the_golden_folder(tmp_path):
    from resilience_desktop.services.journal import revisions
    from resilience_desktop.services.journal.entries import get_entry, list_entries
    from resilience_desktop.core.models.people import Person

    folder = tmp_path / "folder"
    shutil.copytree(GOLDEN, folder)
    report = sync(tmp_path / "new", folder, secret=PASSPHRASE)
    assert len(report.computers) == 2 and report.received > 0 and not report.newer
    with opened(tmp_path / "new"):
        entries = {entry.title: get_entry(entry.id) for entry in list_entries()}
        assert set(entries) == {"Sea swim", "Both computers"}
        swim = entries["Sea swim"]
        assert swim.body == "Cold water, warm tea afterwards." and swim.pleasantness == 4
        assert sorted(swim.tags) == ["sea", "swim"] and swim.emotions == ["calm"]
        both = entries["Both computers"]
        texts = {both.body} | {r.body for r in revisions.list_revisions(
            _uid_of(both.id))}
        assert {"written on the laptop", "written on the desktop"} <= texts
        assert [person.name for person in Person.select()] == ["Ana"]


def _uid_of(entry_id: int) -> str:
    from resilience_desktop.core.models.journal import JournalEntry

    return JournalEntry.get_by_id(entry_id).uid


def make_golden(target: Path) -> None:
    from resilience_desktop.core.models.journal import JournalEntry
    from resilience_desktop.core.models.people import Person
    from resilience_desktop.services.journal.entries import (EntryInput, delete_entry,
                                                             delete_forever, get_entry,
                                                             save_entry)

    work = Path(tempfile.mkdtemp())
    laptop, desktop, folder = work / "laptop", work / "desktop", work / "folder"
    with opened(laptop):
        swim = save_entry(EntryInput(entry_date=date(2026, 11, 1), title="Sea swim",
                                     body="Cold water.", tags=["sea", "swim"], emotions=["calm"]))
        both = save_entry(EntryInput(entry_date=date(2026, 11, 2), title="Both computers",
                                     body="first words"))
        gone = save_entry(EntryInput(entry_date=date(2026, 11, 3), body="to be deleted"))
        Person.create(name="Ana")
    sync(laptop, folder, "laptop", secret=PASSPHRASE)
    sync(desktop, folder, "desktop", secret=PASSPHRASE)
    with opened(laptop):
        entry = get_entry(swim)
        entry.body, entry.pleasantness, entry.energy = "Cold water, warm tea afterwards.", 4, 1
        save_entry(entry, swim)
        entry = get_entry(both)
        entry.body = "written on the laptop"
        save_entry(entry, both)
        delete_entry(gone)
        delete_forever(gone)
        uid = JournalEntry.get_by_id(both).uid
    with opened(desktop):
        entry = get_entry(JournalEntry.get(JournalEntry.uid == uid).id)
        entry.body = "written on the desktop"
        save_entry(entry, entry.id)
    for computer, name in ((laptop, "laptop"), (desktop, "desktop"), (laptop, "laptop")):
        sync(computer, folder, name, secret=PASSPHRASE)
    shutil.copytree(folder, target)
    shutil.rmtree(work)


if __name__ == "__main__":
    make_golden(Path(sys.argv[1]))
