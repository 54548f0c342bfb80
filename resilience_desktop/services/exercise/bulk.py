"""The exercise sessions' bulk writer: many sessions at once (the CSV/GPX importer,
Daylio's exercise-like activities).

With ``sessions.add_session`` (one session from the window or a verb) this is the
only door to ``exercise_session``. Call it inside the caller's transaction, with
sessions the caller has validated (``sessions.validate_session``); bulk sessions
have no people or groups (those are added one at a time in the window).
"""

from __future__ import annotations

from resilience_desktop.core import clock
from resilience_desktop.core.models.exercise import ExerciseSession
from resilience_desktop.services.exercise.sessions import SessionInput

BATCH = 400  # rows a statement: 6 columns x 400 stays far below SQLite's variable limit


def add_sessions(sessions: list[SessionInput]) -> int:
    """Insert these sessions, created now; returns how many were written."""
    now = clock.now_to_second()
    records = [dict(started_at=s.started_at, activity=s.activity_id, minutes=s.minutes,
                    distance_km=s.distance_km, notes=s.notes, created_at=now)
               for s in sessions]
    for start in range(0, len(records), BATCH):
        ExerciseSession.insert_many(records[start:start + BATCH]).execute()
    return len(records)
