"""Turn the passphrase lock on or off, change the passphrase — through the data session.

The work (crash-safe, every copy covered, key retired last) is in
``core/lock_transition.py``; these functions take the open writer session
(``core.session.DataSession``) and call it.
"""

from __future__ import annotations

from resilience_desktop.core.lock_transition import LockChangeFailed
from resilience_desktop.core.progress import Progress
from resilience_desktop.core.session import DataSession
from resilience_desktop.core.session.changes import change_passphrase as _rewrap
from resilience_desktop.paths import AppPaths

LockFailed = LockChangeFailed  # the name older callers catch

__all__ = ["LockFailed", "change_passphrase", "disable_lock", "enable_lock"]


def enable_lock(session: DataSession, passphrase: str, progress: Progress | None = None) -> str:
    """Encrypt the journal and every copy; returns the recovery key (show it once)."""
    return session.lock(passphrase, progress)


def disable_lock(session: DataSession, passphrase: str, progress: Progress | None = None) -> None:
    """Decrypt the journal and every copy, then forget the lock."""
    session.unlock(passphrase, progress)


def change_passphrase(paths: AppPaths, current: str, new: str,
                      with_recovery_key: bool = False) -> None:
    """Re-wrap the data key under a new passphrase (current may be the recovery key).
    Only vault.json changes, so no session is needed (the unlock dialog uses it first)."""
    _rewrap(paths, current, new, with_recovery_key)
