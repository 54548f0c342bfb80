"""The one-tap mood check-in: a journal entry holding a mood (and any named
feelings), saved as soon as the pad is tapped, that can grow into a full
entry in the Journal tab. And the last 30 days of mood, for the sparkline."""

from __future__ import annotations

from datetime import date, timedelta
from typing import NamedTuple

from resilience_desktop.core import clock, date_range
from resilience_desktop.core.db import database
from resilience_desktop.services.journal import entries as journal
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP

CHECK_IN_TITLE = QT_TRANSLATE_NOOP("Resilience", "Mood check-in")
SPARKLINE_DAYS = 30


def save_check_in(pleasantness: int, energy: int, words: list[str],
                  entry_id: int | None = None, day: date | None = None) -> int:
    """Create the check-in entry, or update the mood and words of entry_id
    (keeping anything written in it since). Returns the entry id."""
    if entry_id is not None:
        try:
            entry = journal.get_entry(entry_id)
        except Exception:  # deleted meanwhile: start a new check-in
            entry = None
        if entry is not None and entry.deleted_at is None:
            entry.pleasantness, entry.energy, entry.emotions = pleasantness, energy, list(words)
            fields = {k: getattr(entry, k) for k in journal.EntryInput.__dataclass_fields__}
            return journal.save_entry(journal.EntryInput(**fields), entry_id)
    return journal.save_entry(journal.EntryInput(
        entry_date=day or clock.today(), body="", title=CHECK_IN_TITLE,
        pleasantness=pleasantness, energy=energy, emotions=list(words)))


class MoodDay(NamedTuple):  # not a frozen dataclass: ~0.5 ms less at start-up
    day: date
    pleasantness: float  # mean of the day's check-ins, -5..+5
    check_ins: int


def mood_days(end: date, days: int = SPARKLINE_DAYS) -> list[MoodDay]:
    """Mean pleasantness per day with a check-in, over the `days` days ending on end."""
    start = end - timedelta(days=days - 1)
    rows = database.execute_sql(
        "SELECT entry_date, avg(pleasantness), count(*) FROM journal_entry"
        " WHERE deleted_at IS NULL AND pleasantness IS NOT NULL"
        " AND entry_date >= ? AND entry_date <= ? GROUP BY entry_date ORDER BY entry_date",
        (start.isoformat(), end.isoformat())).fetchall()
    return [MoodDay(date_range.stored_day(day), float(mean), count) for day, mean, count in rows]
