"""Looking back on hard times, and "On this day".

3 days, 1 month and 6 months after a hard-time entry a "Looking back" card
asks what helped; the answer is a growth reflection whose follow_up_of points
at the original and whose follow_up_stage names the card. A card stays due
for a while (FOLLOW_UP_WINDOW_DAYS) and only the latest due stage of an entry
is offered, so old entries never pile up. The Today tab can call
``due_follow_ups`` too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from resilience_desktop.core.db import database
from resilience_desktop.core.models.journal import KIND_GROWTH, KIND_HARD_TIME
from resilience_desktop.services.journal import entries as journal

#: stage key -> (days after the entry, label)
FOLLOW_UP_STAGES = {
    "3d": (3, "3 days ago"),
    "1m": (30, "a month ago"),
    "6m": (182, "six months ago"),
}
FOLLOW_UP_WINDOW_DAYS = 30
FOLLOW_UP_QUESTIONS = "What helped? What did you learn? Who supported you?"


@dataclass(frozen=True)
class FollowUp:
    entry_id: int
    entry_date: date
    title: str
    preview: str
    stage: str
    due_date: date

    @property
    def heading(self) -> str:
        return f"Looking back: a hard time {FOLLOW_UP_STAGES[self.stage][1]}"


def due_follow_ups(today: date | None = None) -> list[FollowUp]:
    """Cards due today, newest hard time first."""
    today = today or journal.today()
    oldest = today - timedelta(days=max(d for d, _ in FOLLOW_UP_STAGES.values())
                               + FOLLOW_UP_WINDOW_DAYS)
    rows = database.execute_sql(
        "SELECT e.id, e.entry_date, e.title, substr(e.body, 1, 160),"
        " (SELECT group_concat(r.follow_up_stage) FROM journal_entry r"
        "  WHERE r.follow_up_of_id = e.id AND r.deleted_at IS NULL)"
        " FROM journal_entry e WHERE e.kind = ? AND e.deleted_at IS NULL"
        " AND e.entry_date >= ? AND e.entry_date <= ? ORDER BY e.entry_date DESC, e.id DESC",
        (KIND_HARD_TIME, oldest.isoformat(), today.isoformat())).fetchall()
    cards = []
    for entry_id, day, title, preview, answered in rows:
        entry_date = date.fromisoformat(day)
        done = set((answered or "").split(","))
        stage = _latest_due_stage(entry_date, today)
        if stage is not None and stage not in done:
            due = entry_date + timedelta(days=FOLLOW_UP_STAGES[stage][0])
            cards.append(FollowUp(entry_id, entry_date, title or "",
                                  " ".join(preview.split()), stage, due))
    return cards


def _latest_due_stage(entry_date: date, today: date) -> str | None:
    latest = None
    for stage, (days, _label) in FOLLOW_UP_STAGES.items():
        due = entry_date + timedelta(days=days)
        if due <= today < due + timedelta(days=FOLLOW_UP_WINDOW_DAYS):
            latest = stage
    return latest


def reflection_input(card: FollowUp, body: str, title: str = "") -> journal.EntryInput:
    """A growth reflection answering a card, dated today."""
    return journal.EntryInput(entry_date=journal.today(), body=body,
                              title=title or f"Looking back on {card.entry_date.isoformat()}",
                              kind=KIND_GROWTH, follow_up_of=card.entry_id,
                              follow_up_stage=card.stage)


def on_this_day(today: date | None = None, limit: int = 5) -> list[journal.EntrySummary]:
    """Entries written on this month and day in earlier years, newest first."""
    today = today or journal.today()
    return journal.summaries(
        "deleted_at IS NULL AND substr(entry_date, 6, 5) = ? AND entry_date < ?",
        (today.strftime("%m-%d"), today.replace(month=1, day=1).isoformat()), limit=limit)
