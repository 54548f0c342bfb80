"""The phone inbox of a sync folder: ``<folder>/inbox/*.md|*.txt`` (the one plaintext
place in the folder; docs/sync.md). Each note is imported once (by content hash, see
inbox_note.py) and then moved to ``inbox/imported/`` after the sync has committed."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from resilience_desktop.services.sync.inbox_note import InboxNoteError, import_inbox_note
from resilience_desktop.core.i18n import translate
from resilience_desktop.core.log import get_logger

if TYPE_CHECKING:
    from resilience_desktop.services.sync.engine import SyncReport

log = get_logger(__name__)
NOTE_SUFFIXES = (".md", ".txt")
MAX_NOTE_BYTES = 1 << 20


def inbox_dir(folder: Path) -> Path:
    return Path(folder) / "inbox"


def waiting_notes(folder: Path) -> list[Path]:
    try:
        names = sorted(os.listdir(inbox_dir(folder)))
    except OSError:
        return []
    return [inbox_dir(folder) / name for name in names
            if name.lower().endswith(NOTE_SUFFIXES) and not name.startswith(".")
            and (inbox_dir(folder) / name).is_file()]


def import_notes(notes: list[Path], report: SyncReport) -> None:
    """Import each note (inside the caller's transaction); a refused one stays."""
    for path in list(notes):
        try:
            data = path.read_bytes()
            if len(data) > MAX_NOTE_BYTES:
                raise InboxNoteError(translate("Resilience", "{name}: longer than 1 MB").format(name=path.name))
            mtime = datetime.fromtimestamp(path.stat().st_mtime)
            if import_inbox_note(data, path.name, mtime) is not None:
                report.notes_imported += 1
        except (OSError, InboxNoteError) as error:
            report.notes_refused.append(str(error))
            notes.remove(path)


def move_imported(folder: Path, notes: list[Path]) -> None:
    target = inbox_dir(folder) / "imported"
    for path in notes:
        try:
            target.mkdir(parents=True, exist_ok=True)
            destination = target / path.name
            number = 1
            while destination.exists():
                destination = target / f"{path.stem}-{number}{path.suffix}"
                number += 1
            os.replace(path, destination)
        except OSError:
            log.warning("an imported inbox note could not be moved")
