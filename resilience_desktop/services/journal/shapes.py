"""The journal entry's one shape and the only conversions to and from it.

``EntryInput`` (entries.py) is the entry: what a person writes, validated by
``entries.validate`` and written by ``entries.save_entry`` / ``bulk.add_entries``.
``Entry`` is that shape as stored (the same fields plus id and times). ``Draft``
(drafts.py) is the editor's text before it is an entry: strings as typed (the date
as YYYY-MM-DD, the tags as one line), kept by the autosaver. Every conversion between
them is here; the window calls these and converts nothing itself.
"""

from __future__ import annotations

from datetime import date

from resilience_desktop.core.errors import ValidationError
from resilience_desktop.services.journal.drafts import Draft
from resilience_desktop.services.journal.entries import Entry, EntryInput, parse_tags
from resilience_desktop.core.i18n import translate


def new_draft(entry_date: date, kind: str) -> Draft:
    """An empty editor for a new entry of this kind on this day."""
    return Draft(entry_date=entry_date.isoformat(), kind=kind)


def draft_from_entry(entry: Entry) -> Draft:
    """A stored entry opened in the editor."""
    return Draft(entry_id=entry.id, entry_date=entry.entry_date.isoformat(), title=entry.title,
                 body=entry.body, tags=", ".join(entry.tags), kind=entry.kind,
                 pleasantness=entry.pleasantness, energy=entry.energy,
                 intensity_before=entry.intensity_before,
                 intensity_after=entry.intensity_after, emotions=list(entry.emotions),
                 follow_up_of=entry.follow_up_of, follow_up_stage=entry.follow_up_stage)


def draft_from_input(entry: EntryInput) -> Draft:
    """A new entry prepared by a service (a follow-up reflection) opened in the editor."""
    return Draft(entry_date=entry.entry_date.isoformat(), title=entry.title, body=entry.body,
                 tags=", ".join(entry.tags), kind=entry.kind, pleasantness=entry.pleasantness,
                 energy=entry.energy, intensity_before=entry.intensity_before,
                 intensity_after=entry.intensity_after, emotions=list(entry.emotions),
                 follow_up_of=entry.follow_up_of, follow_up_stage=entry.follow_up_stage)


def input_from_draft(draft: Draft) -> EntryInput:
    """The editor's text as an entry to save; ValidationError for a date it cannot hold."""
    try:
        day = date.fromisoformat(draft.entry_date)
    except ValueError as error:
        raise ValidationError(translate("Resilience", "Choose a valid date for the entry.")) from error
    return EntryInput(entry_date=day, body=draft.body, title=draft.title, kind=draft.kind,
                      tags=parse_tags(draft.tags), pleasantness=draft.pleasantness,
                      energy=draft.energy, intensity_before=draft.intensity_before,
                      intensity_after=draft.intensity_after, emotions=draft.emotions,
                      follow_up_of=draft.follow_up_of, follow_up_stage=draft.follow_up_stage)
