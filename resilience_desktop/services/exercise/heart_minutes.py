"""Heart Minutes per day as a fitness app counts them (table ``exercise_heart_minutes``).

Qt-free; the one writer of the table. Google Fit's daily metrics give each day's Heart
Minutes (its own measure: 1 a minute of moderate activity, 2 a minute of vigorous). The
Exercise tab shows them beside the guideline meter *as Google counts them*; they are
never added to the guideline minutes, which come from the sessions' MET values
(docs/exercise.md).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Literal, NamedTuple

from peewee import fn

from resilience_desktop.core import clock
from resilience_desktop.core.db import database
from resilience_desktop.core.i18n import translate
from resilience_desktop.core.models.exercise import HeartMinutesDay
from resilience_desktop.core.models.rows import tuples
from resilience_desktop.core.log import get_logger

log = get_logger(__name__)

# Two a minute of vigorous activity, all day long: more is not a count, it is an error.
MAX_PER_DAY = 2 * 24 * 60
# A source's name as people know it (the stored value is the importer's SOURCE).
SOURCE_NAMES = {"google-fit": "Google Fit"}

Saved = Literal["added", "updated", "unchanged"]


class HeartMinutesInput(NamedTuple):  # not a frozen dataclass: ~0.5 ms less at start-up
    """One day's count from one source, as read from an export."""

    day: date
    minutes: int
    source: str


def check_minutes(value: float) -> int:
    """A day's Heart Minutes as a whole number; ValueError says why a value cannot be one."""
    if value < 0:
        raise ValueError(f"the Heart Minutes “{value:g}” are below zero.")
    if value > MAX_PER_DAY:
        raise ValueError(f"the Heart Minutes “{value:g}” are more than a day can hold "
                         f"({MAX_PER_DAY}: two a minute, all day).")
    return round(value)


def save_heart_minutes(item: HeartMinutesInput, uid: str) -> Saved:
    """Keep one day's count: a new day is added, a day the source now counts differently
    (Google recounts the export's last day) is updated, the same count changes nothing."""
    minutes = check_minutes(item.minutes)
    with database.atomic():
        found = HeartMinutesDay.get_or_none((HeartMinutesDay.day == item.day)
                                            & (HeartMinutesDay.source == item.source))
        if found is None:
            HeartMinutesDay.insert(uid=uid, day=item.day, minutes=minutes, source=item.source,
                                   imported_at=clock.now_to_second()).execute()
            return "added"
        if found.minutes == minutes:
            return "unchanged"
        (HeartMinutesDay.update(minutes=minutes, imported_at=clock.now_to_second())
         .where(HeartMinutesDay.id == found.id).execute())
        return "updated"


def saved_days(items: list[HeartMinutesInput]) -> dict[tuple[date, str], int]:
    """(day, source) -> the stored count, for the days of items that are in the journal."""
    if not items:
        return {}
    days = [item.day for item in items]
    rows = (HeartMinutesDay.select(HeartMinutesDay.day, HeartMinutesDay.source,
                                   HeartMinutesDay.minutes)
            .where(HeartMinutesDay.day.between(min(days), max(days))))
    return {(row.day, row.source): row.minutes for row in rows}


class WeekHeartMinutes(NamedTuple):  # not a frozen dataclass: ~0.5 ms less at start-up
    """One source's Heart Minutes in one week, with how many of its days it counted."""

    source: str
    minutes: int
    days: int

    @property
    def source_name(self) -> str:
        return SOURCE_NAMES.get(self.source, self.source)


def week_heart_minutes(week_start: date) -> list[WeekHeartMinutes]:
    """Each source's total for the seven days from week_start (none: no row that week)."""
    rows = (HeartMinutesDay
            .select(HeartMinutesDay.source, fn.SUM(HeartMinutesDay.minutes).alias("total"),
                    fn.COUNT(HeartMinutesDay.id).alias("days"))
            .where(HeartMinutesDay.day.between(week_start, week_start + timedelta(days=6)))
            .group_by(HeartMinutesDay.source).order_by(HeartMinutesDay.source))
    return [WeekHeartMinutes(source, int(total), int(days)) for source, total, days in tuples(rows)]


def week_text(counts: list[WeekHeartMinutes]) -> str:
    """Each source's Heart Minutes this week, as that app counts them ("" when none)."""
    lines = [translate("Resilience", "<b>Heart Minutes</b> as {source} counts them: <b>{minutes}</b> this week ({days_counted}). Google's own measure (1 a minute of moderate activity, 2 of vigorous), not added to the guideline minutes.").format(
        source=count.source_name, minutes=count.minutes,
        days_counted=translate("Resilience", "%n days counted", "%n day counted", count.days))
        for count in counts]
    return "<br>".join(lines)
