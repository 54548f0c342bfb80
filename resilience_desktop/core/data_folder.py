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

import errno
import os
from pathlib import Path

from resilience_desktop.core.errors import UserFacingError
from resilience_desktop.core.files import (CRASH_SIDECARS, INTENT_FILENAME, ROLLBACK_JOURNAL,
                                           WAL, side_file)
from resilience_desktop.paths import DB_FILENAME
import contextlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from resilience_desktop.paths import AppPaths

# Names in the data folder that are never followed through a symbolic link.
GUARDED_NAMES = (DB_FILENAME, *(DB_FILENAME + suffix for suffix in CRASH_SIDECARS),
                 "vault.json", "vault.json.pending", "vault.json.retired", INTENT_FILENAME,
                 "resilience.lock")


class SymlinkRefusedError(UserFacingError):
    """A file the app keeps in the data folder is a symbolic link."""


class ReadOnlyMediaError(UserFacingError):
    """The data folder cannot be written (read-only media, no permission)."""


class DiskFullError(UserFacingError):
    """The disk holding the data folder has no room left for this change."""


def refuse_symlinks(paths: AppPaths) -> None:
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


def is_read_only(folder: Path) -> bool:
    """True when folder cannot be written: read-only media (a mount flag, which binds
    even root), or no write permission (``chattr +i``, another owner)."""
    try:
        if os.statvfs(folder).f_flag & getattr(os, "ST_RDONLY", 1):
            return True
    except (OSError, AttributeError):  # AttributeError: Windows has no statvfs
        pass
    return folder.exists() and not os.access(folder, os.W_OK)


def refuse_read_only(paths: AppPaths) -> None:
    """The writer door on read-only media: say so before anything is tried."""
    if is_read_only(paths.data_dir):
        raise ReadOnlyMediaError(read_only_message(paths.data_dir))


def read_only_message(folder: Path) -> str:
    return (f"{folder} cannot be written (read-only media, or no permission to write). "
            "Resilience can still read this journal there: search, check, export and summary "
            "work. To change it, copy the whole folder to a writable place and use --data-dir "
            "with the copy. Nothing was changed.")


def unwritable_message(folder: Path, error: OSError) -> str:
    """A plain sentence for a folder the app could not write to."""
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return read_only_message(folder)
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return disk_full_message(folder if folder.exists() else folder.parent)
    return f"cannot write to {folder}: {error.strerror or error}"


def cannot_change(db_path: Path) -> bool:
    """True when neither the file nor its folder can be written here and no -wal with
    changes or hot -journal lies beside it: the file is then read as SQLite's ``immutable``
    (no -shm is needed, none is created)."""
    db_path, wal = Path(db_path), side_file(db_path, WAL)
    if side_file(db_path, ROLLBACK_JOURNAL).exists() or (wal.exists()
                                                          and wal.stat().st_size > 32):
        return False  # a -wal holding changes (read through its -shm), a hot -journal
    return (db_path.exists() and not os.access(db_path, os.W_OK)
            and not os.access(db_path.parent, os.W_OK))


# Free space below which a "disk I/O error" is read as a full disk (SQLite cannot
# create the 32 KB -shm a read needs, and reports that as an I/O error).
LOW_SPACE_BYTES = 1 << 20
# Added to the journal's size in the estimate of the space a change needs.
MARGIN_BYTES = 8 << 20


def free_bytes(folder: Path) -> int | None:
    try:
        stat = os.statvfs(folder)
    except (OSError, AttributeError):
        return None
    return stat.f_bavail * stat.f_frsize


def disk_is_full(error: BaseException, folder: Path) -> bool:
    """ENOSPC/EDQUOT or SQLITE_FULL anywhere in the error's chain (or an I/O error
    while the disk has almost no space left)."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and current.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        text = str(current).lower()
        if "database or disk is full" in text:
            return True
        if "disk i/o error" in text and (free_bytes(folder) or 0) < LOW_SPACE_BYTES:
            return True
        current = current.__cause__ or current.__context__
    return False


def space_needed(folder: Path) -> int:
    """The journal (and its -wal) once more, plus a margin: what a backup, an import's
    transaction or a health-check copy may need."""
    size = 0
    for name in (DB_FILENAME, DB_FILENAME + WAL):
        with contextlib.suppress(OSError):
            size += (Path(folder) / name).stat().st_size
    return size + MARGIN_BYTES


def _megabytes(count: int) -> str:
    return f"{max(1, round(count / (1 << 20)))} MB"


def disk_full_message(folder: Path) -> str:
    free = free_bytes(folder) if Path(folder).exists() else None
    left = f" ({_megabytes(free)} free)" if free else " (no space left)"
    return (f"The disk holding {folder} is full{left}. Free at least "
            f"{_megabytes(space_needed(folder))} there (the journal's size plus a margin) and "
            "try again. Nothing was changed.")


def disk_full_error(error: BaseException, folder: Path) -> DiskFullError | None:
    """A DiskFullError to raise instead of error, or None if the disk is not full."""
    return DiskFullError(disk_full_message(folder)) if disk_is_full(error, folder) else None
