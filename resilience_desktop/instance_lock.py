"""One writer per data directory, enforced with a QLockFile.

QtCore only (no widgets), so the command line's writing verbs use it too.
A lock left behind by a killed process is detected (its PID is gone) and
reclaimed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

ALREADY_OPEN_MESSAGE = "Resilience is already open (another window is using this data)."


class InstanceLock:
    def __init__(self, lock_path: Path) -> None:
        self._lock = QLockFile(str(lock_path))
        # Only a dead owner makes a lock stale; a live app holds it for days.
        self._lock.setStaleLockTime(0)

    def acquire(self) -> bool:
        if self._lock.tryLock(200):
            return True
        # tryLock already removes a lock whose owner process is gone; this
        # covers a lock file that is unreadable or left half-written.
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            info = self._lock.getLockInfo()
            if not info[0]:  # could not read the owner: treat as stale
                self._lock.removeStaleLockFile()
                return self._lock.tryLock(200)
        return False

    def release(self) -> None:
        self._lock.unlock()
