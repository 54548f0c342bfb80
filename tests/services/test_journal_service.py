"""Journal entries through the service layer: save, read back, validate,
trash, drafts, follow-ups, own words."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resilience_desktop.core.db import database
from resilience_desktop.core.errors import ValidationError
from resilience_desktop.core.models.journal import JournalEntry
from resilience_desktop.services.journal import emotions
from resilience_desktop.services.journal import entries as journal
from resilience_desktop.services.journal import drafts as journal_drafts
from resilience_desktop.services.journal import followups as journal_followups

TODAY = date(2026, 6, 15)


@pytest.fixture(autouse=True)
def fixed_today(wall_clock, monkeypatch):
    wall_clock.set(TODAY)


def entry(**values) -> journal.EntryInput:
    values.setdefault("entry_date", TODAY)
    values.setdefault("body", "A walk by the river.")
    return journal.EntryInput(**values)


def test_save_and_read_back_every_field(db):
    entry_id = journal.save_entry(entry(title="River", kind="hard_time", tags=["walk", "#Family"],
                                        pleasantness=-2, energy=3, intensity_before=8,
                                        intensity_after=5, emotions=["Anxious", "hopeful"]))
    saved = journal.get_entry(entry_id)
    assert (saved.title, saved.body, saved.kind) == ("River", "A walk by the river.", "hard_time")
    assert saved.tags == ["walk", "Family"]
    assert (saved.pleasantness, saved.energy) == (-2, 3)
    assert (saved.intensity_before, saved.intensity_after) == (8, 5)
    assert saved.emotions == ["anxious", "hopeful"]


def test_edit_replaces_text_tags_and_emotions(db):
    entry_id = journal.save_entry(entry(tags=["a"], emotions=["sad"]))
    journal.save_entry(entry(body="Changed", tags=["b"], emotions=["calm"]), entry_id)
    saved = journal.get_entry(entry_id)
    assert (saved.body, saved.tags, saved.emotions) == ("Changed", ["b"], ["calm"])
    assert JournalEntry.select().count() == 1


@pytest.mark.parametrize("values, message", [
    (dict(body="   \n "), "empty"),
    (dict(entry_date=TODAY + timedelta(days=1)), "future"),
    (dict(pleasantness=2), "both"),
    (dict(pleasantness=6, energy=0), "Pleasantness"),
    (dict(intensity_before=11), "strength"),
    (dict(kind="poem"), "kind"),
])
def test_bad_input_is_refused_with_a_plain_message(db, values, message):
    with pytest.raises(ValidationError, match=message):
        journal.save_entry(entry(**values))
    assert JournalEntry.select().count() == 0


def test_backfilling_a_past_date_is_fine(db):
    entry_id = journal.save_entry(entry(entry_date=date(2001, 2, 3)))
    assert journal.get_entry(entry_id).entry_date == date(2001, 2, 3)


def test_saving_clears_the_editor_draft_in_the_same_transaction(db):
    journal_drafts.save_draft(journal_drafts.Draft(body="typing"))
    journal.save_entry(entry(), draft_editor=journal_drafts.MAIN_EDITOR)
    assert journal_drafts.load_draft() is None


def test_trash_restore_and_purge_after_30_days(wall_clock, db, monkeypatch):
    keep = journal.save_entry(entry(body="keep"))
    gone = journal.save_entry(entry(body="gone"))
    journal.delete_entry(gone)
    assert [e.id for e in journal.list_entries()] == [keep]
    assert [e.id for e in journal.list_trash()] == [gone]
    journal.restore_entry(gone)
    assert {e.id for e in journal.list_entries()} == {keep, gone}
    journal.delete_entry(gone)
    assert journal.purge_trash() == 0  # deleted today: still restorable
    wall_clock.set(date.today() + timedelta(days=31))
    assert journal.purge_trash() == 1
    assert JournalEntry.get_or_none(JournalEntry.id == gone) is None


def test_draft_round_trips_exactly(db):
    draft = journal_drafts.Draft(entry_date="2026-06-01", title=" t ", body="line\n\n  x\t",
                                 tags="a, b", kind="gratitude", pleasantness=1, energy=-1,
                                 intensity_before=4, emotions=["calm", "my own"])
    journal_drafts.save_draft(draft)
    loaded = journal_drafts.load_draft()
    loaded.saved_at = None
    assert loaded == draft


text_strategy = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=400)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=text_strategy, title=st.text(st.characters(blacklist_categories=("Cs",)), max_size=80))
def test_text_round_trips_byte_for_byte(db, body, title):
    if not (body.strip() or title.strip()):
        body = body + "x"
    entry_id = journal.save_entry(entry(body=body, title=title))
    saved = journal.get_entry(entry_id)
    assert saved.body.encode("utf-8") == body.encode("utf-8")
    assert saved.title.encode("utf-8") == title.encode("utf-8")
    journal_drafts.save_draft(journal_drafts.Draft(body=body, title=title))
    assert journal_drafts.load_draft().body.encode("utf-8") == body.encode("utf-8")


def test_one_megabyte_of_emoji_rtl_and_combining_text(db):
    piece = "Grateful 🙏🏽 שלום עולם e\u0301 \u0915\u094d\u0937 👩‍👩‍👧 NUL-free\r\n"
    body = (piece * (1_048_576 // len(piece.encode("utf-8")) + 1))
    assert len(body.encode("utf-8")) >= 1_048_576
    entry_id = journal.save_entry(entry(body=body))
    assert journal.get_entry(entry_id).body == body


def test_hard_time_follow_ups_at_3_days_1_month_6_months(db, monkeypatch):
    hard = journal.save_entry(entry(kind="hard_time", entry_date=TODAY - timedelta(days=3)))
    cards = journal_followups.due_follow_ups(TODAY)
    assert [(c.entry_id, c.stage) for c in cards] == [(hard, "3d")]
    reflection = journal_followups.reflection_input(cards[0], "Talking to Sam helped.")
    reflection_id = journal.save_entry(reflection)
    saved = journal.get_entry(reflection_id)
    assert (saved.kind, saved.follow_up_of, saved.follow_up_stage) == ("growth", hard, "3d")
    assert journal_followups.due_follow_ups(TODAY) == []
    later = TODAY - timedelta(days=3) + timedelta(days=30)
    assert [c.stage for c in journal_followups.due_follow_ups(later)] == ["1m"]
    six = TODAY - timedelta(days=3) + timedelta(days=182)
    assert [c.stage for c in journal_followups.due_follow_ups(six)] == ["6m"]
    assert journal_followups.due_follow_ups(six + timedelta(days=60)) == []


def test_on_this_day_lists_earlier_years_only(db):
    old = journal.save_entry(entry(entry_date=date(2020, 6, 15), body="old"))
    journal.save_entry(entry(entry_date=date(2020, 6, 16), body="other day"))
    journal.save_entry(entry(entry_date=TODAY, body="today"))
    assert [e.id for e in journal_followups.on_this_day(TODAY)] == [old]


def test_vocabulary_has_every_product_word_with_a_definition():
    assert len(emotions.VOCABULARY) == 52
    assert all(e.definition for e in emotions.VOCABULARY)
    counts = {q: sum(e.quadrant == q for e in emotions.VOCABULARY) for q in emotions.QUADRANTS}
    assert counts == {"high_unpleasant": 12, "high_pleasant": 12, "low_unpleasant": 12,
                      "low_pleasant": 12, "neutral": 4}


def test_quadrant_words_come_first_and_own_words_are_kept(db):
    ordered = emotions.ordered_for_quadrant("low_pleasant")
    assert {e.quadrant for e in ordered[:12]} == {"low_pleasant"}
    assert len(ordered) == 52
    emotions.add_custom_word("  Homesick ", "low_unpleasant", "missing home")
    assert emotions.emotion_lookup()["homesick"].custom
    with pytest.raises(ValidationError):
        emotions.add_custom_word("   ")


def test_quadrant_of():
    assert emotions.quadrant_of(3, 2) == "high_pleasant"
    assert emotions.quadrant_of(3, -2) == "low_pleasant"
    assert emotions.quadrant_of(-1, 1) == "high_unpleasant"
    assert emotions.quadrant_of(-1, 0) == "low_unpleasant"
    assert emotions.quadrant_of(0, 5) == "neutral"
    assert emotions.quadrant_of(None, None) is None


def test_demo_writes_about_one_entry_a_day_with_search_index(db):
    from resilience_desktop.services.demo import generate_demo

    generate_demo(1, end=TODAY)
    count = JournalEntry.select().count()
    assert 300 <= count <= 480
    fts = database.execute_sql("SELECT count(*) FROM journal_entry_fts").fetchone()[0]
    assert fts == count
    kinds = {row.kind for row in JournalEntry.select(JournalEntry.kind).distinct()}
    assert kinds == {"free", "gratitude", "hard_time", "growth"}
    assert database.execute_sql("PRAGMA foreign_key_check").fetchall() == []
    assert isinstance(journal.list_entries()[0].entry_date, date)
