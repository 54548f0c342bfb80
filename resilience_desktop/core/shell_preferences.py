"""The few preferences the window shell needs, read before the data layer loads.

The window shows its shell (tabs, menus, the remembered size and tab, the theme)
before peewee and the services are imported (docs/performance.md, start-up), so
these four values are read here with the stdlib driver, read-only, on the
start-up thread (core/startup.py) while Qt is imported. Only a plain journal
that was closed cleanly is read (no -wal, -shm or -journal beside it): anything
else returns None and the window starts the usual way, journal first.
Read-only: it can never change the file, and it runs only while this process holds
the writer lock (taken early, ``startup.take_start_lock``), so the side files a
read-only open leaves can be removed again safely. Values of the wrong kind are
left out.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from resilience_desktop.core.db_file import readonly_uri
from resilience_desktop.core.files import CRASH_SIDECARS, WAL_SIDECARS, side_file
from resilience_desktop.core.integrity import remove_created_sidecars

GEOMETRY = "window.geometry"
LAST_TAB = "window.last_tab"
THEME = "display.theme"  # = services.settings.THEME
FIRST_RUN_DONE = "first_run.done"  # = services.settings.FIRST_RUN_DONE
# key -> the JSON kind its value must have
KINDS: dict[str, type] = {GEOMETRY: str, LAST_TAB: str, THEME: str, FIRST_RUN_DONE: bool}


def read_shell_preferences(path: Path) -> dict[str, Any] | None:
    """key -> value for the keys of KINDS that are stored and of the right kind;
    None when the journal cannot be read this cheaply (side files, not SQLite...)."""
    if any(side_file(path, suffix).exists() for suffix in CRASH_SIDECARS):
        return None
    try:
        conn = sqlite3.connect(readonly_uri(path), uri=True)
    except sqlite3.Error:
        return None
    try:
        marks = ", ".join("?" for _ in KINDS)
        rows = conn.execute(f"SELECT key, value FROM preference WHERE key IN ({marks})",
                            list(KINDS)).fetchall()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
        # A read-only open of a WAL journal leaves a -wal and -shm: remove what it made.
        remove_created_sidecars(path, dict.fromkeys(WAL_SIDECARS, False))
    return _decoded(rows)


def _decoded(rows: list[tuple[Any, Any]]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for key, text in rows:
        try:
            value = json.loads(text)
        except (ValueError, TypeError, RecursionError):
            continue
        if key in KINDS and type(value) is KINDS[key]:
            values[key] = value
    return values
