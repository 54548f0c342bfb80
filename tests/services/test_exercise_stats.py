"""Intensity, guideline minutes and habit strength against hand-computed weeks."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from resilience_desktop.services.exercise import sessions as ex
from resilience_desktop.services.exercise import stats
from resilience_desktop.services.exercise.intensity import intensity_class
from resilience_desktop.services.preferences import set_preference

NOW = datetime(2026, 2, 1, 12, 0)


@pytest.fixture
def clock(wall_clock, monkeypatch):
    wall_clock.set(NOW)
    return NOW


def _activity_id(name: str) -> int:
    return next(a.id for a in ex.list_activities() if a.name == name)


def _log(when: datetime, name: str, minutes: int, **extra) -> int:
    return ex.add_session(ex.SessionInput(when, _activity_id(name), minutes, **extra))


@pytest.mark.parametrize("met, expected", [(1.0, "light"), (2.99, "light"), (3.0, "moderate"),
                                           (5.9, "moderate"), (5.99, "moderate"),
                                           (6.0, "vigorous"), (9.8, "vigorous")])
def test_intensity_class_boundaries(met, expected):
    assert intensity_class(met) == expected


@pytest.mark.parametrize("day, week_start, expected", [
    (date(2026, 1, 1), "monday", date(2025, 12, 29)),  # Thursday, across the year boundary
    (date(2026, 1, 1), "sunday", date(2025, 12, 28)),
    (date(2026, 1, 4), "monday", date(2025, 12, 29)),  # a Sunday ends a Monday week
    (date(2026, 1, 4), "sunday", date(2026, 1, 4)),  # ... and starts a Sunday week
    (date(2026, 1, 5), "monday", date(2026, 1, 5)),
])
def test_week_start_of(day, week_start, expected):
    assert stats.week_start_of(day, week_start) == expected


@pytest.fixture
def year_boundary_sessions(db, clock):
    """Wed 31 Dec 2025 .. Mon 5 Jan 2026 (hand-computed totals in the tests below)."""
    _log(datetime(2025, 12, 31, 7, 0), "Jogging", 30)  # 7.0 vigorous
    _log(datetime(2026, 1, 1, 10, 0), "Walking for pleasure", 45)  # 3.5 moderate
    _log(datetime(2026, 1, 3, 9, 0), "Yoga, Hatha", 60)  # 2.5 light: does not count
    _log(datetime(2026, 1, 4, 18, 0), "Resistance training", 20)  # 3.5 moderate, strength
    _log(datetime(2026, 1, 5, 18, 0), "Weight lifting, vigorous", 25)  # 6.0 vigorous, strength


def test_weeks_starting_monday_across_the_year_boundary(year_boundary_sessions):
    weeks = stats.weekly_summaries(date(2025, 12, 31), date(2026, 1, 5), "monday")
    assert [w.start for w in weeks] == [date(2025, 12, 29), date(2026, 1, 5)]
    first, second = weeks
    assert (first.moderate_minutes, first.vigorous_minutes, first.light_minutes) == (65, 30, 60)
    assert first.guideline_minutes == 65 + 2 * 30 == 125
    assert first.met_minutes == pytest.approx(7.0 * 30 + 3.5 * 45 + 2.5 * 60 + 3.5 * 20)
    assert first.strength_days == 1 and not first.meets_strength
    assert not first.meets_guideline
    assert (second.guideline_minutes, second.strength_days) == (50, 1)


def test_weeks_starting_sunday_across_the_year_boundary(year_boundary_sessions):
    weeks = stats.weekly_summaries(date(2025, 12, 31), date(2026, 1, 5), "sunday")
    assert [w.start for w in weeks] == [date(2025, 12, 28), date(2026, 1, 4)]
    first, second = weeks
    assert first.guideline_minutes == 45 + 2 * 30 == 105
    assert first.strength_days == 0
    assert second.guideline_minutes == 20 + 2 * 25 == 70
    assert second.strength_days == 2 and second.meets_strength


def test_week_start_preference_is_used_by_default(year_boundary_sessions):
    set_preference(stats.WEEK_START_KEY, "sunday")
    assert stats.weekly_summaries(date(2026, 1, 1), date(2026, 1, 1))[0].start == date(2025, 12, 28)
    set_preference(stats.WEEK_START_KEY, "nonsense")
    assert stats.week_start_preference() == "monday"


def test_empty_weeks_are_kept_and_guideline_met():
    facts = [stats.SessionFact(date(2026, 1, 5), 100, 4.0, False, "Walk"),
             stats.SessionFact(date(2026, 1, 6), 30, 8.0, False, "Run"),
             stats.SessionFact(date(2026, 1, 20), 10, 2.0, False, "Stretch")]
    weeks = stats.summarize_weeks(facts, "monday")
    assert [w.start for w in weeks] == [date(2026, 1, 5), date(2026, 1, 12), date(2026, 1, 19)]
    assert weeks[0].guideline_minutes == 160 and weeks[0].meets_guideline
    assert weeks[1].guideline_minutes == 0 and weeks[1].sessions == 0
    assert weeks[2].guideline_minutes == 0 and weeks[2].light_minutes == 10


def test_habit_multiplier_follows_the_loop_formula():
    assert stats.habit_multiplier(1.0) == pytest.approx(0.5 ** (1 / 13))
    assert stats.habit_multiplier(3 / 7) == pytest.approx(0.5 ** ((3 / 7) ** 0.5 / 13))


def test_habit_strength_daily_by_hand():
    start = date(2026, 1, 1)
    m = 0.5 ** (1 / 13)
    # per_week=7 -> frequency 1 a day; done on days 1 and 2, missed day 3.
    expected = 0.0
    for done in (1, 1, 0):
        expected = expected * m + done * (1 - m)
    score = stats.habit_strength({date(2026, 1, 1), date(2026, 1, 2)}, start, date(2026, 1, 3), 7)
    assert score == pytest.approx(expected)


def _by_hand(done_days: set[int], last_day: int, per_week: float) -> float:
    m = 0.5 ** ((per_week / 7) ** 0.5 / 13)
    score = 0.0
    for day in range(1, last_day + 1):
        score = score * m + (1 if day in done_days else 0) * (1 - m)
    return score


def test_logging_on_day_30_never_lowers_the_score():
    """Sessions on days 1, 3, 5, 8, 10, 12 ... 29 of a 30-day span, target 3 a week."""
    start = date(2026, 1, 1)
    done = {1, 3, 5, 8, 10, 12, 15, 17, 19, 22, 24, 26, 29}
    as_dates = {date(2026, 1, d) for d in done}
    without = stats.habit_strength(as_dates, start, date(2026, 1, 30), 3)
    with_day_30 = stats.habit_strength(as_dates | {date(2026, 1, 30)}, start, date(2026, 1, 30), 3)
    assert without == pytest.approx(_by_hand(done, 30, 3))
    assert with_day_30 == pytest.approx(_by_hand(done | {30}, 30, 3))
    assert with_day_30 > without
    # Day 29 to day 30: done raises it, a miss lowers it by the multiplier only.
    day_29 = stats.habit_strength(as_dates, start, date(2026, 1, 29), 3)
    m = stats.habit_multiplier(3 / 7)
    assert without == pytest.approx(day_29 * m)
    assert with_day_30 == pytest.approx(day_29 * m + (1 - m)) and with_day_30 > day_29


def test_a_missed_week_lowers_the_score_but_never_to_zero():
    start = date(2025, 1, 1)
    days = {date.fromordinal(start.toordinal() + i) for i in range(0, 300)}
    before_gap = stats.habit_strength(days, start, date.fromordinal(start.toordinal() + 299))
    after_gap = stats.habit_strength(days, start, date.fromordinal(start.toordinal() + 313))
    assert before_gap > 0.9
    assert 0.3 < after_gap < before_gap


def test_habit_strengths_per_activity_and_overall():
    facts = [stats.SessionFact(date(2026, 1, d), 30, 3.5, False, "Walk") for d in range(1, 29)]
    facts.append(stats.SessionFact(date(2026, 1, 2), 30, 2.5, False, "Yoga"))
    habits = stats.habit_strengths(facts, date(2026, 1, 28))
    assert list(habits.per_activity) == ["Walk", "Yoga"]
    assert habits.per_activity["Walk"] > habits.per_activity["Yoga"] > 0
    assert 0 < habits.overall < 1
    assert stats.habit_strengths([], date(2026, 1, 28)).overall == 0


def test_mood_changes_and_weekly_mood():
    facts = [stats.SessionFact(date(2026, 1, 5), 30, 3.5, False, "Walk", -2, 1),
             stats.SessionFact(date(2026, 1, 6), 30, 3.5, False, "Walk", 0, 1),
             stats.SessionFact(date(2026, 1, 7), 30, 7.0, False, "Run", None, 3)]
    assert stats.mood_changes(facts) == {"Walk": [3, 1]}
    assert stats.session_weekly_mood(facts, "monday") == {date(2026, 1, 5): pytest.approx(3 / 5)}


def test_linear_fit():
    slope, intercept, r = stats.linear_fit([(0, 1), (100, 2), (200, 3)])
    assert (slope, intercept, r) == (pytest.approx(0.01), pytest.approx(1), pytest.approx(1))
    assert stats.linear_fit([(0, 1), (0, 2), (0, 3)]) is None
    assert stats.linear_fit([(0, 1)]) is None


def test_the_shown_habit_strength_needs_only_the_sessions_that_can_still_move_it(db, clock):
    """A journal of twelve years: the strengths from the last few years' sessions equal
    those from every session (the older ones weigh less than 1e-12)."""
    today = NOW.date()
    for year in range(2014, 2026):
        for month in range(1, 13, 2):
            _log(datetime(year, month, 3, 8), "Walking for pleasure", 30)
    _log(datetime(2015, 6, 1, 9), "Yoga, Hatha", 40)  # once, eleven years ago
    _log(datetime(2026, 1, 30, 9), "Yoga, Hatha", 40)
    everything = stats.habit_strengths(stats.load_facts(None, today), today)
    shown = stats.current_habit_strengths(today)
    assert shown.overall == pytest.approx(everything.overall, abs=1e-9)
    assert list(shown.per_activity) == list(everything.per_activity)
    for name, score in shown.per_activity.items():
        assert score == pytest.approx(everything.per_activity[name], abs=1e-9)
    assert stats.habit_horizon_days(stats.HABIT_ACTIVITY_PER_WEEK) < 4 * 366
