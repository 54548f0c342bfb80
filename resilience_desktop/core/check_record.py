"""The record of the writer's daily full check (issue 20): when, ok or failed, why.

Opening a journal runs only the cheap check (``core/cheap_check.py``); the full
``quick_check`` runs once a day in the writer's maintenance
(``DataSession.daily_maintenance``) and its result is written here,
``last-check.json`` beside the journal (0600, atomic). A transition that ran a full
``integrity_check`` on the file it put in place (restore, lock, unlock) records
that too.

A recorded failure is not taken on trust at the next open: the full check runs
again there (writer and reader alike). If it fails again the journal is damage (the
window shows the recovery screen, a verb refuses); if it passes (the file was
replaced by hand) the writer records the pass. An unreadable record counts as no
record: the day's full check is then due. The record holds no journal text.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import NamedTuple

from resilience_desktop.core import clock
from resilience_desktop.core.files import CHECK_RECORD_FILENAME, read_json, write_json_atomic
from resilience_desktop.core.log import get_logger

log = get_logger(__name__)


class CheckRecord(NamedTuple):
    checked_at: datetime  # local time, to the second
    ok: bool
    summary: str  # "ok", or SQLite's first messages

    @property
    def day(self) -> date:
        return self.checked_at.date()


def record_path(db_path: Path) -> Path:
    return Path(db_path).parent / CHECK_RECORD_FILENAME


def read_record(db_path: Path) -> CheckRecord | None:
    """The last recorded full check of the journal at db_path (None: none readable)."""
    try:
        value = read_json(record_path(db_path))
        record = CheckRecord(datetime.fromisoformat(value["checked_at"]), value["ok"],
                             str(value["summary"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return record if isinstance(record.ok, bool) else None


def write_record(db_path: Path, ok: bool, summary: str) -> CheckRecord:
    record = CheckRecord(clock.now_to_second(), ok, summary[:500])
    write_json_atomic(record_path(db_path), {"checked_at": record.checked_at.isoformat(),
                                             "ok": record.ok, "summary": record.summary})
    log.info("full check recorded: %s", "ok" if ok else "FAILED")
    return record


def recorded_failure(db_path: Path) -> CheckRecord | None:
    record = read_record(db_path)
    return record if record is not None and not record.ok else None


def full_check_due(db_path: Path, today: date | None = None) -> bool:
    """True unless a full check is recorded for today."""
    record = read_record(db_path)
    return record is None or record.day != (today or clock.today())
