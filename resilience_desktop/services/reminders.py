"""Reminders (opt-in; nothing is on until the person sets a time): a daily
check-in and a weekly review, at the times chosen in Settings.

Qt-free and clock-free: ``due_between(last, now, ...)`` says which reminders
fell due after ``last`` and up to ``now``, so the caller's clock decides
(tests pass their own datetimes). A reminder missed while the app was closed
is not sent late; only times passed while it was running count.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from resilience_desktop.services.settings import parse_time

DAILY, WEEKLY = "daily", "weekly"


@dataclass(frozen=True)
class Reminder:
    kind: str
    title: str
    message: str
    tab: str


REMINDERS = {
    DAILY: Reminder(DAILY, "A minute for yourself?",
                    "How are you right now? A one-tap check-in is waiting on Today, "
                    "whenever you like.", "Today"),
    WEEKLY: Reminder(WEEKLY, "A look back at your week?",
                     "Your week's moods, movement and moments with people are on Today "
                     "and Insights, if you would like a look.", "Today"),
}


def _times_between(last: datetime, now: datetime, at: time, weekday: int | None) -> bool:
    """True if a moment at `at` (on `weekday`, if given) lies in (last, now]."""
    if now <= last:
        return False
    day: date = last.date()
    while day <= now.date():
        moment = datetime.combine(day, at)
        if last < moment <= now and (weekday is None or day.weekday() == weekday):
            return True
        day += timedelta(days=1)
    return False


def due_between(last: datetime, now: datetime, daily: str, weekly: str,
                week_start: str = "monday") -> list[Reminder]:
    """The reminders whose set time passed in (last, now]. Empty times are off."""
    due = []
    daily_at, weekly_at = parse_time(daily), parse_time(weekly)
    if daily_at is not None and _times_between(last, now, time(*daily_at), None):
        due.append(REMINDERS[DAILY])
    first_day = 0 if week_start == "monday" else 6
    if weekly_at is not None and _times_between(last, now, time(*weekly_at), first_day):
        due.append(REMINDERS[WEEKLY])
    return due
