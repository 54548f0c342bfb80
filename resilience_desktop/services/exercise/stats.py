"""Weekly summaries against the WHO guideline, habit strength, and chart series.

Qt-free and mostly pure: ``load_facts`` reads the sessions once; everything
else computes from those facts so it can be tested with hand-made weeks.

WHO 2020 guidelines on physical activity and sedentary behaviour (adults):
150–300 guideline minutes a week (1 vigorous minute counts as 2 moderate),
muscle strengthening on at least 2 days a week.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from peewee import fn

from resilience_desktop.core import clock, date_range
from resilience_desktop.core.db import database
from resilience_desktop.core.models.exercise import Activity, ExerciseSession
from resilience_desktop.services.exercise.intensity import MODERATE, VIGOROUS, intensity_class
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP
from resilience_desktop.services.dates import WEEK_START_KEY as WEEK_START_KEY
from resilience_desktop.services.dates import WEEK_STARTS as WEEK_STARTS
from resilience_desktop.services.dates import week_start_of as week_start_of
from resilience_desktop.services.dates import week_start_preference as week_start_preference
GUIDELINE_LOW, GUIDELINE_HIGH, STRENGTH_DAYS = 150, 300, 2
GUIDELINE_SOURCE = (QT_TRANSLATE_NOOP("Resilience", "WHO guidelines on physical activity and sedentary behaviour, 2020: "
                    "150–300 min moderate a week, 1 vigorous minute = 2 moderate."))
HABIT_OVERALL_PER_WEEK = 3  # target days a week for the overall score (frequency 3/7 a day)
HABIT_ACTIVITY_PER_WEEK = 1  # target per activity: once a week (frequency 1/7 a day)
HABIT_EXPLANATION = (QT_TRANSLATE_NOOP("Resilience", "Each day with a session raises the score; "
                     "a missed day lowers the score; it never resets to zero."))


class SessionFact(NamedTuple):  # not a frozen dataclass: ~0.5 ms less at start-up
    day: date
    minutes: int
    met: float
    strength: bool
    activity_name: str
    mood_before: int | None = None
    mood_after: int | None = None

    @property
    def intensity(self) -> str:
        return intensity_class(self.met)


@dataclass
class WeekSummary:
    start: date
    light_minutes: int = 0
    moderate_minutes: int = 0
    vigorous_minutes: int = 0
    met_minutes: float = 0.0
    strength_days: int = 0
    sessions: int = 0

    @property
    def guideline_minutes(self) -> int:
        """Moderate minutes + 2 x vigorous minutes (light minutes do not count)."""
        return self.moderate_minutes + 2 * self.vigorous_minutes

    @property
    def meets_guideline(self) -> bool:
        return self.guideline_minutes >= GUIDELINE_LOW

    @property
    def meets_strength(self) -> bool:
        return self.strength_days >= STRENGTH_DAYS


# Week arithmetic (week_start_preference, week_start_of) lives in services/dates.py:
# every weekly figure (calm, people, the journal's pixels) shares it.


# -- loading -------------------------------------------------------------------
def load_facts(start: date | None = None, end: date | None = None) -> list[SessionFact]:
    """Sessions from start to end (inclusive days), oldest first, in one query."""
    day_text = fn.SUBSTR(ExerciseSession.started_at, 1, 10).coerce(False)  # no datetime parsing
    query = (ExerciseSession
             .select(day_text, ExerciseSession.minutes, Activity.met,
                     Activity.muscle_strengthening, Activity.name,
                     ExerciseSession.mood_before, ExerciseSession.mood_after)
             .join(Activity).order_by(ExerciseSession.started_at))
    if start is not None:
        query = query.where(ExerciseSession.started_at >= datetime.combine(start, datetime.min.time()))
    if end is not None:
        limit = datetime.combine(end + timedelta(days=1), datetime.min.time())
        query = query.where(ExerciseSession.started_at < limit)
    rows = database.execute(query).fetchall()  # raw rows: peewee's per-row wrapping is slow
    facts = []
    for day, minutes, met, strength, name, before, after in rows:
        day = date_range.stored_day_in_range(day)  # None: outside 1900–2200, left out
        if day is not None:
            facts.append(SessionFact(day, minutes, met, bool(strength), name, before, after))
    return facts


# -- weekly summaries --------------------------------------------------------------
def summarize_weeks(facts: Iterable[SessionFact], week_start: str = "monday",
                    first: date | None = None, last: date | None = None) -> list[WeekSummary]:
    """One WeekSummary per week from first to last (empty weeks included)."""
    weeks: dict[date, WeekSummary] = {}
    strength_days: dict[date, set[date]] = defaultdict(set)
    for fact in facts:
        key = week_start_of(fact.day, week_start)
        week = weeks.get(key) or weeks.setdefault(key, WeekSummary(key))
        _add_session(week, fact)
        if fact.strength:
            strength_days[key].add(fact.day)
    for key, days in strength_days.items():
        weeks[key].strength_days = len(days)
    if not weeks and (first is None or last is None):
        return []
    first_week = week_start_of(first, week_start) if first else min(weeks)
    last_week = week_start_of(last, week_start) if last else max(weeks)
    return _every_week(weeks, first_week, last_week)


def _add_session(week: WeekSummary, fact: SessionFact) -> None:
    """One session's minutes into its week, by intensity."""
    kind = fact.intensity
    if kind == VIGOROUS:
        week.vigorous_minutes += fact.minutes
    elif kind == MODERATE:
        week.moderate_minutes += fact.minutes
    else:
        week.light_minutes += fact.minutes
    week.met_minutes += fact.met * fact.minutes
    week.sessions += 1


