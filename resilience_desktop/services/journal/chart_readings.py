"""One-line readings above the journal charts, from the data the charts draw (Qt-free).

"Mood in the last 30 days: pleasantness +1.2 on average, up from +0.6 in the 30 before."
"""

from __future__ import annotations

from datetime import date, timedelta
from statistics import fmean
from typing import TYPE_CHECKING

from resilience_desktop.core.i18n import format_signed, month_name, translate

if TYPE_CHECKING:
    from resilience_desktop.services.journal.stats import MonthValue, MoodDay, WordCount

WINDOW_DAYS = 30


def _signed(value: float) -> str:
    return format_signed(value, 1)


def mood_reading(days: list[MoodDay], today: date) -> str:
    """days: MoodDay(day, pleasantness, energy) per day with a check-in."""
    recent_start = today - timedelta(days=WINDOW_DAYS - 1)
    before_start = recent_start - timedelta(days=WINDOW_DAYS)
    recent = [d.pleasantness for d in days if recent_start <= d.day <= today]
    before = [d.pleasantness for d in days if before_start <= d.day < recent_start]
    if not recent:
        return translate("Resilience", "No mood check-ins in the last 30 days.")
    now = fmean(recent)
    if not before:
        return translate("Resilience", "Mood in the last 30 days: pleasantness {now} on average."
                         ).format(now=_signed(now))
    then = fmean(before)
    if now - then >= 0.05:
        text = translate("Resilience", "Mood in the last 30 days: pleasantness {now} on average, "
                         "up from {then} in the 30 before.")
    elif then - now >= 0.05:
        text = translate("Resilience", "Mood in the last 30 days: pleasantness {now} on average, "
                         "down from {then} in the 30 before.")
    else:
        text = translate("Resilience", "Mood in the last 30 days: pleasantness {now} on average, "
                         "about the same as in the 30 before.")
    return text.format(now=_signed(now), then=_signed(then))


def words_reading(counts: list[WordCount]) -> str:
    """counts: WordCount(word, count, quadrant), most named first."""
    if not counts:
        return ""
    top = sorted(counts, key=lambda c: (-c.count, c.word))[:3]
    named = ", ".join(f"{c.word} ({c.count})" for c in top)
    return translate("Resilience", "Named most often in this period: {named}.").format(named=named)


def granularity_reading(months: list[MonthValue]) -> str:
    """months: MonthValue(month, distinct words, days_covered), oldest first."""
    whole = [m for m in months if not m.partial]
    if not whole:
        return ""
    last = whole[-1]
    text = translate("Resilience", "Different feeling words in {month}: {count}.").format(
        month=f"{month_name(last.month.month)} {last.month.year}", count=round(last.value))
    if len(whole) >= 2:
        text += " " + translate("Resilience", "The month before: {count}.").format(
            count=round(whole[-2].value))
    return text


def pixels_reading(values: dict[date, float], start: date | None, end: date) -> str:
    """values: day -> pleasantness for the days with a check-in from start to end."""
    if not values:
        return ""
    first = start or min(values)
    days = (end - first).days + 1
    pleasant = sum(1 for v in values.values() if v > 0)
    unpleasant = sum(1 for v in values.values() if v < 0)
    return translate("Resilience", "A mood on {checked} of {days} days: {pleasant} pleasant, "
                     "{unpleasant} unpleasant, the rest neutral.").format(
        checked=len(values), days=days, pleasant=pleasant, unpleasant=unpleasant)
