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

import os
from pathlib import Path

from resilience_desktop.core import clock
from resilience_desktop.core.errors import UserFacingError
from resilience_desktop.core.files import (fsync_dir, replace_durably, sidecars,
                                           unlink_durably, write_json_atomic)
from resilience_desktop.core.files import CRASH_SIDECARS, INTENT_FILENAME, read_json
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP
from typing import TYPE_CHECKING, Any
from resilience_desktop.core.log import get_logger

if TYPE_CHECKING:
    from resilience_desktop.paths import AppPaths

log = get_logger(__name__)

LOCKING, UNLOCKING, UNSEALING, SEALED = ".locking", ".unlocking", ".unsealing", ".sealed"
# Temporary copies the app may leave after a kill; each is redundant by construction.
LEFTOVER_SUFFIXES = (".partial", ".restoring", ".converting", ".new", LOCKING, UNLOCKING,
                     UNSEALING)
TWIN_SUFFIXES = (LOCKING, UNLOCKING, UNSEALING, SEALED, ".restoring", ".pending", ".retired")
HANDLED_KINDS = ("lock", "unlock", "restore")
DESCRIPTIONS = {"lock": QT_TRANSLATE_NOOP("Resilience", "turning the passphrase lock on"), "unlock": QT_TRANSLATE_NOOP("Resilience", "turning the lock off"),
                "restore": QT_TRANSLATE_NOOP("Resilience", "restoring a backup")}


def intent_path(paths: AppPaths) -> Path:
    return paths.data_dir / INTENT_FILENAME


class UnreadableIntentError(UserFacingError):
    """transition.json exists but this version cannot tell what it records."""


# What a readable intent must hold, per kind (anything else: stop, change nothing).
RESTORE_PHASES = ("staging", "ready")


def read_intent(paths: AppPaths) -> dict[str, Any] | None:
    """The intent record, None if there is none; UnreadableIntentError when it
    cannot be read or does not say what it records (never guessed: guessing
    wrong would delete the only copy of a half-converted journal)."""
    path = intent_path(paths)
    if not path.exists() and not path.is_symlink():
        return None
    try:
        intent = read_json(path)
    except (OSError, ValueError, UnicodeError) as error:
        raise UnreadableIntentError(unreadable_message(paths, "it is not readable")) from error
    problem = intent_problem(intent)
    if problem:
        raise UnreadableIntentError(unreadable_message(paths, problem))
    return dict(intent)


def intent_problem(intent: object) -> str | None:
    if not isinstance(intent, dict):
        return "it holds no record"
    kind = intent.get("kind")
    if kind not in HANDLED_KINDS:
        return "it does not say what was being done" if kind is None else \
            f"it records {str(kind)[:40]!r}, which this version does not know"
    if kind == "restore" and (intent.get("phase") not in RESTORE_PHASES
                              or not isinstance(intent.get("holder", ""), str)):
        return "its restore record is incomplete"
    return None


def unreadable_message(paths: AppPaths, problem: str) -> str:
    names = sorted(p.name for p in paths.data_dir.iterdir() if p.name != INTENT_FILENAME)
    involved = [n for n in names if n.startswith("vault.json") or n.endswith(TWIN_SUFFIXES)]
    files = f" The files of that change are still there: {', '.join(involved)}." \
        if involved else ""
    return (f"{intent_path(paths)} records a change to the journal that was cut short, but this "
            f"version of Resilience cannot read it ({problem}). Nothing was changed.{files} "
            "Keep a copy of the whole folder first. If a newer version of Resilience made that "
            f"change, open this folder with it to finish.{_way_back(names)}")


def _way_back(names: list[str]) -> str:
    """What the files say the change was, when they say it unambiguously."""
    unlocking = "vault.json.retired" in names or any(n.endswith((UNLOCKING, UNSEALING))
                                                     for n in names)
    locking = "vault.json.pending" in names or any(n.endswith(LOCKING) for n in names)
    if unlocking == locking:
        return ""
    kind = "unlock" if unlocking else "lock"
    return (f" The files show it was {DESCRIPTIONS[kind]}: to let Resilience finish it, make "
            f'transition.json hold exactly {{"kind": "{kind}"}} and open Resilience again.')


def write_intent(paths: AppPaths, kind: str, **details: object) -> dict[str, Any]:
    intent = {"kind": kind, "started": clock.now().isoformat(timespec="seconds"), **details}
    write_json_atomic(intent_path(paths), intent)
    return intent


def clear_intent(paths: AppPaths) -> None:
    unlink_durably(intent_path(paths))


def pending_description(paths: AppPaths) -> str | None:
    """What an interrupted transition was doing, or None if there is none."""
    intent = read_intent(paths)
    if intent is None:  # an old-format lock cut short leaves only its .locking twin
        locking = paths.db_path.with_name(paths.db_path.name + LOCKING)  # vault.locking_path
        return DESCRIPTIONS["lock"] if locking.exists() else None
    return DESCRIPTIONS[intent["kind"]]


def data_folders(paths: AppPaths) -> list[Path]:
    """Every folder where the app writes journal copies."""
    folders = [paths.data_dir, paths.backups_dir]
    if paths.data_dir.is_dir():
        folders += sorted(p for p in paths.data_dir.iterdir()
                          if p.is_dir() and p.name.startswith("damaged-"))
    return [folder for folder in folders if folder.is_dir()]


def files_with_suffix(paths: AppPaths, suffix: str) -> list[Path]:
    return [p for folder in data_folders(paths) for p in sorted(folder.iterdir())
            if p.is_file() and p.name.endswith(suffix)]


def files_to_drop(paths: AppPaths, suffix: str) -> list[Path]:
    """Files ending in suffix and SQLite's own sidecars of them (a hot -journal of a
    copy killed while being written, its -wal/-shm)."""
    endings = tuple(suffix + extra for extra in ("", *CRASH_SIDECARS))
    return [p for folder in data_folders(paths) for p in sorted(folder.iterdir())
            if p.is_file() and p.name.endswith(endings)]


def without_suffix(path: Path, suffix: str) -> Path:
    return path.with_name(path.name[: -len(suffix)])


def delete_all(files: list[Path]) -> None:
    for path in files:
        path.unlink(missing_ok=True)
    for folder in {path.parent for path in files}:
        fsync_dir(folder)


def remove_leftovers(paths: AppPaths) -> None:
    """Delete temporary copies a killed run left (never a journal or a backup); one
    pass over the folders, as this runs at every writer open."""
    from resilience_desktop.core.leftovers import remove_stale_leftovers

    endings = tuple(suffix + extra for suffix in LEFTOVER_SUFFIXES
                    for extra in ("", *CRASH_SIDECARS))
    delete_all([p for folder in data_folders(paths) for p in folder.iterdir()
                if p.name.endswith(endings) and p.is_file()])
    remove_stale_leftovers(paths)


def finish_or_roll_back(paths: AppPaths) -> str | None:
    """Run by every writer open first; returns what was finished or undone."""
    intent = read_intent(paths)
    if intent is None:
        _finish_legacy_lock(paths)
        remove_leftovers(paths)
        return None
    from resilience_desktop.core import lock_transition, restore_transition

    kind = intent["kind"]
    handlers = {"lock": lock_transition.recover_lock, "unlock": lock_transition.recover_unlock,
                "restore": restore_transition.recover_restore}
    outcome = handlers[kind](paths, intent)
    clear_intent(paths)
    remove_leftovers(paths)
    log.warning("interrupted transition %s: %s", kind, outcome)
    return outcome


def _finish_legacy_lock(paths: AppPaths) -> None:
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