def _every_week(weeks: dict[date, WeekSummary], first_week: date,
                last_week: date) -> list[WeekSummary]:
    """The weeks from first_week to last_week, an empty WeekSummary for a week without any."""
    result, cursor = [], first_week
    while cursor <= last_week:
        result.append(weeks.get(cursor) or WeekSummary(cursor))
        cursor += timedelta(days=7)
    return result


def weekly_summaries(start: date, end: date, week_start: str | None = None) -> list[WeekSummary]:
    """Whole weeks covering start..end, read from the database."""
    week_start = week_start or week_start_preference()
    first = week_start_of(start, week_start)
    last = week_start_of(end, week_start) + timedelta(days=6)
    return summarize_weeks(load_facts(first, last), week_start, first, last)


def current_week(week_start: str | None = None) -> WeekSummary:
    today = clock.today()
    return weekly_summaries(today, today, week_start)[-1]


# -- habit strength (Loop Habit Tracker model) ---------------------------------------
def habit_multiplier(frequency: float) -> float:
    """0.5 ** (sqrt(frequency) / 13), frequency = target repetitions per day."""
    multiplier: float = 0.5 ** (math.sqrt(frequency) / 13)
    return multiplier


def habit_strength(days_done: Iterable[date], start: date, end: date,
                   per_week: float = HABIT_OVERALL_PER_WEEK) -> float:
    """Score 0..1 on end, day by day as PRODUCT.md gives it (Loop Habit Tracker).

    multiplier = 0.5 ** (sqrt(frequency) / 13) with frequency = per_week / 7
    target repetitions a day; each day from start to end:
    score = previous x multiplier + done x (1 − multiplier), done 1 or 0.
    A day with a session never lowers the score; a missed day lowers it a
    little and never resets it to zero.
    """
    done = {day.toordinal() for day in days_done}
    multiplier = habit_multiplier(per_week / 7)
    keep, score = 1 - multiplier, 0.0
    for ordinal in range(start.toordinal(), end.toordinal() + 1):
        score = score * multiplier + (keep if ordinal in done else 0.0)
    return score


class HabitStrengths(NamedTuple):  # not a frozen dataclass: ~0.5 ms less at start-up
    overall: float
    per_activity: dict[str, float]  # activity name -> score 0..1


