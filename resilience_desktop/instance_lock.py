"""One writer per data directory: an OS file lock on ``resilience.lock``.

Qt-free (the data session in ``core/`` takes it). ``fcntl.flock`` on POSIX,
``msvcrt.locking`` on Windows: the operating system drops the lock when the
owner dies, however it dies (SIGKILL, power cut), so a lock left by a killed
process is never "stale" — the file stays, the lock does not.

Within one process the lock is re-entrant (counted per path), so a window and
an in-process helper that both open the session do not lock each other out.
"""

from __future__ import annotations

import os
from pathlib import Path

from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP

ALREADY_OPEN_MESSAGE = QT_TRANSLATE_NOOP(
    "Resilience", "Resilience is already open (another window is using this data).")
# The lock file is never followed through a symbolic link (it is truncated when taken).
NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0)

# path -> [file descriptor, count] for the locks this process holds.
_held: dict[str, list] = {}


def _try_lock(fd: int) -> bool:
    if os.name == "nt":  # pragma: no cover - Windows
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class InstanceLock:
    def __init__(self, lock_path: Path) -> None:
        self.path = str(Path(lock_path))
        self._mine = False

    def acquire(self) -> bool:
        if self._mine:
            return True
        entry = _held.get(self.path)
        if entry is not None:
            entry[1] += 1
            self._mine = True
            return True
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | NO_FOLLOW, 0o600)
        if not _try_lock(fd):
            os.close(fd)
            return False
        try:
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        except OSError:  # a full disk: let go, or a later try in this process is refused
            os.close(fd)
            raise
        _held[self.path] = [fd, 1]
        self._mine = True
        return True

    def release(self) -> None:
        if not self._mine:
            return
        self._mine = False
        entry = _held.get(self.path)
        if entry is None:
            return
        entry[1] -= 1
        if entry[1] == 0:
            del _held[self.path]
            # Closing the descriptor drops the lock (on Windows msvcrt's byte lock
            # goes with the handle; the system may take a moment after a crash).
            os.close(entry[0])


def is_held_here(lock_path: Path) -> bool:
    """True when this process holds the writer lock (its -wal/-shm are live)."""
    return str(Path(lock_path)) in _held


def is_held_elsewhere(lock_path: Path) -> bool:
    """True when another process holds the writer lock (changes no file)."""
    path = str(Path(lock_path))
    if path in _held or not os.path.exists(path):
        return False
    try:
        fd = os.open(path, os.O_RDONLY | NO_FOLLOW)
    except OSError:
        return False
    try:
        if os.name == "nt":  # pragma: no cover - msvcrt needs a writable handle
            return False
        import fcntl

        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except OSError:
            return True
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)
