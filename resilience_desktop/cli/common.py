"""Shared plumbing for the verbs: open the data dir safely, report errors plainly."""

from __future__ import annotations

import sys
from contextlib import contextmanager

from resilience_desktop.core.db import close_database
from resilience_desktop.core.errors import UserFacingError
from resilience_desktop.core.startup import open_app_database
from resilience_desktop.paths import AppPaths


class CommandError(Exception):
    """Raised by a verb with a message for stderr; exit code 1."""


def fail(message: str, code: int = 1) -> int:
    print(f"resilience-desktop: {message}", file=sys.stderr)
    return code


def _key_if_locked(paths: AppPaths):
    """A locked journal's data key, from the passphrase on stdin (data-safety)."""
    from resilience_desktop.core import vault

    if not vault.is_locked(paths):
        return None
    from resilience_desktop.cli.vault_cmd import unlock_key_from_stdin

    return unlock_key_from_stdin(paths)


@contextmanager
def opened_data(paths: AppPaths, write: bool = True):
    """Open (and migrate) the database for a verb; hold the single-writer lock
    when the verb writes. Raises CommandError with a plain message."""
    lock = None
    if write:
        from resilience_desktop.instance_lock import ALREADY_OPEN_MESSAGE, InstanceLock

        paths.ensure()
        lock = InstanceLock(paths.lock_path)
        if not lock.acquire():
            raise CommandError(ALREADY_OPEN_MESSAGE + " Close it and try again.")
    try:
        try:
            open_app_database(paths, _key_if_locked(paths))
        except UserFacingError as error:
            raise CommandError(str(error)) from error
        yield
    finally:
        close_database()
        if lock is not None:
            lock.release()
