"""Shared plumbing for the verbs: open the data through the session, report plainly.

``opened_data(paths, write=True)`` is every verb's entry point: the writer door
of the data session (single-writer lock, interrupted transitions finished,
health check, migration); ``write=False`` is the reader door (read-only,
changes no byte). Both refuse a folder with no journal unless ``create``.
"""

from __future__ import annotations

import sys
import time
from contextlib import contextmanager

from resilience_desktop.core.errors import UserFacingError
from resilience_desktop.paths import AppPaths


class CommandError(Exception):
    """Raised by a verb with a message for stderr; exit code 1."""


def fail(message: str, code: int = 1) -> int:
    print(f"resilience-desktop: {message}", file=sys.stderr)
    return code


def key_from_stdin(session) -> bytes:
    """A locked journal's data key, from the passphrase on stdin."""
    from resilience_desktop.cli.vault_cmd import unlock_key_from_stdin

    return unlock_key_from_stdin(session.paths)


@contextmanager
def opened_data(paths: AppPaths, write: bool = True, create: bool = False):
    """The data session for a verb (yielded); raises CommandError with a plain message.

    write=True: the writer door (holds the single-writer lock). write=False:
    the reader door. create=True (import only): a missing journal is created;
    ``session.created`` then says so.
    """
    from resilience_desktop.core.session import AlreadyOpenError, DataSession

    session = DataSession(paths, key_provider=key_from_stdin)
    try:
        if write:
            session.open_writer(create=create)
        else:
            session.open_reader()
    except AlreadyOpenError as error:
        raise CommandError(f"{error} Close it and try again.") from error
    except UserFacingError as error:
        raise CommandError(str(error)) from error
    try:
        yield session
    finally:
        session.close()


class TerminalProgress:
    """A ``progress(done, total, what)`` callback drawing one line on stderr.

    Silent unless stderr is a terminal; redraws at most 10 times a second.
    Verbs pass ``progress=terminal_progress()`` to long work.
    """

    def __init__(self, stream=None) -> None:
        self.stream = stream or sys.stderr
        self.last = 0.0
        self.width = 0

    def __call__(self, done: int, total: int, what: str) -> None:
        now = time.monotonic()
        if now - self.last < 0.1 and done < total:
            return
        self.last = now
        share = f" {100 * done // total:3d} %" if total else ""
        line = f"{what}{share}"
        self.stream.write("\r" + line.ljust(self.width))
        self.width = len(line)
        if total and done >= total:
            self.stream.write("\n")
            self.width = 0
        self.stream.flush()


def terminal_progress():
    """A TerminalProgress when stderr is a terminal, else None (no output)."""
    return TerminalProgress() if sys.stderr.isatty() else None
