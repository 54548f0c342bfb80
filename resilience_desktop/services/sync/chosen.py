"""The chosen sync folder, without the sync machinery (Qt-free).

The window reads it at every start (the status line); a journal that does not sync
then loads nothing more of sync (setup.py, the folder key, the store: ~10 ms of the
start, docs/performance.md). The path is a local-only preference (the preference
table is never synced).
"""

from __future__ import annotations

from pathlib import Path

from resilience_desktop.services.preferences import get_preference

FOLDER_PREFERENCE = "sync.folder"


def chosen_folder() -> Path | None:
    text = get_preference(FOLDER_PREFERENCE, "")
    return Path(text) if text else None
