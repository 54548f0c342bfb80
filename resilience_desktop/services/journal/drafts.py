"""The editor's draft: what is typed but not saved, kept exactly as typed.

One row per editor (``editor`` key, "main" for the Journal tab). The UI
saves it debounced while typing, on focus loss and on close; after a crash
the next start offers it back. Saving the entry deletes the draft in the
same transaction (journal.save_entry(..., draft_editor=...)).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

from resilience_desktop.core import clock, date_range
from resilience_desktop.core.db import database
from resilience_desktop.core.errors import ValidationError
from resilience_desktop.core.models.journal import KIND_FREE, JournalDraft
from resilience_desktop.core.i18n import translate
from resilience_desktop.core.log import get_logger

log = get_logger(__name__)
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


def check_draft_date(text: str) -> str:
    """"" (no date yet) or a real day in the years 1900–2200 as YYYY-MM-DD; ValidationError
    otherwise (the editor's date field cannot hold anything else)."""
    if text == "":
        return text
    try:
        return date_range.parse_day(text).isoformat()
    except ValueError as error:
        raise ValidationError(translate("Resilience", "The draft's date: {error}").format(error=error)) from None


def save_draft(draft: Draft, editor: str = MAIN_EDITOR) -> datetime:
    """Commit the draft (replacing the editor's previous one). Returns saved_at."""
    check_draft_date(draft.entry_date)
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
    try:  # a date the app did not write (an old file, a hand edit): the editor's default
        entry_date = check_draft_date(row.entry_date)
    except ValidationError:
        entry_date = ""
    return Draft(entry_id=row.entry_id, entry_date=entry_date, title=row.title,
                 body=row.body, tags=row.tags, kind=row.kind,
                 pleasantness=row.pleasantness, energy=row.energy,
                 intensity_before=row.intensity_before,
                 intensity_after=row.intensity_after, emotions=emotions,
                 follow_up_of=row.follow_up_of_id, follow_up_stage=row.follow_up_stage,
                 saved_at=row.saved_at)


def discard_draft(editor: str = MAIN_EDITOR) -> None:
    with database.atomic():
        JournalDraft.delete().where(JournalDraft.editor == editor).execute()
