"""An entry's earlier texts, "edited on two computers" marks, the inbox import log
(migration m0008; written only by services/journal/revisions.py and
services/sync/inbox_note.py), and other notes' earlier texts (migration m0010; written
only by services/sync/note_revisions.py)."""

from __future__ import annotations

from peewee import AutoField, CharField, ForeignKeyField, TextField

from resilience_desktop.core.models.base import BaseModel, MomentField, new_uid
from resilience_desktop.core.models.journal import JournalEntry

REASON_SAVED = "saved"
REASON_SYNC_CONFLICT = "sync-conflict"
REVISION_REASONS = (REASON_SAVED, REASON_SYNC_CONFLICT)


class JournalRevision(BaseModel):
    """One earlier title and body of an entry."""

    id = AutoField()
    uid = CharField(unique=True, default=new_uid)
    entry = ForeignKeyField(JournalEntry, on_delete="CASCADE", backref="revisions")
    title = TextField(default="")
    body = TextField(default="")
    reason = CharField(max_length=32)  # one of REVISION_REASONS
    device = CharField(null=True)  # the computer that wrote it (sync conflicts)
    written_at = MomentField()  # when this text was the entry's text
    kept_at = MomentField()  # when it became a revision

    class Meta:
        table_name = "journal_revision"


class JournalReview(BaseModel):
    """An entry edited on two computers, to review until reviewed_at is set."""

    id = AutoField()
    uid = CharField(unique=True, default=new_uid)
    entry = ForeignKeyField(JournalEntry, on_delete="CASCADE", backref="review_marks",
                            unique=True)
    device = CharField(null=True)
    marked_at = MomentField()
    reviewed_at = MomentField(null=True)

    class Meta:
        table_name = "journal_review"


class InboxImport(BaseModel):
    """An inbox note already imported (sha256 of its bytes)."""

    id = AutoField()
    uid = CharField(unique=True, default=new_uid)
    content_hash = CharField(max_length=64, unique=True)
    entry = ForeignKeyField(JournalEntry, null=True, on_delete="SET NULL",
                            backref="inbox_imports")
    imported_at = MomentField()

    class Meta:
        table_name = "inbox_import"


class NoteRevision(BaseModel):
    """The losing text of a note (not an entry's) edited on two computers."""

    id = AutoField()
    uid = CharField(unique=True, default=new_uid)
    tbl = CharField(max_length=64)  # the note's table (services/sync/schema.TEXT_COLUMNS)
    row_uid = CharField()  # the note's row, by uid
    col = CharField(max_length=64)  # the note's column
    text = TextField(default="")
    device = CharField(null=True)  # the computer that wrote it
    written_at = MomentField()
    kept_at = MomentField()

    class Meta:
        table_name = "note_revision"
        indexes = ((("tbl", "row_uid"), False),)


MODELS = (JournalRevision, JournalReview, InboxImport, NoteRevision)
