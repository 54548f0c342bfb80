"""Other findings gathered on the What helps me page, each from the tab it belongs to:
the intensity drop after naming a feeling (Journal), mood change per exercise
activity (Exercise) and stress change per calm practice (Calm, when logged).
Each is a mean change with a 95 % t interval over at least MIN_COUNT records."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import fmean, stdev

from resilience_desktop.core.db import database
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP
from resilience_desktop.services.insights.helps import table_exists
from resilience_desktop.services.insights.welch import t_quantile_975

MIN_COUNT = 5
MAX_PER_TAB = 6  # the largest changes; the tab itself shows the rest


@dataclass(frozen=True)
class Finding:
    tab: str  # the tab's key ("Journal"...), translated where shown
    what: str  # "Naming a feeling" (wording) or an activity or practice name (a name)
    measure: str  # what changed, in words: marked here, translated where shown
    n: int
    mean_change: float
    low: float
    high: float


def mean_interval(changes: list[float]) -> tuple[float, float, float]:
    middle = fmean(changes)
    if len(changes) < 2:
        return middle, middle, middle
    half = t_quantile_975(len(changes) - 1) * stdev(changes, middle) / math.sqrt(len(changes))
    return middle, middle - half, middle + half


def _range(column: str, start: date | None, end: date,
           is_text_time: bool = False) -> tuple[str, list[str]]:
    until = (end + timedelta(days=1)).isoformat() if is_text_time else end.isoformat()
    op = "<" if is_text_time else "<="
    parts, params = [f"{column} {op} ?"], [until]
    if start is not None:
        parts.append(f"{column} >= ?")
        params.append(start.isoformat())
    return " AND ".join(parts), params


def intensity_drop(start: date | None, end: date) -> Finding | None:
    """How much weaker a feeling was after naming it (before - after, 0-10 scale)."""
    where, params = _range("e.entry_date", start, end)
    rows = database.execute_sql(
        "SELECT e.intensity_before - e.intensity_after FROM journal_entry e"
        f" WHERE {where} AND e.deleted_at IS NULL AND e.intensity_before IS NOT NULL"
        " AND e.intensity_after IS NOT NULL"
        " AND EXISTS (SELECT 1 FROM journal_entry_emotion m WHERE m.entry_id = e.id)",
        params).fetchall()
    drops = [row[0] for row in rows]
    if len(drops) < MIN_COUNT:
        return None
    return Finding("Journal", QT_TRANSLATE_NOOP("Resilience", "Naming a feeling"),
                   QT_TRANSLATE_NOOP("Resilience", "drop in intensity (0–10)"), len(drops),
                   *mean_interval(drops))


def _grouped(sql: str, params: Sequence[object]) -> dict[str, list[float]]:
    grouped: dict[str, list[float]] = {}
    for name, change in database.execute_sql(sql, params):
        grouped.setdefault(name, []).append(change)
    return grouped


def exercise_mood_changes(start: date | None, end: date) -> list[Finding]:
    where, params = _range("s.started_at", start, end, is_text_time=True)
    grouped = _grouped(
        "SELECT a.name, s.mood_after - s.mood_before FROM exercise_session s"
        " JOIN exercise_activity a ON a.id = s.activity_id"
        f" WHERE {where} AND s.mood_before IS NOT NULL AND s.mood_after IS NOT NULL", params)
    return _findings("Exercise", QT_TRANSLATE_NOOP("Resilience", "change in pleasantness (after − before)"),
                     grouped)


def calm_stress_changes(start: date | None, end: date) -> list[Finding]:
    """Stress before - after per calm practice (a drop is good), when Calm logs practice."""
    if not table_exists("calm_session"):
        return []
    where, params = _range("started_at", start, end, is_text_time=True)
    grouped = _grouped(
        "SELECT name, stress_before - stress_after FROM calm_session"
        f" WHERE {where} AND stress_before IS NOT NULL AND stress_after IS NOT NULL", params)
    return _findings("Calm", QT_TRANSLATE_NOOP("Resilience", "drop in stress (0–10)"), grouped)


def _findings(tab: str, measure: str, grouped: dict[str, list[float]]) -> list[Finding]:
    findings = [Finding(tab, name, measure, len(changes), *mean_interval(changes))
                for name, changes in grouped.items() if len(changes) >= MIN_COUNT]
    return sorted(findings, key=lambda f: -abs(f.mean_change))[:MAX_PER_TAB]


def all_findings(start: date | None, end: date) -> list[Finding]:
    found = [f for f in (intensity_drop(start, end),) if f is not None]
    return found + exercise_mood_changes(start, end) + calm_stress_changes(start, end)
