"""Crash-safe transitions: the intent record and what the next open does with it.

Lock, unlock and restore replace files. Each writes ``transition.json``
(fsynced) before it touches anything, builds every new file next to the old
one under a twin name, and then flips one *commit point* with a single
rename:

* lock:    ``vault.json.pending`` → ``vault.json`` (the key exists before any
  file needs it; twins are ``*.locking``, sealed files ``*.sealed``);
* unlock:  ``vault.json`` → ``vault.json.retired`` (the key is kept until
  the last file is decrypted; twins are ``*.unlocking``/``*.unsealing``);
* restore: the intent's phase becomes ``ready`` once the journal as it was is
  kept (a before-restore backup, or moved into ``damaged-*/``).

Before the commit point the next writer open rolls back (deletes the twins,
the old files were never touched); after it, the open rolls forward (every
rename is idempotent), deletes what the old state no longer needs (plaintext
copies after a lock, the retired key after an unlock) and only then the
intent. Readers never do this: they say the journal must be opened once.
"""

from __future__ import annotations

import json
import logging
import os
from datetime import datetime
from pathlib import Path

from resilience_desktop.core.files import (fsync_dir, replace_durably, sidecars,
                                           unlink_durably, write_json_atomic)

log = logging.getLogger(__name__)

INTENT_FILENAME = "transition.json"
LOCKING, UNLOCKING, UNSEALING, SEALED = ".locking", ".unlocking", ".unsealing", ".sealed"
#: Temporary copies the app may leave after a kill; each is redundant by construction.
LEFTOVER_SUFFIXES = (".partial", ".restoring", ".converting", ".new", LOCKING, UNLOCKING,
                     UNSEALING)
DESCRIPTIONS = {"lock": "turning the passphrase lock on", "unlock": "turning the lock off",
                "restore": "restoring a backup"}


def intent_path(paths) -> Path:
    return paths.data_dir / INTENT_FILENAME


def read_intent(paths) -> dict | None:
    path = intent_path(paths)
    if not path.exists():
        return None
    try:
        intent = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        intent = {"kind": "unknown"}  # torn before it was renamed into place: cannot be
    return intent if isinstance(intent, dict) else {"kind": "unknown"}


def write_intent(paths, kind: str, **details) -> dict:
    intent = {"kind": kind, "started": datetime.now().isoformat(timespec="seconds"), **details}
    write_json_atomic(intent_path(paths), intent)
    return intent


def clear_intent(paths) -> None:
    unlink_durably(intent_path(paths))


def pending_description(paths) -> str | None:
    """What an interrupted transition was doing, or None if there is none."""
    intent = read_intent(paths)
    if intent is None:
        from resilience_desktop.core import vault

        return DESCRIPTIONS["lock"] if vault.locking_path(paths).exists() else None
    return DESCRIPTIONS.get(intent.get("kind"), "a change to the journal")


def data_folders(paths) -> list[Path]:
    """Every folder where the app writes journal copies."""
    folders = [paths.data_dir, paths.backups_dir]
    if paths.data_dir.is_dir():
        folders += sorted(p for p in paths.data_dir.iterdir()
                          if p.is_dir() and p.name.startswith("damaged-"))
    return [folder for folder in folders if folder.is_dir()]


def files_with_suffix(paths, suffix: str) -> list[Path]:
    return [p for folder in data_folders(paths) for p in sorted(folder.iterdir())
            if p.is_file() and p.name.endswith(suffix)]


def files_to_drop(paths, suffix: str) -> list[Path]:
    """Files ending in suffix and SQLite's own sidecars of them (a hot -journal of a
    copy killed while being written, its -wal/-shm)."""
    endings = tuple(suffix + extra for extra in ("", "-journal", "-wal", "-shm"))
    return [p for folder in data_folders(paths) for p in sorted(folder.iterdir())
            if p.is_file() and p.name.endswith(endings)]


def without_suffix(path: Path, suffix: str) -> Path:
    return path.with_name(path.name[: -len(suffix)])


def delete_all(files) -> None:
    for path in files:
        path.unlink(missing_ok=True)
    for folder in {path.parent for path in files}:
        fsync_dir(folder)


def remove_leftovers(paths) -> None:
    """Delete temporary copies a killed run left (never a journal or a backup); one
    pass over the folders, as this runs at every writer open."""
    endings = tuple(suffix + extra for suffix in LEFTOVER_SUFFIXES
                    for extra in ("", "-journal", "-wal", "-shm"))
    delete_all([p for folder in data_folders(paths) for p in folder.iterdir()
                if p.name.endswith(endings) and p.is_file()])


def finish_or_roll_back(paths) -> str | None:
    """Run by every writer open first; returns what was finished or undone."""
    intent = read_intent(paths)
    if intent is None:
        _finish_legacy_lock(paths)
        remove_leftovers(paths)
        return None
    from resilience_desktop.core import lock_transition, restore_transition

    kind = intent.get("kind")
    handlers = {"lock": lock_transition.recover_lock, "unlock": lock_transition.recover_unlock,
                "restore": restore_transition.recover_restore}
    outcome = handlers[kind](paths, intent) if kind in handlers else "dropped"
    clear_intent(paths)
    remove_leftovers(paths)
    log.warning("interrupted transition %s: %s", kind, outcome)
    return outcome


def _finish_legacy_lock(paths) -> None:
    """A lock cut short by an older version (db.locking without an intent)."""
    from resilience_desktop.core import vault

    pending = vault.locking_path(paths)
    if pending.exists() and vault.is_locked(paths):
        for part in sidecars(paths.db_path):
            part.unlink(missing_ok=True)
        replace_durably(pending, paths.db_path)


def remove_sidecars(db_path: Path) -> None:
    for part in sidecars(db_path):
        if part.exists():
            os.unlink(part)
    fsync_dir(db_path.parent)
