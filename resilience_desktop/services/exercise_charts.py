"""Data for the four exercise charts, read from the database (Qt-free).

Each function returns plain data that the matching ``draw_*`` function in
charts/plots/exercise.py draws.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from resilience_desktop.services import exercise_clock
from resilience_desktop.services import exercise_stats as stats

MIX_WEEKS = 12


@dataclass(frozen=True)
class MinutesMoodData:
    points: list  # (guideline minutes, mean weekly mood)
    fit: tuple | None  # (slope, intercept, r)
    mood_source: str


def weekly_guideline_data(weeks: int | None = 26, week_start: str | None = None):
    """WeekSummary list for the last `weeks` weeks (None: all data)."""
    week_start = week_start or stats.week_start_preference()
    today = exercise_clock.today()
    if weeks is None:
        facts = stats.load_facts(None, today)
        if not facts:
            return []
        return stats.summarize_weeks(facts, week_start, facts[0].day, today)
    first = stats.week_start_of(today, week_start) - timedelta(weeks=weeks - 1)
    return stats.weekly_summaries(first, today, week_start)


def activity_mix_data(weeks: int = MIX_WEEKS, week_start: str | None = None):
    week_start = week_start or stats.week_start_preference()
    today = exercise_clock.today()
    first = stats.week_start_of(today, week_start) - timedelta(weeks=weeks - 1)
    return stats.activity_mix(stats.load_facts(first, today))


def mood_change_data():
    return stats.mood_changes(stats.load_facts(None, exercise_clock.today()))


def minutes_mood_data(week_start: str | None = None) -> MinutesMoodData:
    week_start = week_start or stats.week_start_preference()
    facts = stats.load_facts(None, exercise_clock.today())
    if not facts:
        return MinutesMoodData([], None, "session moods")
    weeks = stats.summarize_weeks(facts, week_start, facts[0].day, exercise_clock.today())
    points = stats.minutes_vs_mood(facts, weeks, week_start)
    return MinutesMoodData(points, stats.linear_fit(points), "mood recorded on sessions")
