"""Earlier texts of notes other than journal entries (table ``note_revision``, m0010).

Qt-free; the one writer of ``note_revision``. When a person's, group's, contact's,
session's or strength's note (``schema.TEXT_COLUMNS``, all but ``journal_entry``) is
edited on two computers, the sync keeps the losing text here (``keep_note_revision``)
so that no word is lost; entries keep theirs in ``journal_revision``
(services/journal/revisions.py) instead. A revision's uid is derived from the note
(table, row uid, column) and the text, so two computers that keep the same losing text
make one row. Revisions of a row deleted for good are removed at the next sync
(``remove_orphans``, a captured delete: every computer removes them; a row that has
simply not arrived yet keeps its revisions). The rows are
exported by ``export --format json`` like every table. No text is ever logged.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime

from resilience_desktop.core import clock
from resilience_desktop.core.db import database
from resilience_desktop.core.models.journal_history import NoteRevision
from resilience_desktop.core.log import get_logger

log = get_logger(__name__)
_NAMESPACE = uuid.UUID("c41e7a90-2d5b-4f38-8e16-93a0b5d7c2f4")


@dataclass(frozen=True)
class NoteText:
    table: str
    row_uid: str
    column: str
    text: str
    device: str | None
    written_at: datetime
    kept_at: datetime


def note_revision_uid(table: str, row_uid: str, column: str, text: str) -> str:
    digest = hashlib.sha256(text.encode()).hexdigest()
    return uuid.uuid5(_NAMESPACE, f"{table}:{row_uid}:{column}:{digest}").hex


def keep_note_revision(table: str, row_uid: str, column: str, text: str, *,
                       device: str | None, at: datetime) -> None:
    """Keep text as an earlier version of that note (once; again: its times refresh)."""
    uid = note_revision_uid(table, row_uid, column, text or "")
    with database.atomic():
        existing = NoteRevision.get_or_none(NoteRevision.uid == uid)
        if existing is None:
            NoteRevision.insert(uid=uid, tbl=table, row_uid=row_uid, col=column,
                                text=text or "", device=device, written_at=at,
                                kept_at=clock.now()).execute()
        else:
            NoteRevision.update(written_at=max(existing.written_at, at), kept_at=clock.now(),
                                device=device).where(NoteRevision.uid == uid).execute()
    log.info("kept an earlier text of a %s note", table)


def note_revisions(table: str, row_uid: str) -> list[NoteText]:
    """That row's earlier note texts, newest first."""
    rows = (NoteRevision.select()
            .where((NoteRevision.tbl == table) & (NoteRevision.row_uid == row_uid))
            .order_by(NoteRevision.written_at.desc()))
    return [NoteText(row.tbl, row.row_uid, row.col, row.text, row.device, row.written_at,
                     row.kept_at) for row in rows]


def remove_orphans(tables: set[str]) -> int:
    """Remove the revisions of rows deleted for good (a tombstone in the sync's clocks and
    no row: not a row that has not arrived yet). tables: the synced tables."""
    removed = 0
    for (table,) in database.execute_sql("SELECT DISTINCT tbl FROM note_revision").fetchall():
        if table in tables:  # a table this version does not know: its rows stay untouched
            removed += database.execute_sql(
                f"DELETE FROM note_revision WHERE tbl = ? AND row_uid IN (SELECT uid FROM"
                f" sync_clock WHERE tbl = ? AND col = '-') AND row_uid NOT IN"
                f' (SELECT uid FROM "{table}")', (table, table)).rowcount
    return removed


@dataclass(frozen=True)
class KeptNote:
    """An earlier note text as the window shows it, beside what the note says now."""
    revision: NoteText
    owner: str | None  # the row's name, or the day of a session; None: no such column
    text_now: str | None  # None: the row is not here (deleted, or not arrived yet)


def count_kept() -> int:
    return NoteRevision.select().count()


def kept_notes() -> list[KeptNote]:
    """Every kept earlier note text, newest first, with its note's owner and text now."""
    rows = NoteRevision.select().order_by(NoteRevision.written_at.desc(), NoteRevision.id)
    kept = []
    for row in rows:
        text = NoteText(row.tbl, row.row_uid, row.col, row.text, row.device, row.written_at,
                        row.kept_at)
        kept.append(KeptNote(text, *_owner_and_text(row.tbl, row.row_uid, row.col)))
    return kept


def _owner_and_text(table: str, row_uid: str, column: str) -> tuple[str | None, str | None]:
    columns = {name for (_, name, *_) in database.execute_sql(f'PRAGMA table_info("{table}")')}
    if column not in columns:
        return None, None  # a table or column this version does not know
    owner = next((name for name in ("name", "started_at") if name in columns), None)
    owner_sql = f'"{owner}"' if owner else "NULL"
    found = database.execute_sql(f'SELECT "{column}", {owner_sql} FROM "{table}" WHERE uid = ?',
                                 (row_uid,)).fetchone()
    if found is None:
        return None, None
    return _owner_name(found[1], owner), found[0] or ""


def _owner_name(value: object, owner: str | None) -> str | None:
    """What names the note's row: a person's or group's name, a session's day."""
    if value is None:
        return None
    named = str(value)
    return named[:10] if owner == "started_at" else named  # the session's day
