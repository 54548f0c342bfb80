"""The therapist summary's figures: exercise counts only days in the chosen range
(partial weeks marked), mood has an average; hand-computed cases."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from resilience_desktop.services import dates, settings
from resilience_desktop.services.exercise import sessions as ex
from resilience_desktop.services.insights import summary
from resilience_desktop.services.insights.summary_figures import (
    exercise_figures, mood_figures, mood_sentence)
from resilience_desktop.services.journal.stats import MoodDay

START, END = date(2026, 1, 1), date(2026, 1, 14)  # Thu .. Wed: 14 days, 3 Monday weeks


def _log(when: datetime, name: str, minutes: int) -> None:
    activity = next(a.id for a in ex.list_activities() if a.name == name)
    ex.add_session(ex.SessionInput(when, activity, minutes))


@pytest.fixture
def sessions_around_the_range(db, wall_clock):
    wall_clock.set(datetime(2026, 2, 1, 12, 0))
    _log(datetime(2025, 12, 29, 8, 0), "Jogging", 60)  # Mon before the range: 120, left out
    _log(datetime(2026, 1, 1, 8, 0), "Walking for pleasure", 100)  # moderate: 100
    _log(datetime(2026, 1, 5, 8, 0), "Jogging", 80)  # vigorous: 160 (whole week 5–11 Jan)
    _log(datetime(2026, 1, 13, 8, 0), "Walking for pleasure", 50)  # moderate: 50
    _log(datetime(2026, 1, 15, 8, 0), "Jogging", 60)  # Thu after the range: left out


def test_exercise_counts_only_days_in_the_range(sessions_around_the_range):
    data = summary.gather(START, END)
    figures = exercise_figures(data.weeks, START, END)
    assert data.sessions == 3
    assert figures.minutes == 100 + 160 + 50
    assert figures.per_week == pytest.approx(310 * 7 / 14)  # 155
    # week of 29 Dec has only 100 in range (not 220): only 5–11 Jan reaches 150
    assert (figures.reached, figures.weeks, figures.partial_weeks) == (1, 3, 2)
    text = summary.summary_html(data, [])
    assert "On average 155 guideline minutes a week" in text
    assert "1 of 3 weeks reached" in text
    assert "2 of these weeks are partial" in text


def test_title_has_name_generated_date_and_the_chosen_date_format(sessions_around_the_range):
    settings.save_settings({settings.SUMMARY_NAME: "  Alex   Morgan ",
                            settings.DATE_FORMAT: "dmy"})
    try:
        text = summary.summary_html(summary.gather(START, END), [])
    finally:
        dates.set_date_format(None)
    assert "summary 01/01/2026 to 14/01/2026" in text
    assert "For: Alex Morgan" in text
    assert "Generated on 01/02/2026" in text
    assert "2026-01-" not in text


def test_mood_average_in_words():
    mood = [MoodDay(date(2026, 1, 1), 2.0, -1.0), MoodDay(date(2026, 1, 2), -1.0, 0.0),
            MoodDay(date(2026, 1, 3), 2.5, 2.5)]
    figures = mood_figures(mood)
    assert (figures.days, figures.pleasantness) == (3, pytest.approx(3.5 / 3))
    assert mood_sentence(figures) == (
        "3 days with a mood check-in (pleasantness and energy, −5 to +5). "
        "Average pleasantness +1.2, average energy +0.5.")
    assert mood_sentence(mood_figures([])) == "No mood check-ins in this period."
