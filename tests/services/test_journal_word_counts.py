"""Journal > Charts > Emotion words counts the words named in the chosen period only
(services/journal/stats.emotion_frequencies reads the period's entries by date)."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from resilience_desktop.services.journal import entries as journal
from resilience_desktop.services.journal import stats

TODAY = date(2026, 6, 15)


def _save(day: date, words: list[str]) -> int:
    return journal.save_entry(journal.EntryInput(entry_date=day, body="Some words.",
                                                 emotions=words))


def test_word_counts_hold_the_period_only_and_skip_the_trash(db, wall_clock):
    wall_clock.set(TODAY)
    named = {TODAY - timedelta(days=400): ["anxious", "calm"],  # before the period
             TODAY - timedelta(days=30): ["calm", "hopeful"],
             TODAY - timedelta(days=2): ["calm", "anxious"],
             TODAY: ["hopeful"]}
    for day, words in named.items():
        _save(day, words)
    journal.delete_entry(_save(TODAY - timedelta(days=1), ["anxious", "angry"]))
    start = TODAY - timedelta(days=364)
    expected = Counter(word for day, words in named.items() if day >= start for word in words)

    counts = stats.emotion_frequencies(start)

    assert {(c.word.lower(), c.count) for c in counts} == set(expected.items())
    assert [c.count for c in counts] == sorted((c.count for c in counts), reverse=True)
    everything = {c.word.lower(): c.count for c in stats.emotion_frequencies(None)}
    assert everything == dict(Counter(w for words in named.values() for w in words))
