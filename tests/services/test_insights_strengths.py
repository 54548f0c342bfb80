"""Strengths with examples from entries; three good things become a gratitude entry."""

from datetime import date

import pytest

from resilience_desktop.core.errors import ValidationError
from resilience_desktop.services.insights import strengths as st
from resilience_desktop.services.journal.entries import (EntryInput, delete_entry, get_entry,
                                                         save_entry)

DAY = date(2026, 11, 20)


def test_a_strength_with_examples_picked_from_entries(db):
    kept = save_entry(EntryInput(entry_date=DAY, body="I kept going with the course: patience."))
    other = save_entry(EntryInput(entry_date=date(2026, 11, 1), body="A quiet day."))
    strength_id = st.save_strength("Patience", "I can wait and keep trying.")
    strength = st.list_strengths()[0]
    suggested = st.suggest_entries(strength)
    assert suggested[0][0] == kept and {s[0] for s in suggested} == {kept, other}
    st.add_example(strength_id, kept)
    strength = st.list_strengths()[0]
    assert strength.description == "I can wait and keep trying."
    assert [x.entry_id for x in strength.examples] == [kept]
    assert "kept going" in strength.examples[0].excerpt
    assert [s[0] for s in st.suggest_entries(strength)] == [other]
    delete_entry(kept)  # in the Trash: no longer shown as an example
    assert st.list_strengths()[0].examples == []


def test_a_strength_needs_a_name(db):
    with pytest.raises(ValidationError, match="name"):
        st.save_strength("   ", "x")


def test_three_good_things_become_a_gratitude_entry(db):
    assert st.good_things_due(DAY)
    with pytest.raises(ValidationError, match="all three"):
        st.save_three_good_things(["Sun", "", "Tea"], DAY)
    entry = get_entry(st.save_three_good_things(["Sun on the walk", "Call with Mum",
                                                 "Good tea"], DAY))
    assert entry.kind == "gratitude" and entry.title == "Three good things"
    assert entry.body == "1. Sun on the walk\n\n2. Call with Mum\n\n3. Good tea"
    assert not st.good_things_due(DAY) and st.good_things_due(date(2026, 11, 27))