def habit_strengths(facts: list[SessionFact], today: date) -> HabitStrengths:
    if not facts:
        return HabitStrengths(0.0, {})
    overall = habit_strength({f.day for f in facts}, min(f.day for f in facts), today)
    by_activity: dict[str, set[date]] = defaultdict(set)
    for fact in facts:
        by_activity[fact.activity_name].add(fact.day)
    per_activity = {name: habit_strength(days, min(days), today, HABIT_ACTIVITY_PER_WEEK)
                    for name, days in by_activity.items()}
    return HabitStrengths(overall, dict(sorted(per_activity.items(), key=lambda kv: -kv[1])))


def habit_horizon_days(per_week: float) -> int:
    """Days after which a session's weight in a habit score is below 1e-12 (it falls by
    the multiplier each day): older sessions cannot change the shown percentage."""
    return math.ceil(math.log(1e-12) / math.log(habit_multiplier(per_week / 7)))


def current_habit_strengths(today: date) -> HabitStrengths:
    """The habit strengths on today from the sessions that can still move them (the
    last ~4 years), not every session ever: a 100-year journal loads the same few
    thousand rows as a 4-year one (issue 20)."""
    horizon = max(habit_horizon_days(HABIT_OVERALL_PER_WEEK),
                  habit_horizon_days(HABIT_ACTIVITY_PER_WEEK))
    return habit_strengths(load_facts(today - timedelta(days=horizon), today), today)


# -- chart series ----------------------------------------------------------------------
class MixItem(NamedTuple):  # not a frozen dataclass: ~0.5 ms less at start-up
    activity: str
    intensity: str
    minutes: int


def activity_mix(facts: Iterable[SessionFact]) -> list[MixItem]:
    """Minutes per activity, largest first."""
    minutes: dict[str, int] = defaultdict(int)
    kinds: dict[str, str] = {}
    for fact in facts:
        minutes[fact.activity_name] += fact.minutes
        kinds[fact.activity_name] = fact.intensity
    return [MixItem(name, kinds[name], total)
            for name, total in sorted(minutes.items(), key=lambda kv: -kv[1])]


def mood_changes(facts: Iterable[SessionFact], min_sessions: int = 1) -> dict[str, list[int]]:
    """Activity -> list of (after − before) for sessions with both moods recorded."""
    changes: dict[str, list[int]] = defaultdict(list)
    for fact in facts:
        if fact.mood_before is not None and fact.mood_after is not None:
            changes[fact.activity_name].append(fact.mood_after - fact.mood_before)
    kept = {name: values for name, values in changes.items() if len(values) >= min_sessions}
    return dict(sorted(kept.items(), key=lambda kv: -len(kv[1])))


def session_weekly_mood(facts: Iterable[SessionFact], week_start: str) -> dict[date, float]:
    """Weekly mood from the moods recorded on sessions (before and after), per week.

    Stand-in until journal mood exists: see docs/exercise.md to switch sources.
    """
    values: dict[date, list[int]] = defaultdict(list)
    for fact in facts:
        for mood in (fact.mood_before, fact.mood_after):
            if mood is not None:
                values[week_start_of(fact.day, week_start)].append(mood)
    return {week: sum(moods) / len(moods) for week, moods in values.items()}


# The weekly-mood source used by minutes_vs_mood; swap for journal mood later.
weekly_mood_source = session_weekly_mood


def minutes_vs_mood(facts: list[SessionFact], weeks: list[WeekSummary],
                    week_start: str) -> list[tuple[int, float]]:
    """(guideline minutes, mean mood) for each week that has a mood."""
    moods = weekly_mood_source(facts, week_start)
    return [(week.guideline_minutes, moods[week.start]) for week in weeks if week.start in moods]


def linear_fit(points: Sequence[tuple[float, float]]) -> tuple[float, float, float] | None:
    """Least-squares slope, intercept and Pearson r; None if it cannot be fitted."""
    n = len(points)
    if n < 3:
        return None
    mean_x = sum(x for x, _ in points) / n
    mean_y = sum(y for _, y in points) / n
    sxx = sum((x - mean_x) ** 2 for x, _ in points)
    syy = sum((y - mean_y) ** 2 for _, y in points)
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in points)
    if sxx == 0:
        return None
    slope = sxy / sxx
    r = sxy / math.sqrt(sxx * syy) if syy else 0.0
    return slope, mean_y - slope * mean_x, r

