"""Shared plumbing for the verbs: open the data through the session, report plainly.

``opened_data(paths, write=True)`` is every verb's entry point: the writer door
of the data session (single-writer lock, interrupted transitions finished,
health check, migration); ``write=False`` is the reader door (read-only,
changes no byte). Both refuse a folder with no journal unless ``create``.
Long work draws its progress with ``with progress_line() as progress:``
(cli/progress_line.py), passed on as ``progress=``.
"""

from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import TYPE_CHECKING

from resilience_desktop.cli.progress_line import progress_line  # noqa: F401 - for verbs
from resilience_desktop.core.errors import UserFacingError
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from resilience_desktop.core.session import DataSession
    from resilience_desktop.paths import AppPaths


class CommandError(Exception):
    """Raised by a verb with a message for stderr; exit code 1."""


def fail(message: str, code: int = 1) -> int:
    print(f"resilience-desktop: {message}", file=sys.stderr)
    return code


NOT_TEXT = QT_TRANSLATE_NOOP("Resilience", "what was given on stdin is not UTF-8 text (check "
                             "the terminal's or the file's encoding).")


def read_stdin_line(what: str = QT_TRANSLATE_NOOP("Resilience", "input")) -> str:
    """One line from stdin ("" at its end); CommandError when it is not UTF-8 text."""
    return _checked_text(sys.stdin.readline, what, translate("Resilience", "Nothing was changed."))


def read_stdin_text(what: str = QT_TRANSLATE_NOOP("Resilience", "input")) -> str:
    """All of stdin; CommandError when it is not UTF-8 text."""
    return _checked_text(sys.stdin.read, what, translate("Resilience", "Nothing was stored."))


def _checked_text(read: Callable[[], str], what: str, outcome: str) -> str:
    """Python reads stdin with surrogateescape (bytes that are not UTF-8 become lone
    surrogates, which crash later when encoded) or strictly (UnicodeDecodeError): either
    way a plain message here."""
    try:
        text = read()
        text.encode("utf-8")
    except (UnicodeDecodeError, UnicodeEncodeError):
        raise CommandError(translate("Resilience", "The {what}: {not_text} {outcome}").format(
            what=translate("Resilience", what), not_text=translate("Resilience", NOT_TEXT),
            outcome=outcome)) from None
    return text


def key_from_stdin(session: DataSession) -> bytes:
    """A locked journal's data key, from the passphrase on stdin. A writer rebuilds a
    missing or damaged vault.json from a backup's key copy; a reader writes nothing."""
    from resilience_desktop.cli.vault_cmd import unlock_key_from_stdin

    return unlock_key_from_stdin(session.paths, repair=session.writer)


@contextmanager
def opened_data(paths: AppPaths, write: bool = True, create: bool = False
                ) -> Iterator[DataSession]:
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
        raise CommandError(translate("Resilience", "{error} Close it and try again.").format(
            error=error)) from error
    except UserFacingError as error:
        raise CommandError(str(error)) from error
    try:
        yield session
    finally:
        session.close()
