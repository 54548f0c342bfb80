"""`lock`, `unlock` and `passphrase`: the passphrase lock from the command line.

Secrets are read from stdin, one per line, so scripts can pipe them in; on a
terminal a new passphrase is asked twice (a typo would lock the journal away).
"""

from __future__ import annotations

import sys
import textwrap
from typing import TYPE_CHECKING

from resilience_desktop.cli.common import NOT_TEXT, CommandError, opened_data, read_stdin_line
from resilience_desktop.cli.progress_line import progress_line
from resilience_desktop.core.errors import UserFacingError
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from resilience_desktop.cli import HelpFormatter

if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable, Iterator
    from contextlib import AbstractContextManager
    from typing import TypeVar

    from resilience_desktop.cli import Subparsers
    from resilience_desktop.core.progress import Progress
    from resilience_desktop.core.session import DataSession
    from resilience_desktop.paths import AppPaths

    Result = TypeVar("Result")

LOST_RECOVERY_KEY = QT_TRANSLATE_NOOP(
    "Resilience", "Lost it? It cannot be shown again, but with your passphrase you can get a "
    "new one: `resilience-desktop unlock`, then `resilience-desktop lock` (the old recovery key "
    "then stops working).")
# What each secret is called in a message ("The passphrase: ..."): the prompt, lower case.
SECRET_NAMES = (QT_TRANSLATE_NOOP("Resilience", "passphrase"),
                QT_TRANSLATE_NOOP("Resilience", "new passphrase"),
                QT_TRANSLATE_NOOP("Resilience", "current passphrase"),
                QT_TRANSLATE_NOOP("Resilience", "recovery key"),
                QT_TRANSLATE_NOOP("Resilience", "passphrase (or recovery key)"),
                QT_TRANSLATE_NOOP("Resilience", "sync folder passphrase"),
                QT_TRANSLATE_NOOP("Resilience", "type it again"))
PASSPHRASE_PROMPT = QT_TRANSLATE_NOOP("Resilience", "Passphrase: ")
NEW_PASSPHRASE_PROMPT = QT_TRANSLATE_NOOP("Resilience", "New passphrase: ")
LOCK_EXAMPLES = textwrap.fill(
    "Encrypts the journal and its backups. Prints a recovery key once: write it down, it "
    f"opens the journal if the passphrase is forgotten. {LOST_RECOVERY_KEY}", 78,
    break_on_hyphens=False) + """

examples:
  resilience-desktop lock                          (asks twice on a terminal)
  printf '%s\\n' "$NEW" | resilience-desktop lock   (one line on stdin)

exit codes: 0 locked, 1 refused (nothing was changed)."""
UNLOCK_EXAMPLES = """\
examples:
  resilience-desktop unlock
  printf '%s\\n' "$PASSPHRASE" | resilience-desktop unlock

exit codes: 0 unlocked, 1 refused (nothing was changed)."""
PASSPHRASE_EXAMPLES = textwrap.fill(
    "Only the key file (vault.json) is rewritten; the journal stays as it is. Forgot the "
    f"passphrase? Give the recovery key instead with --recovery-key. {LOST_RECOVERY_KEY}",
    78, break_on_hyphens=False) + """

examples:
  resilience-desktop passphrase                    (asks on a terminal)
  resilience-desktop passphrase --recovery-key
  printf '%s\\n%s\\n' "$OLD" "$NEW" | resilience-desktop passphrase

exit codes: 0 changed, 1 refused (nothing was changed)."""


def _plain(error: UserFacingError) -> str:
    """The message without "Nothing was changed." after a wrong passphrase: only a
    passphrase was checked, so there was nothing to change."""
    from resilience_desktop.core.vault import WrongPassphraseError

    text = str(error)
    if isinstance(error, WrongPassphraseError):
        text = text.replace(" Nothing was changed.", "")
    return text


