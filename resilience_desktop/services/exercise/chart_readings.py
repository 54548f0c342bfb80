"""One-line readings above the exercise charts, from the data the charts draw (Qt-free).

A person reads the sentence first, a screen reader hears it first (issue 19 part 5):
"You reached the WHO 150 minutes in 9 of the last 25 whole weeks; this week so far: 80."
"""

from __future__ import annotations

from statistics import fmean

from resilience_desktop.core.i18n import format_decimal, translate
from resilience_desktop.services.exercise.stats import GUIDELINE_LOW, MixItem, WeekSummary


def guideline_reading(weeks: list[WeekSummary]) -> str:
    """weeks: WeekSummary oldest first, the last one the week under way."""
    if not weeks:
        return ""
    *whole, current = weeks
    so_far = translate("Resilience", "this week so far: {minutes} guideline minutes."
                       ).format(minutes=current.guideline_minutes)
    if not whole:
        return so_far[:1].upper() + so_far[1:]
    met = sum(1 for week in whole if week.guideline_minutes >= GUIDELINE_LOW)
    return translate("Resilience", "You reached the WHO {low} minutes in {met} of the last %n "
                     "whole weeks; {so_far}", "You reached the WHO {low} minutes in {met} of "
                     "the last whole week; {so_far}", len(whole)).format(
        low=GUIDELINE_LOW, met=met, so_far=so_far)


def minutes_mood_reading(points: list[tuple[float, float]]) -> str:
    """points: (guideline minutes, mean mood) per week with both."""
    active = [mood for minutes, mood in points if minutes >= GUIDELINE_LOW]
    other = [mood for minutes, mood in points if minutes < GUIDELINE_LOW]
    if not active or not other:
        return translate("Resilience", "Mood can be compared once there are weeks both above "
                         "and below {low} guideline minutes.").format(low=GUIDELINE_LOW)
    difference = fmean(active) - fmean(other)
    text = (translate("Resilience", "Mood on weeks with {low}+ guideline minutes: {diff} higher "
                      "than on other weeks ({active} vs {other} weeks).") if difference >= 0.05
            else translate("Resilience", "Mood on weeks with {low}+ guideline minutes: {diff} "
                           "lower than on other weeks ({active} vs {other} weeks).")
            if difference <= -0.05
            else translate("Resilience", "Mood on weeks with {low}+ guideline minutes: about the "
                           "same as on other weeks ({active} vs {other} weeks)."))
    return text.format(low=GUIDELINE_LOW, diff=format_decimal(abs(difference), 1), active=len(active),
                       other=len(other))


def mix_reading(items: list[MixItem], weeks: int) -> str:
    """items: MixItem(activity, intensity, minutes), most minutes first."""
    if not items:
        return ""
    top = sorted(items, key=lambda item: -item.minutes)[:3]
    named = ", ".join(f"{item.activity} ({item.minutes:.0f})" for item in top)
    return translate("Resilience", "Most minutes in the last {weeks} weeks: {named}.").format(
        weeks=weeks, named=named)

