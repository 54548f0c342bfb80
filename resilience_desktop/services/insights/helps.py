"""What helps me: mean pleasantness and energy on days with versus without each
factor, the same day and the next day, with a 95 % interval for the difference.

Mood comes from the journal check-ins (mean per day). A comparison is shown
only with at least MIN_DAYS days on each side; factors are ranked by the size
of their clearest pleasantness difference. An association, not proof of cause.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from resilience_desktop.core import date_range
from resilience_desktop.core.db import database
from resilience_desktop.services.exercise.intensity import MODERATE_MET, VIGOROUS_MET
from resilience_desktop.services.insights.welch import Difference, welch_difference
from resilience_desktop.services.journal.stats import mood_by_day
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP

MIN_DAYS = 5
GUIDELINE_DAY_MINUTES = 30
CAVEAT = QT_TRANSLATE_NOOP("Resilience", "An association, not proof of cause.")
MEASURES = ("pleasantness", "energy")


@dataclass(frozen=True)
class Factor:
    key: str
    label: str
    tab: str  # where the data comes from (show_tab_requested)


FACTORS = (
    Factor("exercised", QT_TRANSLATE_NOOP("Resilience", "Exercised (any)"), "Exercise"),
    Factor("exercised_30", f"Exercised {GUIDELINE_DAY_MINUTES}+ guideline minutes", "Exercise"),
    Factor("in_person", QT_TRANSLATE_NOOP("Resilience", "Contact in person"), "People"),
    Factor("online", QT_TRANSLATE_NOOP("Resilience", "Contact online"), "People"),
    Factor("calm", QT_TRANSLATE_NOOP("Resilience", "Practised calm"), "Calm"),
    Factor("journal", QT_TRANSLATE_NOOP("Resilience", "Wrote a journal entry"), "Journal"),
)


@dataclass(frozen=True)
class Comparison:
    measure: str
    lag: int  # 0: the same day, 1: the next day
    n_with: int
    n_without: int
    result: Difference | None  # None: fewer than MIN_DAYS on a side

    @property
    def shown(self) -> bool:
        return self.result is not None


@dataclass
class FactorResult:
    factor: Factor
    comparisons: dict[tuple[str, int], Comparison] = field(default_factory=dict)

    def get(self, measure: str, lag: int) -> Comparison:
        return self.comparisons[(measure, lag)]

    @property
    def effect(self) -> float:
        """The largest shown pleasantness difference (0 when none is shown)."""
        sizes = [abs(c.result.difference) for (m, _), c in self.comparisons.items()
                 if m == "pleasantness" and c.result is not None]
        return max(sizes, default=0.0)


@dataclass(frozen=True)
class DayFacts:
    moods: dict[date, tuple[float, float]]  # date -> (pleasantness, energy)
    factor_days: dict[str, set[date]]  # factor key -> set of dates
    first: date
    last: date


def table_exists(name: str) -> bool:
    return database.execute_sql("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                                (name,)).fetchone() is not None


def _dates(sql: str, params: Sequence[object]) -> set[date]:
    days = (date_range.stored_day_in_range(row[0]) for row in database.execute_sql(sql, params))
    return {day for day in days if day is not None}  # outside 1900–2200: left out


def load_facts(start: date | None, end: date) -> DayFacts:
    first = start or date_range.EARLIEST
    until = (end + timedelta(days=1)).isoformat()
    moods = {m.day: (m.pleasantness, m.energy) for m in mood_by_day(start, end + timedelta(1))}
    bounds = (first.isoformat(), until)
    exercise = database.execute_sql(
        "SELECT substr(s.started_at, 1, 10) AS day, SUM(CASE WHEN a.met >= ? AND a.met < ?"
        " THEN s.minutes ELSE 0 END) + 2 * SUM(CASE WHEN a.met >= ? THEN s.minutes ELSE 0 END)"
        " FROM exercise_session s JOIN exercise_activity a ON a.id = s.activity_id"
        " WHERE s.started_at >= ? AND s.started_at < ? GROUP BY day",
        (MODERATE_MET, VIGOROUS_MET, VIGOROUS_MET, *bounds)).fetchall()
    contact = "SELECT DISTINCT day FROM contact WHERE day >= ? AND day <= ? AND channel {} 'in_person'"
    days = {
        "exercised": {date_range.stored_day(d) for d, _ in exercise},
        "exercised_30": {date_range.stored_day(d) for d, g in exercise
                         if g >= GUIDELINE_DAY_MINUTES},
        "in_person": _dates(contact.format("="), (first.isoformat(), end.isoformat())),
        "online": _dates(contact.format("<>"), (first.isoformat(), end.isoformat())),
        "journal": _dates("SELECT DISTINCT entry_date FROM journal_entry WHERE deleted_at"
                          " IS NULL AND entry_date >= ? AND entry_date <= ?",
                          (first.isoformat(), end.isoformat())),
    }
    if table_exists("calm_session"):  # the Calm tab's practice log, when present
        days["calm"] = _dates("SELECT DISTINCT substr(started_at, 1, 10) FROM calm_session"
                              " WHERE started_at >= ? AND started_at < ?", bounds)
    first_day = start or (min(moods) if moods else end)
    return DayFacts(moods, days, first_day, end)


def _mood_rows(facts: DayFacts, lag: int) -> list[tuple[date, tuple[float, float]]]:
    """(factor day d, mood on d + lag) for every d in the range with such a mood."""
    shift = timedelta(days=lag)
    return [(day - shift, mood) for day, mood in facts.moods.items()
            if facts.first <= day - shift and day <= facts.last]


def compare(facts: DayFacts, factor_days: set[date], measure: str, lag: int,
            rows: list[tuple[date, tuple[float, float]]] | None = None) -> Comparison:
    """Mood on day d + lag, split by whether the factor happened on day d."""
    index = MEASURES.index(measure)
    with_values: list[float] = []
    without_values: list[float] = []
    for day, mood in (rows if rows is not None else _mood_rows(facts, lag)):
        (with_values if day in factor_days else without_values).append(mood[index])
    result = None
    if len(with_values) >= MIN_DAYS and len(without_values) >= MIN_DAYS:
        result = welch_difference(with_values, without_values)
    return Comparison(measure, lag, len(with_values), len(without_values), result)


def what_helps(start: date | None, end: date, facts: DayFacts | None = None) -> list[FactorResult]:
    """Every factor with data, ranked by effect (largest shown difference first)."""
    facts = facts or load_facts(start, end)
    rows = {lag: _mood_rows(facts, lag) for lag in (0, 1)}
    results = []
    for factor in FACTORS:
        if factor.key not in facts.factor_days:
            continue  # e.g. no calm practice log in this database
        result = FactorResult(factor)
        for measure in MEASURES:
            for lag in (0, 1):
                result.comparisons[(measure, lag)] = compare(
                    facts, facts.factor_days[factor.key], measure, lag, rows[lag])
        results.append(result)
    results.sort(key=lambda r: -r.effect)
    return results
