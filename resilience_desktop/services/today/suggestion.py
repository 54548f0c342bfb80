"""One suggested practice for today, chosen from what the person's own data
says helps. Kept simple and honest: every suggestion says why, in figures
from their own log; with no such figures it says so and offers a general
one that the guideline supports.

Candidates:
- an activity after which their recorded mood rose, on average, over at
  least MIN_SESSIONS sessions in the last LOOK_BACK_DAYS days;
- a person after whose contacts they felt supported (4 of 5 or more, on
  average, over at least MIN_CONTACTS contacts) who is due a contact;
- a calm practice after which their stress rating fell, on average
  (``services.calm.suggested_practice``).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import NamedTuple

from resilience_desktop.core.db import database
from resilience_desktop.services.exercise.stats import SessionFact, mood_changes
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, format_decimal, translate

LOOK_BACK_DAYS = 180
MIN_SESSIONS = 3
MIN_CONTACTS = 2


class Suggestion(NamedTuple):  # not a frozen dataclass: ~0.5 ms less at start-up
    title: str
    why: str
    tab: str  # where to do it: a tab's key (English title), shown translated


# With nothing in their own data yet: general suggestions, taking turns day by day.
GENERAL = (
    Suggestion(QT_TRANSLATE_NOOP("Resilience", "A ten-minute walk"),
               QT_TRANSLATE_NOOP("Resilience", "Some activity is better than none (WHO guideline, 2020). Once your log shows "
               "what lifts your mood, the suggestion here will come from it."), QT_TRANSLATE_NOOP("Resilience", "Exercise")),
    Suggestion(QT_TRANSLATE_NOOP("Resilience", "Three minutes of box breathing"),
               QT_TRANSLATE_NOOP("Resilience", "In 4 s, hold 4 s, out 4 s, hold 4 s. Stop if you feel dizzy. Once you rate "
               "your stress before and after, the suggestion here will come from what helps "
               "you."), QT_TRANSLATE_NOOP("Resilience", "Calm")),
)


def _activity_candidate(facts: list[SessionFact]) -> Suggestion | None:
    best = None
    for name, changes in mood_changes(facts, MIN_SESSIONS).items():
        mean = sum(changes) / len(changes)
        if mean > 0 and (best is None or mean > best[1]):
            best = (name, mean, len(changes))
    if best is None:
        return None
    name, mean, count = best
    return Suggestion(name, translate("Resilience", "Your mood rose by {mean} on average across the {count} sessions of it in the last {look_back_days} days where you rated your mood before and after.").format(mean=format_decimal(mean, 1), count=count, look_back_days=LOOK_BACK_DAYS), translate("Resilience", "Exercise"))


def _person_candidate(due_ids: list[int], since: date) -> Suggestion | None:
    if not due_ids:
        return None
    marks = ",".join("?" * len(due_ids))
    rows = database.execute_sql(
        f"SELECT p.name, avg(c.felt_supported), count(*) FROM contact c JOIN contact_person cp ON cp.contact_id = c.id JOIN person p ON p.id = cp.person_id WHERE c.felt_supported IS NOT NULL AND c.day >= ? AND p.id IN ({marks}) GROUP BY p.id HAVING count(*) >= ? AND avg(c.felt_supported) >= 4 ORDER BY avg(c.felt_supported) DESC, p.name LIMIT 1",
        (since.isoformat(), *due_ids, MIN_CONTACTS)).fetchall()
    if not rows:
        return None
    name, mean, count = rows[0]
    return Suggestion(translate("Resilience", "Get in touch with {name}").format(name=name),
                      translate("Resilience", "You felt supported ({mean} of 5 on average) across the {count} contacts with them in the last {look_back_days} days where you rated it.").format(mean=format_decimal(mean, 1), count=count, look_back_days=LOOK_BACK_DAYS), translate("Resilience", "People"))


def _calm_candidate(day: date) -> Suggestion | None:
    """The calm practice after which their stress fell most (the Calm service decides)."""
    from resilience_desktop.services.calm.suggestion import suggested_practice

    practice = suggested_practice(day)
    if practice is None:
        return None
    return Suggestion(practice.title, practice.why, "Calm")


def suggest(day: date, facts: list[SessionFact], due_person_ids: list[int]) -> Suggestion:
    """One suggestion; the candidates take turns day by day."""
    since = day - timedelta(days=LOOK_BACK_DAYS)
    recent = [fact for fact in facts if fact.day >= since]
    candidates = [c for c in (_calm_candidate(day), _activity_candidate(recent),
                              _person_candidate(due_person_ids, since)) if c is not None]
    candidates = candidates or list(GENERAL)
    return candidates[day.toordinal() % len(candidates)]