def read_new_secret(prompt: str) -> str:
    """A new passphrase: asked twice on a terminal, one line from a pipe."""
    first = read_secret_line(prompt)
    again = QT_TRANSLATE_NOOP("Resilience", "Type it again: ")
    if sys.stdin.isatty() and read_secret_line(again) != first:
        raise CommandError(translate("Resilience", "The two passphrases differ. Nothing was "
                                     "changed."))
    return first


def read_secret_line(prompt: str) -> str:
    """prompt: the English prompt (marked for translation), shown translated."""
    what = prompt.rstrip(": ").lower()  # one of SECRET_NAMES
    shown = translate("Resilience", prompt)
    if sys.stdin.isatty():
        import getpass

        try:
            return getpass.getpass(shown).encode("utf-8").decode("utf-8")
        except (UnicodeDecodeError, UnicodeEncodeError):
            raise CommandError(translate("Resilience", "The {what}: {not_text} {outcome}").format(
                what=translate("Resilience", what), not_text=translate("Resilience", NOT_TEXT),
                outcome=translate("Resilience", "Nothing was changed."))) from None
    line = read_stdin_line(what)
    if not line:
        raise CommandError(translate("Resilience", "{what} expected on stdin.").format(
            what=shown.rstrip(": ")))
    return line.rstrip("\r\n")


def unlock_key_from_stdin(paths: AppPaths, read: Callable[[str], str] = read_secret_line,
                          repair: bool = False) -> bytes:
    from resilience_desktop.core import vault

    lost = _say_if_vault_lost(paths)
    try:
        key = vault.unlock_with_passphrase(paths, read(PASSPHRASE_PROMPT), repair=repair)
    except UserFacingError as error:
        raise CommandError(_plain(error)) from error
    if lost and repair:
        print(translate("Resilience", "vault.json was written again from the key copy in the "
                        "backups."), file=sys.stderr)
    return key


def _say_if_vault_lost(paths: AppPaths) -> bool:
    """Tell the person (stderr) that vault.json is missing or damaged and how it opens."""
    from resilience_desktop.core.key_copies import LOST_MESSAGE, vault_lost

    lost = vault_lost(paths)
    if lost:
        print(f"resilience-desktop: {translate('Resilience', LOST_MESSAGE)}", file=sys.stderr)
    return lost


def register(subparsers: Subparsers, parents: list[argparse.ArgumentParser]) -> None:
    raw = HelpFormatter
    lock = subparsers.add_parser(
        "lock", parents=parents,
        help="encrypt the journal with a passphrase read from stdin; prints the recovery key",
        description="Lock the journal with a passphrase.", epilog=LOCK_EXAMPLES,
        formatter_class=raw)
    lock.set_defaults(func=run_lock)
    unlock = subparsers.add_parser(
        "unlock", parents=parents,
        help="remove the passphrase lock (passphrase read from stdin)",
        description="Remove the passphrase lock: the journal and its backups are decrypted.",
        epilog=UNLOCK_EXAMPLES, formatter_class=raw)
    unlock.set_defaults(func=run_unlock)
    change = subparsers.add_parser(
        "passphrase", parents=parents,
        help="change the passphrase: current passphrase then new one, one per line on stdin",
        description="Change the passphrase of a locked journal.", epilog=PASSPHRASE_EXAMPLES,
        formatter_class=raw)
    change.add_argument("--recovery-key", action="store_true",
                        help="the first line is the recovery key instead of the passphrase")
    change.set_defaults(func=run_passphrase)


def _require_journal(paths: AppPaths) -> None:
    from resilience_desktop.core.session import DataSession

    if not DataSession(paths).has_journal():
        raise CommandError(translate("Resilience", "No journal in {folder}.").format(
            folder=paths.data_dir))


def _in_session(paths: AppPaths, action: Callable[[DataSession, Progress], Result],
                key: bytes | None = None) -> Result:
    """Run action(session, progress) in a writer session (with key: not asked again)."""
    opened = opened_data(paths) if key is None else _keyed(paths, key)
    with opened as session, progress_line() as progress:
        try:
            return action(session, progress)
        except UserFacingError as error:
            raise CommandError(_plain(error)) from error


