"""Sync between simulated computers through a folder (issue 18; docs/sync.md)."""

from __future__ import annotations

from datetime import date

import pytest

from resilience_desktop.services.sync.folder_key import FolderRefused
from tests.services.sync_helpers import PASSPHRASE, folder_bytes, opened, rows_of, settle, sync


def write_entry(data_dir, body, title="", tags=()):
    from resilience_desktop.core.models.journal import JournalEntry
    from resilience_desktop.services.journal.entries import EntryInput, save_entry

    with opened(data_dir):
        entry_id = save_entry(EntryInput(entry_date=date(2026, 3, 1), title=title, body=body,
                                         tags=list(tags)))
        return JournalEntry.get_by_id(entry_id).uid


def edit_entry(data_dir, uid, **changes):
    from resilience_desktop.core.models.journal import JournalEntry
    from resilience_desktop.services.journal.entries import get_entry, save_entry

    with opened(data_dir):
        entry = get_entry(JournalEntry.get(JournalEntry.uid == uid).id)
        for name, value in changes.items():
            setattr(entry, name, value)
        save_entry(entry, entry.id)


def entry_of(data_dir, uid):
    from resilience_desktop.core.models.journal import JournalEntry
    from resilience_desktop.services.journal.entries import get_entry

    with opened(data_dir):
        row = JournalEntry.get_or_none(JournalEntry.uid == uid)
        return None if row is None else get_entry(row.id)


@pytest.fixture
def two(tmp_path):
    return tmp_path / "laptop", tmp_path / "desktop", tmp_path / "folder"


def test_an_entry_written_on_one_computer_arrives_on_the_other(two):
    laptop, desktop, folder = two
    uid = write_entry(laptop, "The sea was calm today.", tags=["walk"])
    first = sync(laptop, folder)
    assert first.recovery_key and first.sent > 0
    report = sync(desktop, folder)
    assert report.received > 0 and len(report.computers) == 1
    entry = entry_of(desktop, uid)
    assert entry.body == "The sea was calm today." and entry.tags == ["walk"]
    assert rows_of(laptop) == rows_of(desktop)


def test_edits_on_both_sides_merge_per_column_and_converge(two):
    laptop, desktop, folder = two
    uid = write_entry(laptop, "first words")
    sync(laptop, folder), sync(desktop, folder)
    edit_entry(laptop, uid, pleasantness=3, energy=2)
    edit_entry(desktop, uid, tags=["family"])
    settle((laptop, desktop), folder)
    entry = entry_of(desktop, uid)
    assert (entry.pleasantness, entry.energy, entry.tags) == (3, 2, ["family"])
    assert rows_of(laptop) == rows_of(desktop)


def test_a_text_edited_on_two_computers_keeps_the_losing_text_as_a_revision(two):
    from resilience_desktop.services.journal import revisions

    laptop, desktop, folder = two
    uid = write_entry(laptop, "first words")
    sync(laptop, folder), sync(desktop, folder)
    edit_entry(laptop, uid, body="laptop words")
    edit_entry(desktop, uid, body="desktop words")
    sync(laptop, folder)
    report = sync(desktop, folder)
    settle((laptop, desktop), folder)
    assert report.edited_on_two == 1
    for computer in (laptop, desktop):
        with opened(computer):
            texts = {revision.body for revision in revisions.list_revisions(uid)}
            assert {"laptop words", "desktop words"} - texts == {
                revisions.entries_to_review()[0].body}
    assert rows_of(laptop) == rows_of(desktop)


def test_an_edit_made_after_seeing_the_other_is_not_a_conflict(two):
    laptop, desktop, folder = two
    uid = write_entry(laptop, "first words")
    sync(laptop, folder), sync(desktop, folder)
    edit_entry(desktop, uid, body="second words")
    sync(desktop, folder)
    assert sync(laptop, folder).edited_on_two == 0
    assert entry_of(laptop, uid).body == "second words"


def test_a_deletion_reaches_the_other_computer(two):
    from resilience_desktop.core.models.journal import JournalEntry
    from resilience_desktop.services.journal.entries import delete_entry, delete_forever

    laptop, desktop, folder = two
    uid = write_entry(laptop, "to go", tags=["x"])
    sync(laptop, folder), sync(desktop, folder)
    with opened(desktop):
        entry_id = JournalEntry.get(JournalEntry.uid == uid).id
        delete_entry(entry_id)  # to the Trash, then for good
        delete_forever(entry_id)
    sync(desktop, folder), sync(laptop, folder)
    assert entry_of(laptop, uid) is None
    assert rows_of(laptop) == rows_of(desktop)


