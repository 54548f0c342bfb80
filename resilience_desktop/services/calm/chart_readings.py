"""The one-line reading above Calm › Progress › Minutes per week (Qt-free)."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from resilience_desktop.core.i18n import translate
from resilience_desktop.core.kind_names import CALM_KIND_IN_SENTENCE

if TYPE_CHECKING:
    from resilience_desktop.services.calm.charts import PracticeWeek

RECENT_WEEKS = 4


def practice_reading(weeks: list[PracticeWeek]) -> str:
    """weeks: PracticeWeek(start, minutes by kind), oldest first, this week last."""
    recent = weeks[-RECENT_WEEKS:]
    by_kind: Counter[str] = Counter()
    for week in recent:
        by_kind.update(week.minutes)
    total = round(sum(by_kind.values()))
    if not total:
        return translate("Resilience", "No practice in the last 4 weeks.")
    kind, minutes = max(by_kind.items(), key=lambda item: (item[1], item[0]))
    return translate("Resilience", "{total} minutes of practice in the last 4 weeks, most of "
                     "it {kind} ({minutes} minutes).").format(
        total=total, kind=translate("Resilience", CALM_KIND_IN_SENTENCE[kind])
        if kind in CALM_KIND_IN_SENTENCE else kind,
        minutes=round(minutes))
