"""What an app-to-app importer (Day One, Apple Health, Google Fit, Bearable, Journey) found
in a file, validated as a whole, then written in one transaction through each table's own
writer (the journal's bulk door services/journal/bulk.py, services/exercise/sessions.add_session,
services/calm/sessions.log_practice) — no column lists here.

Every row gets a stable uid derived from the source's own id (``stable_uid``), so importing
the same file again finds every row already there and adds nothing. What the app cannot
keep (photos, locations, steps...) is counted in ``dropped`` and said in the report.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from resilience_desktop.core.db import database
from resilience_desktop.core.errors import ValidationError
from resilience_desktop.core.progress import Progress, report as report_progress
from resilience_desktop.services.reading import values
from resilience_desktop.services.transfer.preview_rows import PreviewRow, first_words
from resilience_desktop.services.reading.report import ImportFailed, ImportReport
from resilience_desktop.core.i18n import translate

if TYPE_CHECKING:
    from resilience_desktop.services.calm.sessions import PracticeInput
    from resilience_desktop.services.exercise.heart_minutes import HeartMinutesInput
    from resilience_desktop.services.exercise.sessions import SessionInput
    from resilience_desktop.services.journal.entries import EntryInput

_NAMESPACE = uuid.UUID("5b0e7a52-6f1c-4f43-9d0b-7d3c1a2e9f10")  # never change: uids depend on it


def stable_uid(source: str, key: str) -> str:
    """The uid a row from ``source`` ("dayone", "apple-health"...) with the source's own
    id ``key`` always gets: uuid5, 32 hex digits."""
    return uuid.uuid5(_NAMESPACE, f"{source}:{key}").hex


@dataclass
class Incoming:
    """Rows found in one file, not written yet. Items are (where, uid, input)."""

    source: str
    entries: list[tuple[str, str, EntryInput]] = field(default_factory=list)
    sessions: list[tuple[str, str, SessionInput]] = field(default_factory=list)
    practices: list[tuple[str, str, PracticeInput]] = field(default_factory=list)
    heart_minutes: list[tuple[str, str, HeartMinutesInput]] = field(
        default_factory=list)  # Google Fit
    dropped: dict[str, int] = field(default_factory=dict)  # "photos" -> how many
    notes: list[str] = field(default_factory=list)

    def drop(self, what: str, count: int = 1) -> None:
        if count:
            self.dropped[what] = self.dropped.get(what, 0) + count

    def dropped_notes(self) -> list[str]:
        if not self.dropped:
            return []
        counted = "; ".join(f"{count:,} {what}" for what, count in sorted(self.dropped.items()))
        return [f"Not kept (the app has no place for them), counted: {counted}."]


def _check_entry(entry: EntryInput) -> None:
    from resilience_desktop.services.transfer.entries import check_entry

    check_entry(entry)


def _check_session(session: SessionInput) -> None:
    from resilience_desktop.services.exercise.sessions import validate_session

    values.check_text(session.notes)
    validate_session(session)


def _check_practice(practice: PracticeInput) -> None:
    from resilience_desktop.services.calm.sessions import validate_practice

    validate_practice(practice)


def validate(incoming: Incoming) -> None:
    """Every row checked with the app's own rules; ImportFailed names the record."""
    checks: tuple[tuple[list[tuple[str, str, Any]], Callable[[Any], None]], ...] = (
        (incoming.entries, _check_entry), (incoming.sessions, _check_session),
        (incoming.practices, _check_practice))
    for items, check in checks:
        for where, _uid, item in items:
            try:
                check(item)
            except (ValueError, ValidationError) as error:
                raise ImportFailed(f"{where}: {error}") from None


def _saved_uids(table: str, uids: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(uids), 500):
        chunk = uids[start:start + 500]
        marks = ", ".join("?" * len(chunk))
        cursor = database.execute_sql(f"SELECT uid FROM {table} WHERE uid IN ({marks})", chunk)
        found.update(row[0] for row in cursor)
    return found


class _Entries:
    """Collects new entries and writes them through the journal's bulk door in batches."""

    BATCH = 2000

    def __init__(self, count: int) -> None:
        from resilience_desktop.core import clock
        from resilience_desktop.services.journal import bulk

        self.bulk, self.now = bulk, clock.now()
        self.batch: list[bulk.NewEntry] = []
        self.first_id = self.next_id = bulk.next_entry_id()
        self.saved_triggers = bulk.suspend_search_triggers(count)

    def __call__(self, item: EntryInput, uid: str) -> None:
        self.batch.append(self.bulk.NewEntry(self.next_id, item, self.now, uid))
        self.next_id += 1
        if len(self.batch) >= self.BATCH:
            self.flush()

    def flush(self) -> None:
        from resilience_desktop.services.transfer.entries import unique_tags

        self.bulk.write_batch(self.batch, tags=unique_tags)
        self.batch = []

    def finish(self) -> None:
        self.flush()
        self.bulk.resume_search_triggers(self.saved_triggers, self.first_id)


# (table, Incoming attribute) of the rows written by ``write``, in _writers' order
_TABLES = (("journal_entry", "entries"), ("exercise_session", "sessions"),
           ("calm_session", "practices"))


