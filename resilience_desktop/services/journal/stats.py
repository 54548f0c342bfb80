"""Series for the journal charts (plain data; the draw functions live in
charts/plots/journal.py). Each function takes an optional date range and
skips entries in the Trash."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from resilience_desktop.core import date_range
from resilience_desktop.core.db import database
from resilience_desktop.services.journal import emotions


@dataclass(frozen=True)
class MoodDay:
    day: date
    pleasantness: float
    energy: float


@dataclass(frozen=True)
class WordCount:
    word: str
    count: int
    quadrant: str


@dataclass(frozen=True)
class MonthValue:
    month: date  # first day of the month
    value: float
    days_covered: int | None = None  # a month only partly in the period (or still going)

    @property
    def partial(self) -> bool:
        return self.days_covered is not None


@dataclass(frozen=True)
class IntensityMonth:
    month: date
    before: float
    after: float
    entries: int

    @property
    def drop(self) -> float:
        return self.before - self.after


def _range_sql(start: date | None, end: date | None,
               column: str = "e.entry_date") -> tuple[str, list[str]]:
    parts = ["e.deleted_at IS NULL"]
    params: list[str] = []
    if start is not None:
        parts.append(f"{column} >= ?")
        params.append(start.isoformat())
    if end is not None:
        parts.append(f"{column} <= ?")
        params.append(end.isoformat())
    return " AND ".join(parts), params


def mood_by_day(start: date | None = None, end: date | None = None) -> list[MoodDay]:
    """Mean pleasantness and energy per day that has a check-in, oldest first."""
    where, params = _range_sql(start, end)
    rows = database.execute_sql(
        "SELECT e.entry_date, avg(e.pleasantness), avg(e.energy) FROM journal_entry e"
        f" WHERE {where} AND e.pleasantness IS NOT NULL"
        " GROUP BY e.entry_date ORDER BY e.entry_date", params).fetchall()
    days = ((date_range.stored_day_in_range(d), p, e) for d, p, e in rows)
    return [MoodDay(day, p, e) for day, p, e in days if day is not None]  # 1900–2200 only


def emotion_frequencies(start: date | None = None, end: date | None = None,
                        limit: int | None = 20) -> list[WordCount]:
    """Emotion words by how often they were named, most frequent first."""
    where, params = _range_sql(start, end)
    # CROSS JOIN keeps this order: the period's entries by their date index, then their
    # words. Left to itself SQLite walked every word of every entry in word order (for
    # the GROUP BY) and looked each entry up: 0.2 s at 100 years for a 12-month period.
    rows = database.execute_sql(
        "SELECT m.word, count(*) AS n FROM journal_entry e"
        f" CROSS JOIN journal_entry_emotion m ON m.entry_id = e.id WHERE {where}"
        " GROUP BY m.word ORDER BY n DESC, m.word", params).fetchall()
    lookup = emotions.emotion_lookup()
    counts = [WordCount(word, n, lookup[word].quadrant if word in lookup else emotions.NEUTRAL)
              for word, n in rows]
    return counts[:limit] if limit else counts


def _month(text: str) -> date:
    return date(int(text[:4]), int(text[5:7]), 1)


def granularity_by_month(start: date | None = None, end: date | None = None,
                         today: date | None = None) -> list[MonthValue]:
    """Emotional granularity: distinct emotion words named per month.

    A month cut by the period's start, or the month today is in, is marked
    with the days it covers: a month one day old is not a whole month."""
    where, params = _range_sql(start, end)
    rows = database.execute_sql(
        "SELECT substr(e.entry_date, 1, 7) AS month, count(DISTINCT m.word)"
        " FROM journal_entry_emotion m JOIN journal_entry e ON e.id = m.entry_id"
        f" WHERE {where} GROUP BY month ORDER BY month", params).fetchall()
    last_day = min(d for d in (end, today) if d is not None) if (end or today) else None
    return [MonthValue(_month(month), float(n), _days_covered(_month(month), start, last_day))
            for month, n in rows]


def _days_covered(month: date, start: date | None, last: date | None) -> int | None:
    """Days of the month inside start..last, or None when the whole month is."""
    import calendar

    length = calendar.monthrange(month.year, month.month)[1]
    first_day = start.day if start and (start.year, start.month) == (month.year, month.month) else 1
    last_day = last.day if last and (last.year, last.month) == (month.year, month.month) else length
    covered = last_day - first_day + 1
    return None if covered >= length else covered


def intensity_by_month(start: date | None = None,
                       end: date | None = None) -> list[IntensityMonth]:
    """Mean feeling strength before and after naming it, per month.

    Only entries where a feeling was named (at least one emotion word) count:
    without a name there is no "after naming"."""
    where, params = _range_sql(start, end)
    rows = database.execute_sql(
        "SELECT substr(e.entry_date, 1, 7) AS month, avg(e.intensity_before),"
        " avg(e.intensity_after), count(*) FROM journal_entry e"
        f" WHERE {where} AND e.intensity_before IS NOT NULL"
        " AND e.intensity_after IS NOT NULL"
        " AND EXISTS (SELECT 1 FROM journal_entry_emotion m WHERE m.entry_id = e.id)"
        " GROUP BY month ORDER BY month",
        params).fetchall()
    return [IntensityMonth(_month(month), before, after, n) for month, before, after, n in rows]
