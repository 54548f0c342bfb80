"""Data for the four exercise charts, read from the database (Qt-free).

Each function returns plain data that the matching ``draw_*`` function in
charts/plots/exercise.py draws. The all-time charts aggregate per day in SQL
(52 rows a year instead of one object per session): ten years
load in a few milliseconds. Results equal the exercise_stats computations
(tests/charts/test_exercise_chart_data.py compares them).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from resilience_desktop.core import clock, date_range
from resilience_desktop.core.db import database
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP
from resilience_desktop.services.exercise import stats
from resilience_desktop.services.exercise.intensity import MODERATE_MET, VIGOROUS_MET

MIX_WEEKS = 12
# Where the weekly mood of the minutes-and-mood chart comes from (its y label names it)
MOOD_ON_SESSIONS = QT_TRANSLATE_NOOP("Resilience", "mood recorded on sessions")

_WEEKLY_SQL = (  # week start: the Monday (weekday 1) or Sunday (0) on or before the day
    "SELECT DATE(SUBSTR(s.started_at, 1, 10), '-6 days', ?) AS week,"
    " SUM(CASE WHEN a.met >= ? AND a.met < ? THEN s.minutes ELSE 0 END),"
    " SUM(CASE WHEN a.met >= ? THEN s.minutes ELSE 0 END),"
    " SUM(COALESCE(s.mood_before, 0) + COALESCE(s.mood_after, 0)),"
    " COUNT(s.mood_before) + COUNT(s.mood_after)"
    " FROM exercise_session s JOIN exercise_activity a ON a.id = s.activity_id"
    " WHERE s.started_at < ? GROUP BY week ORDER BY week")
_WEEKDAY = {"monday": "weekday 1", "sunday": "weekday 0"}
_MOOD_CHANGE_SQL = (
    "SELECT a.name, s.mood_after - s.mood_before"
    " FROM exercise_session s JOIN exercise_activity a ON a.id = s.activity_id"
    " WHERE s.mood_before IS NOT NULL AND s.mood_after IS NOT NULL AND s.started_at < ?"
    " ORDER BY s.started_at")


@dataclass(frozen=True)
class MinutesMoodData:
    points: list[tuple[float, float]]  # (guideline minutes, mean weekly mood)
    fit: tuple[float, float, float] | None  # (slope, intercept, r)
    mood_source: str


def _until(day: date) -> str:
    """started_at bound (text compare) for sessions up to and including day."""
    return (day + timedelta(days=1)).isoformat()


def _all_weeks(week_start: str, today: date
               ) -> tuple[list[stats.WeekSummary], dict[date, tuple[float, int]]]:
    """(weeks from the first session's week to today's, {week start: (mood sum, mood count)})."""
    rows = database.execute_sql(_WEEKLY_SQL, (_WEEKDAY[week_start], MODERATE_MET, VIGOROUS_MET,
                                              VIGOROUS_MET, _until(today))).fetchall()
    if not rows:
        return [], {}
    by_week: dict[date, stats.WeekSummary] = {}
    moods: dict[date, tuple[float, int]] = {}
    for week_text, moderate, vigorous, mood_sum, mood_count in rows:
        key = date_range.stored_day_in_range(week_text)
        if key is None:
            continue  # a session outside 1900–2200 (an old file): not charted
        by_week[key] = stats.WeekSummary(key, moderate_minutes=moderate, vigorous_minutes=vigorous)
        if mood_count:
            moods[key] = (mood_sum, mood_count)
    if not by_week:
        return [], {}
    weeks, cursor, last = [], min(by_week), stats.week_start_of(today, week_start)
    while cursor <= last:
        weeks.append(by_week.get(cursor) or stats.WeekSummary(cursor))
        cursor += timedelta(days=7)
    return weeks, moods


def weekly_guideline_data(weeks: int | None = 26,
                          week_start: str | None = None) -> list[stats.WeekSummary]:
    """WeekSummary list for the last `weeks` weeks (None: all data).

    All-time weeks carry moderate and vigorous minutes only (what the chart shows).
    """
    week_start = week_start or stats.week_start_preference()
    today = clock.today()
    if weeks is None:
        return _all_weeks(week_start, today)[0]
    first = stats.week_start_of(today, week_start) - timedelta(weeks=weeks - 1)
    return stats.weekly_summaries(first, today, week_start)


def activity_mix_data(weeks: int = MIX_WEEKS,
                      week_start: str | None = None) -> list[stats.MixItem]:
    week_start = week_start or stats.week_start_preference()
    today = clock.today()
    first = stats.week_start_of(today, week_start) - timedelta(weeks=weeks - 1)
    return stats.activity_mix(stats.load_facts(first, today))


def mood_change_data() -> dict[str, list[int]]:
    """As stats.mood_changes over all sessions: activity -> changes, most sessions first."""
    changes: dict[str, list[int]] = defaultdict(list)
    for name, change in database.execute_sql(_MOOD_CHANGE_SQL, (_until(clock.today()),)):
        changes[name].append(change)
    return dict(sorted(changes.items(), key=lambda kv: -len(kv[1])))


def minutes_mood_data(week_start: str | None = None) -> MinutesMoodData:
    week_start = week_start or stats.week_start_preference()
    today = clock.today()
    if stats.weekly_mood_source is not stats.session_weekly_mood:  # another mood source
        return _minutes_mood_from_facts(week_start, today)
    weeks, moods = _all_weeks(week_start, today)
    if not weeks:
        return MinutesMoodData([], None, MOOD_ON_SESSIONS)
    points: list[tuple[float, float]] = [
        (week.guideline_minutes, moods[week.start][0] / moods[week.start][1])
        for week in weeks if week.start in moods]
    return MinutesMoodData(points, stats.linear_fit(points), MOOD_ON_SESSIONS)


def _minutes_mood_from_facts(week_start: str, today: date) -> MinutesMoodData:
    facts = stats.load_facts(None, today)
    if not facts:
        return MinutesMoodData([], None, MOOD_ON_SESSIONS)
    weeks = stats.summarize_weeks(facts, week_start, facts[0].day, today)
    points: list[tuple[float, float]] = list(stats.minutes_vs_mood(facts, weeks, week_start))
    return MinutesMoodData(points, stats.linear_fit(points), MOOD_ON_SESSIONS)
