"""Looking back on hard times, and "On this day".

3 days, 1 month and 6 months after a hard-time entry a "Looking back" card
asks what helped; the answer is a growth reflection whose follow_up_of points
at the original and whose follow_up_stage names the card. A card stays due
for a while (FOLLOW_UP_WINDOW_DAYS) and only the latest due stage of an entry
is offered, so old entries never pile up. The Today tab shows them.

"Not now" (``put_off``) hides a card until the entry's next stage comes due:
it is remembered in a preference as "entry id:stage", so it lasts across
restarts, and a later stage is a different key, so that card shows again.
The heading is computed from the day it is shown ("a hard time 5 days ago"),
never frozen at the stage's name.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any, NamedTuple

from resilience_desktop.core import clock, date_range
from resilience_desktop.core.db import database
from resilience_desktop.core.models.journal import KIND_GROWTH, KIND_HARD_TIME
from resilience_desktop.services.journal import entries as journal
from resilience_desktop.services.preferences import get_preference, set_preference
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

# stage key -> (days after the entry, label)
FOLLOW_UP_STAGES = {
    "3d": (3, QT_TRANSLATE_NOOP("Resilience", "3 days ago")),
    "1m": (30, QT_TRANSLATE_NOOP("Resilience", "a month ago")),
    "6m": (182, QT_TRANSLATE_NOOP("Resilience", "six months ago")),
}
FOLLOW_UP_WINDOW_DAYS = 30
FOLLOW_UP_QUESTIONS = QT_TRANSLATE_NOOP("Resilience", "What helped? What did you learn? Who supported you?")


class FollowUp(NamedTuple):  # not a frozen dataclass: ~0.5 ms less at start-up
    entry_id: int
    entry_date: date
    title: str
    preview: str
    stage: str
    due_date: date

    @property
    def key(self) -> str:
        return f"{self.entry_id}:{self.stage}"

    def heading_on(self, day: date) -> str:
        return translate("Resilience", "Looking back: a hard time {when}").format(
            when=how_long_ago(self.entry_date, day))

    @property
    def heading(self) -> str:
        return self.heading_on(clock.today())


def how_long_ago(then: date, day: date) -> str:
    """'yesterday', '5 days ago', '3 weeks ago', 'a month ago', '6 months ago', in the
    window's language."""
    days = (day - then).days
    if days <= 0:
        return translate("Resilience", "today", "earlier today")
    if days == 1:
        return translate("Resilience", "yesterday")
    if days < 14:
        return translate("Resilience", "%n days ago", "%n day ago", days)
    if days < 30:
        return translate("Resilience", "%n weeks ago", "%n week ago", days // 7)
    months = round(days / 30.44)
    if months <= 1:
        return translate("Resilience", "a month ago")
    if months < 12:
        return translate("Resilience", "%n months ago", "%n month ago", months)
    if months < 24:
        return translate("Resilience", "a year ago")
    return translate("Resilience", "%n years ago", "%n year ago", months // 12)


NOT_NOW_PREFERENCE = "journal.follow_ups_not_now"


def due_follow_ups(today: date | None = None, include_put_off: bool = True) -> list[FollowUp]:
    """Cards due today, newest hard time first (without those put off, if asked)."""
    today = today or clock.today()
    oldest = today - timedelta(days=max(d for d, _ in FOLLOW_UP_STAGES.values())
                               + FOLLOW_UP_WINDOW_DAYS)
    rows = database.execute_sql(
        "SELECT e.id, e.entry_date, e.title, substr(e.body, 1, 160),"
        " (SELECT group_concat(r.follow_up_stage) FROM journal_entry r"
        "  WHERE r.follow_up_of_id = e.id AND r.deleted_at IS NULL)"
        " FROM journal_entry e WHERE e.kind = ? AND e.deleted_at IS NULL"
        " AND e.entry_date >= ? AND e.entry_date <= ? ORDER BY e.entry_date DESC, e.id DESC",
        (KIND_HARD_TIME, oldest.isoformat(), today.isoformat())).fetchall()
    cards = [card for row in rows if (card := _due_card(row, today)) is not None]
    if not include_put_off:
        put_off = set(_put_off_keys())
        cards = [card for card in cards if card.key not in put_off]
    return cards


def _due_card(row: tuple[Any, ...], today: date) -> FollowUp | None:
    """The card of a hard time (id, day, title, preview, stages answered) with a stage due
    today that has no answer yet; None without one."""
    entry_id, day, title, preview, answered = row
    entry_date = date_range.stored_day(day)
    done = set((answered or "").split(","))
    stage = _latest_due_stage(entry_date, today)
    if stage is None or stage in done:
        return None
    due = entry_date + timedelta(days=FOLLOW_UP_STAGES[stage][0])
    return FollowUp(entry_id, entry_date, title or "", " ".join(preview.split()), stage, due)


def _put_off_keys() -> list[str]:
    """The stored "Not now" keys (anything else a hand-edited value holds is ignored)."""
    return [key for key in get_preference(NOT_NOW_PREFERENCE, []) if isinstance(key, str)]


def put_off(card: FollowUp, today: date | None = None) -> None:
    """'Not now': hide this card until the entry's next follow-up stage is due."""
    still_due = {c.key for c in due_follow_ups(today)}
    kept = [key for key in _put_off_keys() if key in still_due]
    set_preference(NOT_NOW_PREFERENCE, sorted(set(kept) | {card.key}))


def _latest_due_stage(entry_date: date, today: date) -> str | None:
    latest = None
    for stage, (days, _label) in FOLLOW_UP_STAGES.items():
        due = entry_date + timedelta(days=days)
        if due <= today < due + timedelta(days=FOLLOW_UP_WINDOW_DAYS):
            latest = stage
    return latest


def reflection_input(card: FollowUp, body: str, title: str = "") -> journal.EntryInput:
    """A growth reflection answering a card, dated today."""
    return journal.EntryInput(entry_date=clock.today(), body=body,
                              title=title or f"Looking back on {card.entry_date.isoformat()}",
                              kind=KIND_GROWTH, follow_up_of=card.entry_id,
                              follow_up_stage=card.stage)


def on_this_day(today: date | None = None, limit: int = 5) -> list[journal.EntrySummary]:
    """Entries written on this month and day in earlier years, newest first."""
    today = today or clock.today()
    return journal.summaries(
        "deleted_at IS NULL AND substr(entry_date, 6, 5) = ? AND entry_date < ?",
        (today.strftime("%m-%d"), today.replace(month=1, day=1).isoformat()), limit=limit)