def test_the_same_tag_added_on_both_sides_is_kept_once(two):
    laptop, desktop, folder = two
    uid = write_entry(laptop, "words")
    sync(laptop, folder), sync(desktop, folder)
    edit_entry(laptop, uid, tags=["walk"])
    edit_entry(desktop, uid, tags=["walk", "sea"])
    settle((laptop, desktop), folder)
    assert sorted(entry_of(laptop, uid).tags) == ["sea", "walk"]
    assert rows_of(laptop) == rows_of(desktop)


def test_a_wrong_passphrase_is_refused_and_nothing_changes(two):
    laptop, desktop, folder = two
    write_entry(laptop, "words")
    sync(laptop, folder)
    write_entry(desktop, "mine")
    before = rows_of(desktop)
    with pytest.raises(FolderRefused):
        sync(desktop, folder, secret="not the passphrase")
    assert rows_of(desktop) == before


def test_a_folder_of_another_journal_is_refused(two, tmp_path):
    laptop, desktop, folder = two
    sync(laptop, folder)
    sync(desktop, tmp_path / "other-folder")
    with pytest.raises(FolderRefused, match="another journal"):
        sync(desktop, folder)


def test_no_word_of_the_journal_is_readable_in_the_folder(two):
    laptop, _desktop, folder = two
    write_entry(laptop, "zebracanary wrote this", title="zebracanary", tags=["zebracanary"])
    sync(laptop, folder)
    assert b"zebracanary" not in folder_bytes(folder)
    assert PASSPHRASE.encode() not in folder_bytes(folder)


def test_a_truncated_segment_is_retried_at_the_next_sync(two):
    laptop, desktop, folder = two
    uid = write_entry(laptop, "words")
    sync(laptop, folder)
    segment = next(folder.rglob("*.seg"))
    whole = segment.read_bytes()
    segment.write_bytes(whole[: len(whole) // 2])
    report = sync(desktop, folder)
    assert report.waiting_files == 1 and entry_of(desktop, uid) is None
    segment.write_bytes(whole)
    sync(desktop, folder)
    assert entry_of(desktop, uid).body == "words"


def test_a_conflict_copy_is_read_when_it_authenticates(two):
    laptop, desktop, folder = two
    uid = write_entry(laptop, "words")
    sync(laptop, folder)
    segment = next(folder.rglob("*.seg"))
    segment.rename(segment.with_name("00000001.sync-conflict-20261204-101010-ABCDEFG.seg"))
    sync(desktop, folder)
    assert entry_of(desktop, uid).body == "words"


def test_records_of_a_newer_schema_wait_and_say_update(two, monkeypatch):
    from resilience_desktop.services.sync import engine

    laptop, desktop, folder = two
    uid = write_entry(laptop, "words")
    monkeypatch.setattr(engine, "schema_version", lambda: 99)
    sync(laptop, folder)
    monkeypatch.undo()
    report = sync(desktop, folder)
    assert report.newer and entry_of(desktop, uid) is None


def test_a_phone_note_in_the_inbox_is_imported_once(two):
    from resilience_desktop.services.journal.entries import list_entries

    laptop, desktop, folder = two
    sync(laptop, folder)
    (folder / "inbox").mkdir()
    (folder / "inbox" / "note.md").write_text("2026-03-02 08:00\nA note from the bus.\n")
    assert sync(laptop, folder).notes_imported == 1
    assert (folder / "inbox" / "imported" / "note.md").exists()
    (folder / "inbox" / "again.md").write_text("2026-03-02 08:00\nA note from the bus.\n")
    sync(desktop, folder)
    with opened(desktop):
        assert [e.title for e in list_entries()] == ["A note from the bus."]


def test_a_long_journal_arrives_searchable_on_a_new_computer(two):
    from resilience_desktop.core.models.journal import JournalEntryTag
    from resilience_desktop.services.demo import generate_demo
    from resilience_desktop.services.journal.search import search_entries

    laptop, desktop, folder = two
    with opened(laptop):
        generate_demo(1.5, end=date(2026, 6, 30))  # over 500 entries
        tag = JournalEntryTag.select().first().name
        expected = {word: len(search_entries(word, limit=100_000)) for word in ("walk", tag)}
    assert all(expected.values())
    sync(laptop, folder)
    sync(desktop, folder)  # a new computer: indexed in one statement after the apply
    with opened(desktop):
        assert {word: len(search_entries(word, limit=100_000)) for word in expected} == expected
    assert rows_of(laptop) == rows_of(desktop)