def _keyed(paths: AppPaths, key: bytes) -> AbstractContextManager[DataSession]:
    from contextlib import contextmanager

    from resilience_desktop.core.session import AlreadyOpenError, DataSession

    @contextmanager
    def opened() -> Iterator[DataSession]:
        session = DataSession(paths)
        try:
            session.open_writer(key=key)
        except AlreadyOpenError as error:
            raise CommandError(translate("Resilience", "{error} Close it and try again.").format(
                error=error)) from error
        except UserFacingError as error:
            raise CommandError(_plain(error)) from error
        try:
            yield session
        finally:
            session.close()

    return opened()


def _key_from(paths: AppPaths, secret: str, recovery: bool = False) -> bytes:
    from resilience_desktop.core import vault

    try:
        return (vault.unlock_with_recovery_key(paths, secret) if recovery
                else vault.unlock_with_passphrase(paths, secret))
    except UserFacingError as error:
        raise CommandError(_plain(error)) from error


def _needs_key(paths: AppPaths) -> bool:
    """The journal is locked (vault.json, or a backup's key copy); a journal that looks
    encrypted with no key anywhere is refused with what can still be done."""
    from resilience_desktop.core.key_copies import (NO_COPY_MESSAGE, key_missing_everywhere,
                                                    needs_key)

    from resilience_desktop.core.transitions import intent_path

    if needs_key(paths):
        return True
    if not intent_path(paths).exists() and key_missing_everywhere(paths):
        raise CommandError(translate("Resilience", NO_COPY_MESSAGE))  # (an intent: explained first)
    return False


def run_lock(args: argparse.Namespace, paths: AppPaths) -> int:

    from resilience_desktop.core.key_copies import needs_key

    _require_journal(paths)
    if needs_key(paths):
        raise CommandError(translate("Resilience", "The journal is already locked."))
    passphrase = read_new_secret(NEW_PASSPHRASE_PROMPT)
    recovery = _in_session(paths, lambda s, progress: s.lock(passphrase, progress))
    print(translate("Resilience", "The journal is locked. Your recovery key (write it down, it "
                    "is shown only once):"))
    print(recovery)
    print(translate("Resilience", LOST_RECOVERY_KEY))
    return 0


def run_unlock(args: argparse.Namespace, paths: AppPaths) -> int:

    _require_journal(paths)
    if not _needs_key(paths):
        raise CommandError(translate("Resilience", "The journal is not locked."))
    _say_if_vault_lost(paths)
    passphrase = read_secret_line(PASSPHRASE_PROMPT)
    key = _key_from(paths, passphrase)
    _in_session(paths, lambda s, progress: s.unlock(passphrase, progress), key=key)
    print(translate("Resilience", "The passphrase lock is off; the journal and its backups are "
                    "no longer encrypted."))
    return 0


def run_passphrase(args: argparse.Namespace, paths: AppPaths) -> int:
    from resilience_desktop.core import vault

    _require_journal(paths)
    if not _needs_key(paths):
        raise CommandError(translate("Resilience", "The journal is not locked; use `lock` to "
                                     "set a passphrase."))
    if _say_if_vault_lost(paths):
        print("resilience-desktop: " + translate("Resilience", "vault.json will be written again "
                                                 "with the new passphrase."), file=sys.stderr)
    current = read_secret_line(QT_TRANSLATE_NOOP("Resilience", "Recovery key: ") if args.recovery_key
                               else QT_TRANSLATE_NOOP("Resilience", "Current passphrase: "))
    new = read_new_secret(NEW_PASSPHRASE_PROMPT)
    try:
        vault.check_passphrase_strength(new)
    except UserFacingError as error:
        raise CommandError(str(error)) from error
    key = _key_from(paths, current, args.recovery_key)
    _in_session(paths, lambda s, _progress: s.change_passphrase(current, new, args.recovery_key),
                key=key)
    print(translate("Resilience", "The passphrase is changed."))
    return 0
