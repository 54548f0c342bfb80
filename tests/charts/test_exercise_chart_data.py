"""The chart services' SQL aggregates equal the exercise_stats computations; cached text draws as before."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import pytest

from resilience_desktop.services.exercise import sessions as ex
from resilience_desktop.services.exercise import charts as exercise_charts
from resilience_desktop.services.exercise import stats

NOW = datetime(2026, 2, 1, 21, 0)


@pytest.fixture
def sessions(wall_clock, db, monkeypatch):
    wall_clock.set(NOW + timedelta(days=1))
    rng = random.Random(3)
    activities = [a.id for a in ex.list_activities()][:8]
    for _ in range(120):
        when = NOW - timedelta(days=rng.randint(0, 400), hours=rng.randint(0, 12))
        moods = ({"mood_before": rng.randint(-5, 5), "mood_after": rng.randint(-5, 5)}
                 if rng.random() < 0.6 else {})
        ex.add_session(ex.SessionInput(when, rng.choice(activities), rng.randint(5, 90), **moods))
    ex.add_session(ex.SessionInput(NOW + timedelta(hours=4), activities[0], 30, mood_before=1,
                                   mood_after=2))  # after "today": left out
    wall_clock.set(NOW)
    return stats.load_facts(None, NOW.date())


@pytest.mark.parametrize("week_start", ["monday", "sunday"])
def test_all_time_weeks_and_minutes_vs_mood_match_the_stats(sessions, week_start):
    today = NOW.date()
    expected = stats.summarize_weeks(sessions, week_start, sessions[0].day, today)
    weeks = exercise_charts.weekly_guideline_data(None, week_start)
    assert ([(w.start, w.moderate_minutes, w.vigorous_minutes) for w in weeks]
            == [(w.start, w.moderate_minutes, w.vigorous_minutes) for w in expected])
    data = exercise_charts.minutes_mood_data(week_start)
    points = stats.minutes_vs_mood(sessions, expected, week_start)
    assert data.points == points and len(points) > 10  # same sums, same divisions
    assert data.fit == pytest.approx(stats.linear_fit(points))


def test_mood_changes_match_the_stats_in_the_same_order(sessions):
    expected = stats.mood_changes(sessions)
    got = exercise_charts.mood_change_data()
    assert list(got) == list(expected) and got == expected


def test_no_sessions_gives_empty_chart_data(wall_clock, db, monkeypatch):
    wall_clock.set(NOW)
    assert exercise_charts.weekly_guideline_data(None) == []
    assert exercise_charts.mood_change_data() == {}
    assert exercise_charts.minutes_mood_data().points == []
