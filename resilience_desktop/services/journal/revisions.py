"""An entry's earlier texts (revisions) and the "edited on two computers" marks.

Qt-free. Tables: ``journal_revision`` and ``journal_review`` (migration m0008).

* Each save that changes an entry's title or body keeps the previous title/body as a
  revision (reason "saved"; ``entries.save_entry`` calls ``keep_before_save``). The sync
  engine keeps the losing side of a merge with ``keep_revision(..., reason="sync-conflict",
  device=...)`` and calls ``mark_edited_on_two_computers``.
* Thinning (``THIN_AFTER_DAYS``): a "saved" revision written more than 30 days ago is kept
  only if it is the newest one of its entry for that calendar day; "sync-conflict"
  revisions are never thinned (the losing side of a merge is never dropped). Thinning
  runs for the entry on each keep and for all entries when the Journal opens.
* A revision's ``uid`` is derived from the entry's uid and the text (uuid5 of a sha256), so
  two computers that keep the same losing text make the same row and a sync or an
  import merges them; keeping the same text again only refreshes its time.
  A review mark's uid is derived from the entry's uid: one mark per entry everywhere.

Restoring goes through the journal's one writer (``entries.save_entry``), which keeps
the current text as a revision first. No text is ever logged.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from peewee import ModelSelect

from resilience_desktop.core import clock
from resilience_desktop.core.db import database
from resilience_desktop.core.errors import ValidationError
from resilience_desktop.core.models.journal import JournalEntry
from resilience_desktop.core.models.journal_history import (REASON_SAVED, REASON_SYNC_CONFLICT,
                                                            REVISION_REASONS, JournalReview,
                                                            JournalRevision)
from resilience_desktop.core.i18n import translate
from resilience_desktop.core.log import get_logger

log = get_logger(__name__)
THIN_AFTER_DAYS = 30
_NAMESPACE = uuid.UUID("3b0f7d1e-5c2a-4e8b-9f61-0d4c2a7e9b15")


@dataclass(frozen=True)
class Revision:
    uid: str
    entry_uid: str
    title: str
    body: str
    reason: str  # "saved" or "sync-conflict"
    device: str | None  # the computer that wrote this text (sync conflicts), else None
    written_at: datetime  # when this text was the entry's text
    kept_at: datetime  # when it became a revision


@dataclass(frozen=True)
class ReviewItem:
    """An entry edited on two computers: its text here and the other computer's."""

    entry_uid: str
    entry_id: int
    entry_date: date
    title: str
    body: str
    device: str | None
    marked_at: datetime
    other: Revision | None  # the latest sync-conflict revision (None: none was kept)


def revision_uid(entry_uid: str, title: str, body: str) -> str:
    digest = hashlib.sha256(f"{title}\0{body}".encode()).hexdigest()
    return uuid.uuid5(_NAMESPACE, f"revision:{entry_uid}:{digest}").hex


def review_uid(entry_uid: str) -> str:
    return uuid.uuid5(_NAMESPACE, f"review:{entry_uid}").hex


def _entry_row(entry_uid: str) -> JournalEntry:
    row = JournalEntry.get_or_none(JournalEntry.uid == entry_uid)
    if row is None:
        raise ValidationError(translate("Resilience", "That entry no longer exists."))
    return row


def keep_revision(entry_uid: str, title: str, body: str, *, reason: str,
                  device: str | None = None, at: datetime | None = None) -> None:
    """Keep title/body as an earlier text of the entry. ``at``: when that text was
    written (default now). A "saved" text equal to the entry's current text is not kept;
    a "sync-conflict" text always is, so the sync engine may call this before or after
    it writes the winning text. ValidationError when the entry does not exist or the
    reason is unknown."""
    if reason not in REVISION_REASONS:
        raise ValidationError(translate("Resilience", "Unknown reason for keeping a text: {reason!r}.").format(reason=reason))
    with database.atomic():
        entry = _entry_row(entry_uid)
        if _same_text(entry, title, body) and reason == REASON_SAVED:
            return
        _keep(entry, title or "", body or "", reason, device, at or clock.now())
        thin_revisions(entry.id)


def _same_text(entry: JournalEntry, title: str, body: str) -> bool:
    """True when the entry holds this title and body (an empty one and None alike)."""
    return (entry.title or "", entry.body or "") == (title or "", body or "")


def _keep(entry: JournalEntry, title: str, body: str, reason: str, device: str | None,
          at: datetime) -> None:
    uid = revision_uid(entry.uid, title, body)
    existing = JournalRevision.get_or_none(JournalRevision.uid == uid)
    if existing is None:
        JournalRevision.insert(uid=uid, entry=entry.id, title=title, body=body, reason=reason,
                               device=device, written_at=at, kept_at=clock.now()).execute()
    else:
        if reason == REASON_SYNC_CONFLICT:
            existing.reason, existing.device = reason, device
        existing.written_at = max(existing.written_at, at)
        existing.kept_at = clock.now()
        existing.save()
    log.info("kept a %s revision of journal entry %s", reason, entry.id)


def keep_before_save(entry_id: int, title: str, body: str) -> None:
    """Called by entries.save_entry inside its transaction, before it updates the
    entry: keep the entry's current text as a revision when the new one differs."""
    row = JournalEntry.get_or_none(JournalEntry.id == entry_id)
    if row is None or _same_text(row, title, body):
        return
    _keep(row, row.title or "", row.body or "", REASON_SAVED, None,
          row.updated_at or row.created_at or clock.now())
    thin_revisions(entry_id)


