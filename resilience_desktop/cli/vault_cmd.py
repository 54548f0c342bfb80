"""`lock`, `unlock` and `passphrase`: the passphrase lock from the command line.

Secrets are read from stdin, one per line, so scripts can pipe them in.
"""

from __future__ import annotations

import sys

from resilience_desktop.cli.common import CommandError
from resilience_desktop.core.errors import UserFacingError


def read_secret_line(prompt: str) -> str:
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass(prompt)
    line = sys.stdin.readline()
    if not line:
        raise CommandError(f"{prompt.rstrip(': ')} expected on stdin.")
    return line.rstrip("\r\n")


def unlock_key_from_stdin(paths, read=read_secret_line) -> bytes:
    from resilience_desktop.core import vault

    try:
        return vault.unlock_with_passphrase(paths, read("Passphrase: "))
    except UserFacingError as error:
        raise CommandError(str(error)) from error


def register(subparsers, parents) -> None:
    lock = subparsers.add_parser(
        "lock", parents=parents,
        help="encrypt the journal with a passphrase read from stdin; prints the recovery key")
    lock.set_defaults(func=run_lock)
    unlock = subparsers.add_parser(
        "unlock", parents=parents,
        help="remove the passphrase lock (passphrase read from stdin)")
    unlock.set_defaults(func=run_unlock)
    change = subparsers.add_parser(
        "passphrase", parents=parents,
        help="change the passphrase: current passphrase then new one, one per line on stdin")
    change.add_argument("--recovery-key", action="store_true",
                        help="the first line is the recovery key instead of the passphrase")
    change.set_defaults(func=run_passphrase)


def _with_lock(paths, action):
    from resilience_desktop.core.db import close_database
    from resilience_desktop.instance_lock import ALREADY_OPEN_MESSAGE, InstanceLock

    paths.ensure()
    lock = InstanceLock(paths.lock_path)
    if not lock.acquire():
        raise CommandError(ALREADY_OPEN_MESSAGE + " Close it and try again.")
    try:
        return action()
    except UserFacingError as error:
        raise CommandError(str(error)) from error
    finally:
        close_database()
        lock.release()


def run_lock(args, paths) -> int:
    from resilience_desktop.core import vault
    from resilience_desktop.core.startup import open_app_database
    from resilience_desktop.services.safety.vault import enable_lock

    if vault.is_locked(paths):
        raise CommandError("The journal is already locked.")
    passphrase = read_secret_line("New passphrase: ")

    def action():
        open_app_database(paths)
        return enable_lock(paths, passphrase)

    recovery = _with_lock(paths, action)
    print("The journal is locked. Your recovery key (write it down, it is shown only once):")
    print(recovery)
    return 0


def run_unlock(args, paths) -> int:
    from resilience_desktop.core import vault
    from resilience_desktop.services.safety.vault import disable_lock

    if not vault.is_locked(paths):
        raise CommandError("The journal is not locked.")
    passphrase = read_secret_line("Passphrase: ")
    _with_lock(paths, lambda: disable_lock(paths, passphrase))
    print("The passphrase lock is off; the journal and its backups are no longer encrypted.")
    return 0


def run_passphrase(args, paths) -> int:
    from resilience_desktop.core import vault
    from resilience_desktop.services.safety.vault import change_passphrase

    if not vault.is_locked(paths):
        raise CommandError("The journal is not locked; use `lock` to set a passphrase.")
    current = read_secret_line("Recovery key: " if args.recovery_key else "Current passphrase: ")
    new = read_secret_line("New passphrase: ")
    _with_lock(paths, lambda: change_passphrase(paths, current, new, args.recovery_key))
    print("The passphrase is changed.")
    return 0
