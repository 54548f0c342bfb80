"""The one-line reading above People › Over time, in words a person would use.

It compares the last 30 days with the 30 before them (a calendar month still under way
would read as a drop every month's start): "More contact in person in the last 30 days
than in the 30 before: 14 vs 9." Qt-free; the counts come from services/people/charts.
"""

from __future__ import annotations

from datetime import date, timedelta

from resilience_desktop.core.i18n import translate
from resilience_desktop.services.people.charts import contact_counts

WINDOW_DAYS = 30


def contact_reading_for(on: date) -> str:
    """The reading for the 30 days ending on `on` against the 30 before them."""
    recent_start = on - timedelta(days=WINDOW_DAYS - 1)
    before_end = recent_start - timedelta(days=1)
    return contact_reading(contact_counts(recent_start, on),
                           contact_counts(before_end - timedelta(days=WINDOW_DAYS - 1),
                                          before_end))


def contact_reading(recent: tuple[int, int], before: tuple[int, int]) -> str:
    """recent/before: (in person, online) counts of two 30-day windows."""
    (recent_in, recent_online), (before_in, before_online) = recent, before
    if not any((recent_in, recent_online, before_in, before_online)):
        return translate("Resilience", "No contacts logged in the last 60 days.")
    if recent_in > before_in:
        first = translate("Resilience", "More contact in person in the last 30 days than in the "
                          "30 before: {recent} vs {before}.")
    elif recent_in < before_in:
        first = translate("Resilience", "Less contact in person in the last 30 days than in the "
                          "30 before: {recent} vs {before}.")
    else:
        first = translate("Resilience", "As much contact in person in the last 30 days as in the "
                          "30 before: {recent} each.")
    second = translate("Resilience", "Calls, messages and online: {recent} ({before} before)."
                       ).format(recent=recent_online, before=before_online)
    return first.format(recent=recent_in, before=before_in) + " " + second
