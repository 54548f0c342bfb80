"""Turn the passphrase lock on or off, change the passphrase — through the data session.

The work (crash-safe, every copy covered, key retired last) is in
``core/lock_transition.py``; these functions find the session open for
``paths`` (``core.session.active_session``) and call it.
"""

from __future__ import annotations

from resilience_desktop.core.lock_transition import LockChangeFailed
from resilience_desktop.core.progress import Progress
from resilience_desktop.core.session import active_session

LockFailed = LockChangeFailed  # the name older callers catch

__all__ = ["LockFailed", "change_passphrase", "disable_lock", "enable_lock"]


def enable_lock(paths, passphrase: str, progress: Progress | None = None) -> str:
    """Encrypt the journal and every copy; returns the recovery key (show it once)."""
    return active_session(paths).lock(passphrase, progress)


def disable_lock(paths, passphrase: str, progress: Progress | None = None) -> None:
    """Decrypt the journal and every copy, then forget the lock."""
    active_session(paths).unlock(passphrase, progress)


def change_passphrase(paths, current: str, new: str, with_recovery_key: bool = False) -> None:
    """Re-wrap the data key under a new passphrase (current may be the recovery key)."""
    from resilience_desktop.core.session import DataSession

    try:
        session = active_session(paths)
    except RuntimeError:  # the unlock dialog, before the journal is open
        session = DataSession(paths)
    session.change_passphrase(current, new, with_recovery_key)
