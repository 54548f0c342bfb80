"""Data for the Calm charts, aggregated in SQL (ten years load in milliseconds).

``weekly_minutes`` -> charts/plots/calm.py ``draw_weekly_practice``;
``stress_changes`` -> ``draw_stress_change``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from resilience_desktop.core import clock, date_range
from resilience_desktop.core.db import database
from resilience_desktop.core.models.calm import PRACTICE_KINDS
from resilience_desktop.services.calm.labels import practice_label
from resilience_desktop.services.dates import week_start_of, week_start_preference

_WEEKLY_SQL = (  # week start: the Monday (weekday 1) or Sunday (0) on or before the day
    "SELECT DATE(SUBSTR(started_at, 1, 10), '-6 days', ?) AS week, kind,"
    " SUM(actual_seconds), COUNT(*) FROM calm_session"
    " WHERE started_at >= ? AND started_at < ? GROUP BY week, kind ORDER BY week")
_WEEKDAY = {"monday": "weekday 1", "sunday": "weekday 0"}
_STRESS_SQL = (
    "SELECT kind, name, stress_after - stress_before FROM calm_session"
    " WHERE stress_before IS NOT NULL AND stress_after IS NOT NULL ORDER BY started_at")


@dataclass
class PracticeWeek:
    start: date  # the week's first day (Settings → Week starts on)
    minutes: dict[str, float] = field(default_factory=dict)  # kind -> minutes
    sessions: int = 0

    @property
    def total_minutes(self) -> float:
        return sum(self.minutes.values())


def weekly_minutes(weeks: int | None = 26, today: date | None = None,
                   week_start: str | None = None) -> list[PracticeWeek]:
    """Minutes practised per kind for each week, empty weeks included; weeks begin on
    week_start ("monday"/"sunday"; None: the preference, the locale's by default).

    weeks=None: from the first practice's week to this one.
    """
    today = today or clock.now_to_second().date()
    week_start = week_start or week_start_preference()
    last = week_start_of(today, week_start)
    first = date_range.EARLIEST if weeks is None else last - timedelta(weeks=weeks - 1)
    rows = database.execute_sql(_WEEKLY_SQL, (_WEEKDAY[week_start], first.isoformat(),
                                              (today + timedelta(days=1)).isoformat())).fetchall()
    by_week: dict[date, PracticeWeek] = {}
    for week_text, kind, seconds, count in rows:
        start = date_range.stored_day_in_range(week_text)
        if start is None:  # a practice dated outside 1900–2200 (an old file): not charted
            continue
        week = by_week.setdefault(start, PracticeWeek(start))
        week.minutes[kind] = seconds / 60
        week.sessions += count
    if weeks is None:
        if not by_week:
            return []
        first = min(by_week)
    result, cursor = [], first
    while cursor <= last:
        result.append(by_week.get(cursor) or PracticeWeek(cursor))
        cursor += timedelta(days=7)
    return result


def stress_changes(max_rows: int = 10) -> dict[str, list[int]]:
    """Practice label -> stress after − before, the practices with most ratings first."""
    changes: dict[str, list[int]] = defaultdict(list)
    for kind, name, change in database.execute_sql(_STRESS_SQL):
        changes[practice_label(kind, name)].append(change)
    ordered = sorted(changes.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    return dict(ordered[:max_rows])


def this_week_summary(today: date | None = None) -> tuple[float, int]:
    """(minutes, practices) so far this week."""
    weeks = weekly_minutes(1, today)
    return (weeks[-1].total_minutes, weeks[-1].sessions) if weeks else (0.0, 0)


KINDS = PRACTICE_KINDS
