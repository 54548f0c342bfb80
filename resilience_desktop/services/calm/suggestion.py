"""The calm practice that has settled this person most (for the Today tab's suggestion)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import NamedTuple

from resilience_desktop.core.db import database
from resilience_desktop.services.calm.labels import practice_label
from resilience_desktop.core.i18n import format_decimal, translate

LOOK_BACK_DAYS = 180
MIN_RATED = 3


class CalmSuggestion(NamedTuple):  # not a frozen dataclass: ~0.5 ms less at start-up
    title: str
    why: str


def suggested_practice(day: date) -> CalmSuggestion | None:
    """The practice with the largest mean stress drop over at least MIN_RATED rated
    sessions in the last LOOK_BACK_DAYS days, or None."""
    since = (day - timedelta(days=LOOK_BACK_DAYS)).isoformat()
    rows = database.execute_sql(
        "SELECT kind, name, AVG(stress_before - stress_after), COUNT(*) FROM calm_session"
        " WHERE stress_before IS NOT NULL AND stress_after IS NOT NULL"
        " AND started_at >= ? AND started_at < ?"
        " GROUP BY kind, name HAVING COUNT(*) >= ? AND AVG(stress_before - stress_after) > 0"
        " ORDER BY AVG(stress_before - stress_after) DESC, COUNT(*) DESC LIMIT 1",
        (since, (day + timedelta(days=1)).isoformat(), MIN_RATED)).fetchall()
    if not rows:
        return None
    kind, name, drop, count = rows[0]
    return CalmSuggestion(practice_label(kind, name),
                          translate("Resilience", "Your stress fell by {drop} points on average (0–10) across the {count} sessions of it in the last {look_back_days} days where you rated your stress before and after.").format(drop=format_decimal(drop, 1), count=count, look_back_days=LOOK_BACK_DAYS))
