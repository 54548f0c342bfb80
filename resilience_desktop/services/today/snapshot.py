"""Everything the Today tab shows, read in one go (a handful of batched
queries: preferences, 30 days of mood, this week's sessions, people's
statuses, follow-ups, on this day, the week's Heart Minutes)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from resilience_desktop.core.i18n import locale_week_start
from resilience_desktop.services.exercise import heart_minutes
from resilience_desktop.services.exercise import stats as exercise_stats
from resilience_desktop.services.journal import followups
from resilience_desktop.services.journal.entries import EntrySummary
from resilience_desktop.services.people import status as people_status
from resilience_desktop.services.preferences import get_preferences
from resilience_desktop.services.settings import FIRST_NAME, WEEK_START
from resilience_desktop.services.today.checkin import MoodDay, mood_days
from resilience_desktop.services.today.suggestion import LOOK_BACK_DAYS, Suggestion, suggest

if TYPE_CHECKING:
    from resilience_desktop.services.insights.rhythm import DueCheck

PEOPLE_SHOWN = 3


@dataclass
class TodaySnapshot:
    day: date
    first_name: str
    mood: list[MoodDay]
    week: exercise_stats.WeekSummary
    people_due: list[people_status.PersonStatus]
    follow_up: followups.FollowUp | None
    on_this_day: list[EntrySummary]
    due_checks: list[DueCheck] = field(default_factory=list)
    suggestion: Suggestion | None = None
    people_count: int = 0
    # This week's Heart Minutes per source, as a fitness app counts them (none: no import).
    heart_minutes: list[heart_minutes.WeekHeartMinutes] = field(default_factory=list)


def due_checks(day: date) -> list[DueCheck]:
    """Self-checks due today, from the Insights service once it exists."""
    try:
        from resilience_desktop.services.insights import due_checks as insights_due_checks
    except ImportError:
        return []
    return list(insights_due_checks(day))


def people_due(day: date, statuses: list[people_status.PersonStatus] | None = None
               ) -> list[people_status.PersonStatus]:
    """Due or overdue and not snoozed, the furthest past their cadence first."""
    statuses = people_status.people_statuses(day) if statuses is None else statuses
    statuses = [s for s in statuses if s.status != people_status.OK and not s.is_snoozed(day)]
    statuses.sort(key=lambda s: (-s.days_since / s.cadence_days, -s.closeness, s.name.casefold()))
    return statuses


def load_today(day: date) -> TodaySnapshot:
    default = locale_week_start()  # until a first day is chosen, the locale's (QLocale)
    prefs = get_preferences({FIRST_NAME: "", WEEK_START: default})
    week_start = prefs[WEEK_START] if prefs[WEEK_START] in exercise_stats.WEEK_STARTS else default
    first_day = exercise_stats.week_start_of(day, week_start)
    facts = exercise_stats.load_facts(min(first_day, day - timedelta(days=LOOK_BACK_DAYS)), day)
    week_facts = [fact for fact in facts if fact.day >= first_day]
    week = exercise_stats.summarize_weeks(week_facts, week_start, first_day, first_day)[0]
    everyone = people_status.people_statuses(day)
    due = people_due(day, everyone)
    cards = followups.due_follow_ups(day, include_put_off=False)
    return TodaySnapshot(
        day=day, first_name=str(prefs[FIRST_NAME] or "").strip(), mood=mood_days(day),
        week=week, people_due=due[:PEOPLE_SHOWN], follow_up=cards[0] if cards else None,
        on_this_day=followups.on_this_day(day), due_checks=due_checks(day),
        suggestion=suggest(day, facts, [s.person_id for s in due]), people_count=len(everyone),
        heart_minutes=heart_minutes.week_heart_minutes(first_day))
