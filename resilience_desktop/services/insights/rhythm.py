"""When each self-check is due: BRS monthly, WHO-5 every two weeks, Rosenberg
quarterly by default; the person can change each interval or turn it off.
Never nagging: ``due_checks`` only lists; nothing pops up."""

from __future__ import annotations

from datetime import date, timedelta
from typing import NamedTuple

from resilience_desktop.services.insights import responses
from resilience_desktop.services.insights.scales import SCALES
from resilience_desktop.services.preferences import get_preference, set_preference
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

RHYTHM_KEY = "insights.rhythm"
DEFAULT_RHYTHM = {"brs": 30, "who5": 14, "rses": 91}  # days; 0 = off
RHYTHM_CHOICES = ((7, QT_TRANSLATE_NOOP("Resilience", "Every week")), (14, QT_TRANSLATE_NOOP("Resilience", "Every two weeks")), (30, QT_TRANSLATE_NOOP("Resilience", "Monthly")),
                  (91, QT_TRANSLATE_NOOP("Resilience", "Quarterly")), (182, QT_TRANSLATE_NOOP("Resilience", "Twice a year")), (0, QT_TRANSLATE_NOOP("Resilience", "Off")))


class DueCheck(NamedTuple):  # not a frozen dataclass: ~0.5 ms less at start-up
    scale_id: str
    name: str
    last_taken: date | None
    due_on: date  # today when never taken

    def label(self) -> str:
        if self.last_taken is None:
            return translate("Resilience", "{name}: not taken yet").format(name=self.name)
        from resilience_desktop.services.dates import format_day

        return translate("Resilience", "{name}: due (last taken {day})").format(
            name=self.name, day=format_day(self.last_taken))


def rhythm() -> dict[str, int]:
    stored = get_preference(RHYTHM_KEY, {})
    result = dict(DEFAULT_RHYTHM)
    if isinstance(stored, dict):
        for key, days in stored.items():
            if key in result and isinstance(days, int) and 0 <= days <= 3650:
                result[key] = days
    return result


def set_interval(scale_id: str, days: int) -> None:
    if scale_id not in SCALES:
        raise ValueError(f"Unknown questionnaire: {scale_id}.")
    if not 0 <= days <= 3650:
        raise ValueError("An interval is between 1 and 3650 days, or 0 for off.")
    current = rhythm()
    current[scale_id] = days
    set_preference(RHYTHM_KEY, current)


def interval_label(days: int) -> str:
    return dict(RHYTHM_CHOICES).get(days, f"Every {days} days")


def due_checks(today: date) -> list[DueCheck]:
    """The self-checks due on `today` (for the Insights and Today tabs)."""
    due = []
    for scale_id, days in rhythm().items():
        if days <= 0:
            continue
        last = responses.last_taken(scale_id)
        due_on = today if last is None else last + timedelta(days=days)
        if due_on <= today:
            due.append(DueCheck(scale_id, SCALES[scale_id].short_name, last, due_on))
    return due
