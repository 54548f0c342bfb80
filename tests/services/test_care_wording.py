"""Figures and sentences that must read right (issue 13, "Care and correctness")."""

from __future__ import annotations

from datetime import date

import pytest

from resilience_desktop.charts.plots.journal import intensity_title
from resilience_desktop.services.exercise import stats
from resilience_desktop.services.journal import entries as journal
from resilience_desktop.services.journal import stats as journal_stats

TODAY = date(2026, 12, 1)


@pytest.fixture(autouse=True)
def _fixed_today(wall_clock, monkeypatch):
    wall_clock.set(TODAY)


def _entry(before, after, emotions=()):
    return journal.save_entry(journal.EntryInput(entry_date=TODAY, body="x", intensity_before=before,
                                                 intensity_after=after, emotions=list(emotions)))


def test_intensity_after_naming_counts_only_entries_with_a_named_feeling(db):
    _entry(8, 4, ["anxious"])
    _entry(6, 4, ["sad", "lonely"])
    _entry(9, 1)  # strengths given, but no feeling named: not an "after naming"
    months = journal_stats.intensity_by_month()
    assert len(months) == 1 and months[0].entries == 2
    assert months[0].before == 7 and months[0].after == 4


@pytest.mark.parametrize("drop, expected", [
    (1.5, "strength dropped by 1.5 on average (8 entries)"),
    (-1.0, "strength rose by 1.0 on average (8 entries)"),
    (0.02, "stayed about the same (8 entries)"),
])
def test_intensity_title_never_says_dropped_by_a_negative_number(drop, expected):
    title = intensity_title(drop, 8)
    assert expected in title and "-" not in title and "−" not in title


def test_one_entry_is_singular():
    assert "(1 entry)" in intensity_title(2.0, 1)


def _week(moderate=0, strength_days=0):
    return stats.WeekSummary(date(2026, 11, 30), moderate_minutes=moderate,
                             strength_days=strength_days)


def test_exactly_300_minutes_is_within_the_range_not_above_it():
    from resilience_desktop.ui.exercise.summary_panel import guideline_text

    assert "within the 150–300 range" in guideline_text(_week(300))
    assert "above the 300-minute" not in guideline_text(_week(300))
    assert "above the 300-minute upper range" in guideline_text(_week(301))


@pytest.mark.parametrize("days, expected", [
    (0, "Strength days: <b>0</b> of the 2 a week."),
    (1, "Strength days: <b>1</b> of the 2 a week."),
    (2, "Strength days: <b>2</b> (goal of 2 a week met)."),
    (3, "Strength days: <b>3</b> (goal of 2 a week met)."),
])
def test_strength_days_read_right(days, expected):
    from resilience_desktop.ui.exercise.summary_panel import guideline_text

    text = guideline_text(_week(strength_days=days))
    assert expected in text and "3 of 2" not in text


def test_one_day_is_singular_in_people_texts():
    from resilience_desktop.services.wording import count_of

    assert count_of(1, "day") == "1 day" and count_of(2, "day") == "2 days"


def test_session_dialog_cites_the_compendium_for_its_mets(db, qtbot):
    from resilience_desktop.ui.exercise.session_dialog import SessionDialog

    dialog = SessionDialog()
    qtbot.addWidget(dialog)
    assert "MET" in dialog.activity_combo.itemText(0)
    assert "2011 Compendium of Physical Activities" in dialog.source_label.text()


def test_the_month_still_going_is_marked_partial(db):
    journal.save_entry(journal.EntryInput(entry_date=date(2026, 11, 20), body="x",
                                          emotions=["calm", "sad"]))
    journal.save_entry(journal.EntryInput(entry_date=TODAY, body="x", emotions=["calm"]))
    months = journal_stats.granularity_by_month(today=TODAY)
    assert [(m.month.month, m.value, m.days_covered) for m in months] == [(11, 2, None),
                                                                          (12, 1, 1)]
    cut = journal_stats.granularity_by_month(date(2026, 11, 16), today=TODAY)
    assert cut[0].days_covered == 15  # 16..30 November
