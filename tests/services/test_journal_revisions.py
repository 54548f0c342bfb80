"""Revisions: each save keeps the old text, thinning after 30 days, restore, review marks,
and revisions in the JSON export and import."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest

from tests.inspection import review_count
from resilience_desktop.core.errors import ValidationError
from resilience_desktop.core.models.journal_history import JournalReview, JournalRevision
from resilience_desktop.services.journal import entries as journal
from resilience_desktop.services.journal import revisions
from resilience_desktop.services.transfer.document import export_json_file, import_json_file

TODAY = date(2026, 6, 15)


@pytest.fixture(autouse=True)
def fixed_today(wall_clock, monkeypatch):
    wall_clock.set(TODAY)


def write(body="First text.", title="Morning", entry_id=None) -> int:
    return journal.save_entry(journal.EntryInput(entry_date=TODAY, title=title, body=body),
                              entry_id)


def uid_of(entry_id: int) -> str:
    return journal.JournalEntry.get_by_id(entry_id).uid


def test_each_changed_save_keeps_the_previous_text(db):
    entry_id = write("First text.")
    write("Second text.", entry_id=entry_id)
    write("Second text.", entry_id=entry_id)  # unchanged: nothing kept
    write("Third text.", title="Evening", entry_id=entry_id)
    kept = revisions.list_revisions(uid_of(entry_id))
    assert [(r.title, r.body, r.reason) for r in kept] == [
        ("Morning", "Second text.", "saved"), ("Morning", "First text.", "saved")]
    assert journal.get_entry(entry_id).body == "Third text."


def test_a_new_entry_has_no_history(db):
    assert revisions.list_revisions(uid_of(write())) == []


def test_restore_keeps_the_current_text_first(db):
    entry_id = write("First text.")
    write("Second text.", entry_id=entry_id)
    first = revisions.list_revisions(uid_of(entry_id))[0]
    revisions.restore_revision(first.uid)
    assert journal.get_entry(entry_id).body == "First text."
    bodies = {r.body for r in revisions.list_revisions(uid_of(entry_id))}
    assert bodies == {"First text.", "Second text."}


def test_keeping_the_same_text_twice_makes_one_revision(db):
    entry_id = write("A.")
    for body in ("B.", "A.", "B.", "A."):
        write(body, entry_id=entry_id)
    kept = revisions.list_revisions(uid_of(entry_id))
    assert sorted(r.body for r in kept) == ["A.", "B."]


def test_thinning_keeps_the_newest_revision_of_each_old_day_and_every_recent_one(db, monkeypatch):
    entry_id = write("Now.")
    uid = uid_of(entry_id)
    old_day = datetime(2026, 4, 1, 9, 0)
    for hour, body in enumerate(("old 1", "old 2", "old 3")):
        revisions.keep_revision(uid, "Morning", body, reason="saved",
                                at=old_day + timedelta(hours=hour))
    revisions.keep_revision(uid, "Morning", "conflict", reason="sync-conflict",
                            device="laptop", at=old_day)
    recent = datetime(2026, 6, 13, 9, 0)  # two days before TODAY
    for minute, body in enumerate(("new 1", "new 2")):
        revisions.keep_revision(uid, "Morning", body, reason="saved",
                                at=recent + timedelta(minutes=minute))
    assert revisions.thin_revisions() == 0  # already thinned on keep
    bodies = sorted(r.body for r in revisions.list_revisions(uid))
    assert bodies == ["conflict", "new 1", "new 2", "old 3"]


def test_keep_revision_refuses_unknown_entries_and_reasons(db):
    with pytest.raises(ValidationError):
        revisions.keep_revision("0" * 32, "t", "b", reason="saved")
    with pytest.raises(ValidationError):
        revisions.keep_revision(uid_of(write()), "t", "b", reason="because")


def test_keeping_the_current_text_as_saved_keeps_nothing(db):
    entry_id = write("Same.")
    revisions.keep_revision(uid_of(entry_id), "Morning", "Same.", reason="saved")
    assert JournalRevision.select().count() == 0


def test_a_losing_text_is_kept_even_before_the_winner_is_written(db):
    """The sync engine may keep this computer's text first, then write the winner."""
    entry_id = write("Local words.")
    uid = uid_of(entry_id)
    revisions.keep_revision(uid, "Morning", "Local words.", reason="sync-conflict",
                            device="this desk")
    revisions.keep_revision(uid, "Morning", "Local words.", reason="sync-conflict",
                            device="this desk")  # twice: one revision
    [kept] = revisions.list_revisions(uid)
    assert (kept.body, kept.reason, kept.device) == ("Local words.", "sync-conflict", "this desk")


def test_edited_on_two_computers_until_reviewed(db):
    entry_id = write("Desk text.")
    uid = uid_of(entry_id)
    revisions.keep_revision(uid, "Morning", "Laptop text.", reason="sync-conflict",
                            device="laptop")
    revisions.mark_edited_on_two_computers(uid, "laptop")
    revisions.mark_edited_on_two_computers(uid, "laptop")  # twice: still one mark
    assert review_count() == 1 and JournalReview.select().count() == 1
    assert revisions.entry_ids_to_review() == {entry_id}
    [item] = revisions.entries_to_review()
    assert (item.body, item.other.body, item.device) == ("Desk text.", "Laptop text.", "laptop")
    revisions.mark_reviewed(uid)
    assert revisions.entries_to_review() == [] and review_count() == 0


def test_keep_other_text_and_keep_both(db):
    entry_id = write("Desk text.")
    uid = uid_of(entry_id)
    revisions.keep_revision(uid, "Morning", "Laptop text.", reason="sync-conflict",
                            device="laptop")
    revisions.mark_edited_on_two_computers(uid, "laptop")
    other = revisions.entries_to_review()[0].other
    revisions.keep_other_text(uid, other.uid)
    assert journal.get_entry(entry_id).body == "Laptop text."
    assert "Desk text." in {r.body for r in revisions.list_revisions(uid)}
    assert review_count() == 0

    revisions.mark_edited_on_two_computers(uid, "laptop")
    desk = next(r for r in revisions.list_revisions(uid) if r.body == "Desk text.")
    assert revisions.keep_both_texts(uid, desk.uid) == entry_id
    body = journal.get_entry(entry_id).body
    assert body.index("Laptop text.") < body.index("from laptop") < body.index("Desk text.")
    assert review_count() == 0


def test_a_trashed_entry_is_not_to_review_and_deleting_for_good_removes_its_history(db):
    entry_id = write("One.")
    write("Two.", entry_id=entry_id)
    revisions.mark_edited_on_two_computers(uid_of(entry_id), "laptop")
    journal.delete_entry(entry_id)
    assert review_count() == 0
    journal.delete_forever(entry_id)
    assert JournalRevision.select().count() == 0 == JournalReview.select().count()


def test_export_holds_revisions_and_import_reads_them_back_once(db, tmp_path):
    entry_id = write("First text.")
    write("Second text.", entry_id=entry_id)
    revisions.mark_edited_on_two_computers(uid_of(entry_id), "laptop")
    exported = export_json_file(tmp_path / "out.json")
    tables = json.loads(exported.read_text())["tables"]
    columns = tables["journal_revision"]["columns"]
    [row] = tables["journal_revision"]["rows"]
    assert row[columns.index("body")] == "First text."
    assert len(tables["journal_review"]["rows"]) == 1
    JournalRevision.delete().execute()
    for _ in range(2):
        import_json_file(exported)
        assert [r.body for r in revisions.list_revisions(uid_of(entry_id))] == ["First text."]
