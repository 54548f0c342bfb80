"""Checks on the data folder itself, made by both doors before anything is opened.

* Symbolic links: the journal, its -wal/-shm, ``vault.json`` (and its pending or
  retired twin), ``transition.json`` and ``resilience.lock`` must be plain files in
  the data folder. A link would make a lock or restore replace the link and leave
  the plaintext journal at its target, or make the lock file truncate whatever it
  points at; so a link is refused, with nothing changed. (The data folder itself
  may be reached through a link: ``AppPaths.resolve`` resolves it once.)
* Read-only media: writers say so plainly instead of failing at the first write.
* Full disk: ``disk_full_message`` turns ENOSPC / SQLITE_FULL into a sentence
  with the space needed.
"""

from __future__ import annotations

import os
from pathlib import Path

from resilience_desktop.core.errors import UserFacingError

#: Names in the data folder that are never followed through a symbolic link.
GUARDED_NAMES = ("resilience.sqlite3", "resilience.sqlite3-wal", "resilience.sqlite3-shm",
                 "resilience.sqlite3-journal", "vault.json", "vault.json.pending",
                 "vault.json.retired", "transition.json", "resilience.lock")


class SymlinkRefusedError(UserFacingError):
    """A file the app keeps in the data folder is a symbolic link."""


class ReadOnlyMediaError(UserFacingError):
    """The data folder cannot be written (read-only media, no permission)."""


class DiskFullError(UserFacingError):
    """The disk holding the data folder has no room left for this change."""


def refuse_symlinks(paths) -> None:
    for name in GUARDED_NAMES:
        path = paths.data_dir / name
        if path.is_symlink():
            raise SymlinkRefusedError(symlink_message(path))


def symlink_message(path: Path) -> str:
    try:
        target = f" (to {os.readlink(path)})"
    except OSError:
        target = ""
    return (f"{path} is a symbolic link{target}. Resilience never follows a link for its own "
            f"files, so that a lock or restore cannot leave your journal behind at the link's "
            f"target. Move the file itself into {path.parent} in place of the link, or open "
            "the folder where it lies with --data-dir. Nothing was changed.")