def thin_revisions(entry_id: int | None = None) -> int:
    """Drop "saved" revisions older than THIN_AFTER_DAYS days that are not the newest
    of their entry and day (one entry, or all entries when entry_id is None)."""
    cutoff = clock.now() - timedelta(days=THIN_AFTER_DAYS)
    which = "" if entry_id is None else " AND entry_id = ?"
    params: tuple[object, ...] = () if entry_id is None else (entry_id,)
    old = f"reason = ? AND written_at < ?{which}"
    sql = (f"DELETE FROM journal_revision WHERE {old} AND id NOT IN (SELECT id FROM"
           f" (SELECT id, max(written_at) FROM journal_revision WHERE {old}"
           " GROUP BY entry_id, substr(written_at, 1, 10)))")
    values = (REASON_SAVED, cutoff) + params
    with database.atomic():
        removed: int = database.execute_sql(sql, values + values).rowcount
    if removed:
        log.info("thinned %d old journal revisions", removed)
    return removed


def _revision(row: JournalRevision, entry_uid: str) -> Revision:
    return Revision(row.uid, entry_uid, row.title, row.body, row.reason, row.device,
                    row.written_at, row.kept_at)


def list_revisions(entry_uid: str) -> list[Revision]:
    """The entry's earlier texts, newest first."""
    entry = _entry_row(entry_uid)
    rows = (JournalRevision.select().where(JournalRevision.entry == entry.id)
            .order_by(JournalRevision.written_at.desc(), JournalRevision.id.desc()))
    return [_revision(row, entry_uid) for row in rows]


def get_revision(revision_uid_: str) -> Revision:
    row = JournalRevision.get_or_none(JournalRevision.uid == revision_uid_)
    if row is None:
        raise ValidationError(translate("Resilience", "That earlier version no longer exists."))
    return _revision(row, row.entry.uid)


def restore_revision(revision_uid_: str) -> None:
    """Make an earlier text the entry's text again; the current text is kept as a
    revision first (by the one writer, entries.save_entry). One transaction."""
    from resilience_desktop.services.journal import entries

    with database.atomic():
        revision = get_revision(revision_uid_)
        entry = entries.get_entry(_entry_row(revision.entry_uid).id)
        entry.title, entry.body = revision.title, revision.body
        entries.save_entry(entry, entry.id)
    log.info("restored an earlier version of journal entry %s", entry.id)


# -- edited on two computers ----------------------------------------------------------
def mark_edited_on_two_computers(entry_uid: str, device: str) -> None:
    """Show the entry "to review" (again) until mark_reviewed."""
    with database.atomic():
        entry = _entry_row(entry_uid)
        uid = review_uid(entry_uid)
        updated = (JournalReview.update(device=device, marked_at=clock.now(), reviewed_at=None)
                   .where(JournalReview.uid == uid).execute())
        if not updated:
            JournalReview.insert(uid=uid, entry=entry.id, device=device,
                                 marked_at=clock.now()).execute()
    log.info("journal entry %s marked as edited on two computers", entry.id)


def mark_reviewed(entry_uid: str) -> None:
    with database.atomic():
        (JournalReview.update(reviewed_at=clock.now())
         .where(JournalReview.uid == review_uid(entry_uid),
                JournalReview.reviewed_at.is_null()).execute())


def _open_marks() -> ModelSelect[JournalReview]:
    return (JournalReview.select(JournalReview, JournalEntry).join(JournalEntry)
            .where(JournalReview.reviewed_at.is_null(), JournalEntry.deleted_at.is_null()))


def entry_ids_to_review() -> set[int]:
    """Ids of the entries showing the "edited on two computers" marker."""
    return {mark.entry.id for mark in _open_marks()}


def entries_to_review() -> list[ReviewItem]:
    """Entries edited on two computers and not reviewed yet, most recently marked first."""
    items = []
    for mark in _open_marks().order_by(JournalReview.marked_at.desc()):
        entry = mark.entry
        other = (JournalRevision.select()
                 .where(JournalRevision.entry == entry.id,
                        JournalRevision.reason == REASON_SYNC_CONFLICT)
                 .order_by(JournalRevision.kept_at.desc(), JournalRevision.id.desc()).first())
        items.append(ReviewItem(entry.uid, entry.id, entry.entry_date, entry.title or "",
                                entry.body, mark.device, mark.marked_at,
                                _revision(other, entry.uid) if other else None))
    return items


# -- resolving a review (the "Review edits from two computers" view) -------------------
def keep_current_text(entry_uid: str) -> None:
    """Keep this computer's text; the other one stays in the entry's history."""
    mark_reviewed(entry_uid)


def keep_other_text(entry_uid: str, revision_uid_: str) -> None:
    """Make the other computer's text the entry's text (this one becomes a revision)."""
    with database.atomic():
        restore_revision(revision_uid_)
        mark_reviewed(entry_uid)


def both_texts(current: str, other: str, device: str | None) -> str:
    where = f"from {device}" if device else "from the other computer"
    return f"{current.rstrip()}\n\n--- {where} ---\n\n{other.lstrip()}"


def keep_both_texts(entry_uid: str, revision_uid_: str) -> int:
    """Put the other computer's text under this one in the entry, to merge by hand;
    returns the entry id (the window opens it in the editor)."""
    from resilience_desktop.services.journal import entries

    with database.atomic():
        revision = get_revision(revision_uid_)
        entry = entries.get_entry(_entry_row(entry_uid).id)
        if revision.title.strip() and revision.title.strip() != entry.title.strip():
            other = f"{revision.title}\n\n{revision.body}"
        else:
            other = revision.body
        mark = JournalReview.get_or_none(JournalReview.uid == review_uid(entry_uid))
        device = revision.device or (mark.device if mark else None)
        entry.body = both_texts(entry.body, other, device)
        entries.save_entry(entry, entry.id)
        mark_reviewed(entry_uid)
    return entry.id