def _writers(incoming: Incoming) -> tuple[Callable[[Any, str], object], ...]:
    """One writer per _TABLES row: (item, uid) -> the row written."""
    from resilience_desktop.services.calm.sessions import log_practice
    from resilience_desktop.services.exercise.sessions import add_session

    return (_Entries(len(incoming.entries)),
            lambda item, uid: add_session(item, uid=uid),
            lambda item, uid: log_practice(item, uid=uid))


def new_counts(incoming: Incoming) -> dict[str, int]:
    """How many rows of each kind are not in the journal yet (for the preview)."""
    counts = {}
    for table, name in _TABLES:
        items = getattr(incoming, name)
        counts[name] = len(items) - len(_saved_uids(table, [uid for _w, uid, _i in items]))
    return counts


def write(incoming: Incoming, progress: Progress | None = None) -> ImportReport:
    """Validate everything, then one transaction; rows whose uid is saved are skipped."""
    validate(incoming)
    report = ImportReport()
    total = len(incoming.entries) + len(incoming.sessions) + len(incoming.practices)
    done = 0
    added: dict[str, int] = {}
    with database.atomic():
        for (table, name), write_row in zip(_TABLES, _writers(incoming)):
            items = getattr(incoming, name)
            saved = _saved_uids(table, [uid for _w, uid, _i in items])
            added[name] = 0
            for _where, uid, item in items:
                done += 1
                if uid in saved:
                    report.skipped += 1
                    continue
                saved.add(uid)
                write_row(item, uid)
                added[name] += 1
                if done % 200 == 0:
                    report_progress(progress, done, total, "Saving")
            if isinstance(write_row, _Entries):
                write_row.finish()
        heart = _write_heart_minutes(incoming.heart_minutes)
    report.added = sum(added.values()) + heart["added"]
    report.skipped += heart["unchanged"]
    report.notes = [_added_line(added), *_heart_lines(heart), *incoming.notes,
                    *incoming.dropped_notes()]
    return report


def _write_heart_minutes(items: list[tuple[str, str, HeartMinutesInput]]) -> dict[str, int]:
    """Each day's Heart Minutes through their one writer: added, updated or unchanged."""
    from resilience_desktop.services.exercise.heart_minutes import save_heart_minutes

    counts = {"added": 0, "updated": 0, "unchanged": 0}
    for _where, uid, item in items:
        counts[save_heart_minutes(item, uid)] += 1
    return counts


def _heart_lines(heart: dict[str, int]) -> list[str]:
    if not heart["added"] and not heart["updated"]:
        return []
    line = translate("Resilience", "Heart Minutes of %n days added", "Heart Minutes of %n day added",
                     heart["added"])
    if heart["updated"]:
        line += "; " + translate("Resilience", "%n days recounted by Google updated",
                                 "%n day recounted by Google updated", heart["updated"])
    return [line + "."]


def _new_heart_days(items: list[tuple[str, str, HeartMinutesInput]]) -> int:
    from resilience_desktop.services.exercise.heart_minutes import saved_days

    saved = saved_days([item for _w, _u, item in items])
    return sum(1 for _w, _u, item in items if (item.day, item.source) not in saved)


def _added_line(added: dict[str, int]) -> str:
    return (f"{translate('Resilience', '%n journal entries', '%n journal entry', added['entries'])}, "
            f"{translate('Resilience', '%n exercise sessions', '%n exercise session', added['sessions'])}, "
            f"{translate('Resilience', '%n calm practices', '%n calm practice', added['practices'])} added.")


def describe(incoming: Incoming) -> str:
    """The preview's sentence: what the file holds, what is new, what cannot be kept."""
    new = new_counts(incoming)
    parts = [f"The file holds {translate('Resilience', '%n journal entries', '%n journal entry', len(incoming.entries))}"
             f" ({new['entries']} new), "
             f"{translate('Resilience', '%n exercise sessions', '%n exercise session', len(incoming.sessions))} ({new['sessions']} new) and "
             f"{translate('Resilience', '%n calm practices', '%n calm practice', len(incoming.practices))} ({new['practices']} new)."]
    if incoming.heart_minutes:
        parts.append(translate("Resilience", "Heart Minutes for %n days", "Heart Minutes for %n day",
                               len(incoming.heart_minutes))
                     + " " + translate("Resilience", "({new} new).").format(
                         new=_new_heart_days(incoming.heart_minutes)))
    days = sorted([e.entry_date for _w, _u, e in incoming.entries]
                  + [s.started_at.date() for _w, _u, s in incoming.sessions])
    if days:
        parts.append(f"From {days[0]:%Y-%m-%d} to {days[-1]:%Y-%m-%d}.")
    parts.extend(incoming.notes)
    parts.extend(incoming.dropped_notes())
    return " ".join(parts)


def first_rows(incoming: Incoming, limit: int = 50) -> list[PreviewRow]:
    """The first journal entries and sessions the import would add, for the preview table."""
    rows = [PreviewRow(e.entry_date.isoformat(), e.title.strip() or first_words(e.body))
            for _w, _u, e in incoming.entries[:limit]]
    rows += [PreviewRow(s.started_at.date().isoformat(), s.notes.splitlines()[0] if s.notes
                        else f"{s.minutes} minutes of exercise")
             for _w, _u, s in incoming.sessions[:limit - len(rows)]]
    return rows[:limit]


def refuse(where: str, error: Exception) -> ImportFailed:
    """ImportFailed naming the record ("Entry 3, field \"date\""): nothing is saved."""
    return ImportFailed(f"{where}: {error}")
