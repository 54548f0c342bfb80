"""Daylio activities that are exercise (walk, running, yoga...) as exercise sessions.

Daylio records no durations, so every session gets a default length (30 minutes
unless the caller says otherwise) and ends at the check-in time (never before
midnight of that day). One session per exercise-like activity of a check-in; a catch-all
tag ("exercise", "workout"...) beside a specific one ("walk") adds no second session.
Used by services/transfer/daylio.py; writing happens inside its transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from resilience_desktop.core.errors import ValidationError
from resilience_desktop.services.exercise.importing import saved_session_keys
from resilience_desktop.services.exercise.mapping import (ActivityResolver, ResolvedActivity,
                                                         normalise)
from resilience_desktop.services.reading.report import ImportFailed

if TYPE_CHECKING:
    from resilience_desktop.services.exercise.sessions import SessionInput

# one check-in as plan_sessions reads it: (where, day, minute of the day or None, activities)
CheckInRow = tuple[str, date, int | None, Sequence[str]]
DEFAULT_MINUTES = 30
MINUTES_RANGE = (1, 600)
SESSION_NOTE = "Imported from Daylio (it records no duration: {minutes} minutes assumed)."
# Daylio activity (normalised: lower case, letters and digits only) -> catalogue name.
DAYLIO_EXERCISE = {
    "walk": "Walking for pleasure", "walking": "Walking for pleasure",
    "stroll": "Walking for pleasure", "hike": "Walking, very brisk (4 mph)",
    "hiking": "Walking, very brisk (4 mph)",
    "run": "Running, 5 mph", "running": "Running, 5 mph",
    "jog": "Jogging", "jogging": "Jogging",
    "cycling": "Cycling, leisure (< 10 mph)", "bike": "Cycling, leisure (< 10 mph)",
    "biking": "Cycling, leisure (< 10 mph)", "bicycle": "Cycling, leisure (< 10 mph)",
    "cycle": "Cycling, leisure (< 10 mph)", "ride": "Cycling, leisure (< 10 mph)",
    "swim": "Swimming laps, slow", "swimming": "Swimming laps, slow",
    "yoga": "Yoga, Hatha", "pilates": "Pilates", "stretching": "Stretching",
    "gym": "Resistance training", "weights": "Resistance training",
    "weightlifting": "Resistance training", "strength": "Resistance training",
    "workout": "Circuit training", "fitness": "Circuit training", "exercise": "Circuit training",
    "sport": "Circuit training", "sports": "Circuit training", "crossfit": "Circuit training",
    "hiit": "Circuit training",
    "dance": "Dancing, general", "dancing": "Dancing, general",
    "basketball": "Basketball, general",
}
# Catch-all names: they say "this was exercise", not a second session. A check-in tagged
# "walk" and "exercise" is one walk; "exercise" alone is one circuit-training session.
GENERIC = {"exercise", "workout", "fitness", "sport", "sports", "training"}
# Names in the catalogue that are not exercise for this purpose.
NOT_EXERCISE = {"meditating", "meditation"}


@dataclass(frozen=True)
class PlannedSession:
    """One session an import would add (activity already resolved)."""

    started_at: datetime
    activity_id: int
    activity_name: str
    minutes: int
    source: str  # the Daylio activity name
    where: str  # "Line 12", for error messages


class ExerciseMatcher:
    """Daylio activity name -> catalogue activity (id, name), or None if not exercise."""

    def __init__(self) -> None:
        self._resolver = ActivityResolver()

    def match(self, daylio_name: str) -> ResolvedActivity | None:
        key = normalise(daylio_name)
        if not key or key in NOT_EXERCISE:
            return None
        # A name the user keeps in the catalogue first, then the table above.
        return self._resolver.find(daylio_name) or self._resolver.find(DAYLIO_EXERCISE.get(key))


def session_start(day: date, check_in_minute: int | None, minutes: int) -> datetime:
    """The session ends at the check-in time (noon when unknown), not before midnight."""
    minute = 12 * 60 if check_in_minute is None else check_in_minute
    end = datetime.combine(day, time()) + timedelta(minutes=minute)
    return max(datetime.combine(day, time()), end - timedelta(minutes=minutes))


def plan_sessions(rows: Iterable[CheckInRow], minutes: int = DEFAULT_MINUTES
                  ) -> list[PlannedSession]:
    """rows: (where, day, check_in_minute or None, [activity names]). Validated in memory."""
    if not isinstance(minutes, int) or not MINUTES_RANGE[0] <= minutes <= MINUTES_RANGE[1]:
        raise ImportFailed(f"The session length must be {MINUTES_RANGE[0]}–{MINUTES_RANGE[1]} "
                           "minutes.")
    matcher = ExerciseMatcher()
    planned: list[PlannedSession] = []
    for where, day, check_in, activities in rows:
        planned.extend(_check_in_sessions(matcher, where, day, check_in, activities, minutes))
    return planned


def _check_in_sessions(matcher: ExerciseMatcher, where: str, day: date, check_in: int | None,
                       activities: Sequence[str], minutes: int) -> list[PlannedSession]:
    """One check-in's sessions: one per activity matched (the specific names when there
    are any besides generic ones such as "sport"), never two of one activity."""
    seen = set()
    planned = []
    specific = [n for n in activities if normalise(n) not in GENERIC and matcher.match(n)]
    for name in (specific or activities):
        activity = matcher.match(name)
        if activity is None or activity.id in seen:
            continue
        seen.add(activity.id)
        planned.append(PlannedSession(session_start(day, check_in, minutes), activity.id,
                                      activity.name, minutes, name.strip(), where))
    return planned


def exercise_names(rows: Iterable[CheckInRow]) -> list[str]:
    """The distinct activity names of these rows that would become sessions (for the preview)."""
    matcher = ExerciseMatcher()
    names = {name.strip() for _w, _d, _t, activities in rows for name in activities
             if matcher.match(name) is not None}
    return sorted(names, key=str.lower)


def _input(session: PlannedSession) -> SessionInput:
    from resilience_desktop.services.exercise.sessions import SessionInput

    return SessionInput(started_at=session.started_at, activity_id=session.activity_id,
                        minutes=session.minutes,
                        notes=SESSION_NOTE.format(minutes=session.minutes))


def validate_sessions(planned: list[PlannedSession]) -> None:
    from resilience_desktop.services.exercise.sessions import validate_session

    for session in planned:
        try:
            validate_session(_input(session))
        except ValidationError as error:
            raise ImportFailed(f"{session.where}, activity \"{session.source}\": {error}") from error


def write_sessions(planned: list[PlannedSession]) -> tuple[int, int]:
    """Add the sessions not saved yet through the exercise bulk writer; call inside the
    import's transaction. Returns (added, skipped)."""
    from resilience_desktop.services.exercise import bulk as exercise_bulk

    seen = saved_session_keys([s.started_at for s in planned])
    new = []
    for session in planned:
        key = (session.started_at, session.activity_id, session.minutes)
        if key in seen:
            continue
        seen.add(key)
        new.append(_input(session))
    added = exercise_bulk.add_sessions(new)
    return added, len(planned) - added
