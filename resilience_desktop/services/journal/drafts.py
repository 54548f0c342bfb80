"""The editor's draft: what is typed but not saved, kept exactly as typed.

One row per editor (``editor`` key, "main" for the Journal tab). The UI
saves it debounced while typing, on focus loss and on close; after a crash
the next start offers it back. Saving the entry deletes the draft in the
same transaction (journal.save_entry(..., draft_editor=...)).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from datetime import datetime

from resilience_desktop.core import clock
from resilience_desktop.core.db import database
from resilience_desktop.core.models.journal import KIND_FREE, JournalDraft

log = logging.getLogger(__name__)
MAIN_EDITOR = "main"


@dataclass
class Draft:
    """Editor state as typed (strings as shown, not yet validated)."""

    entry_id: int | None = None
    entry_date: str = ""
    title: str = ""
    body: str = ""
    tags: str = ""
    kind: str = KIND_FREE
    pleasantness: int | None = None
    energy: int | None = None
    intensity_before: int | None = None
    intensity_after: int | None = None
    emotions: list[str] = field(default_factory=list)
    follow_up_of: int | None = None
    follow_up_stage: str | None = None
    saved_at: datetime | None = None

    def has_text(self) -> bool:
        return bool(self.body.strip() or self.title.strip() or self.tags.strip())


def save_draft(draft: Draft, editor: str = MAIN_EDITOR) -> datetime:
    """Commit the draft (replacing the editor's previous one). Returns saved_at."""
    saved_at = clock.now()
    values = dict(editor=editor, entry=draft.entry_id, entry_date=draft.entry_date,
                  title=draft.title, body=draft.body, tags=draft.tags, kind=draft.kind,
                  pleasantness=draft.pleasantness, energy=draft.energy,
                  intensity_before=draft.intensity_before,
                  intensity_after=draft.intensity_after,
                  emotions=json.dumps(list(draft.emotions), ensure_ascii=False),
                  follow_up_of=draft.follow_up_of, follow_up_stage=draft.follow_up_stage,
                  saved_at=saved_at)
    with database.atomic():
        JournalDraft.delete().where(JournalDraft.editor == editor).execute()
        JournalDraft.insert(**values).execute()
    log.debug("draft for editor %s saved (%d chars)", editor, len(draft.body))
    return saved_at


def load_draft(editor: str = MAIN_EDITOR) -> Draft | None:
    row = JournalDraft.get_or_none(JournalDraft.editor == editor)
    if row is None:
        return None
    try:
        emotions = [str(word) for word in json.loads(row.emotions)]
    except (ValueError, TypeError):
        emotions = []
    return Draft(entry_id=row.entry_id, entry_date=row.entry_date, title=row.title,
                 body=row.body, tags=row.tags, kind=row.kind,
                 pleasantness=row.pleasantness, energy=row.energy,
                 intensity_before=row.intensity_before,
                 intensity_after=row.intensity_after, emotions=emotions,
                 follow_up_of=row.follow_up_of_id, follow_up_stage=row.follow_up_stage,
                 saved_at=row.saved_at)


def discard_draft(editor: str = MAIN_EDITOR) -> None:
    with database.atomic():
        JournalDraft.delete().where(JournalDraft.editor == editor).execute()
