"""`resilience-desktop backup [--list]` and `resilience-desktop restore NAME|FILE`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from resilience_desktop.cli.common import CommandError, opened_data
from resilience_desktop.cli.progress_line import progress_line
from resilience_desktop.core.errors import UserFacingError
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from resilience_desktop.cli import HelpFormatter

if TYPE_CHECKING:
    import argparse

    from resilience_desktop.cli import Subparsers
    from resilience_desktop.paths import AppPaths


BACKUP_EXAMPLES = """\
Backups are verified copies kept in the data folder's backups/ (7 daily,
4 weekly and 12 monthly are kept; one is made automatically each day).

examples:
  resilience-desktop backup            write one now
  resilience-desktop backup --list     name, date and size of every backup
  resilience-desktop restore manual-20261201-093000.sqlite3

exit codes: 0 done, 1 failed (the journal is unchanged)."""

RESTORE_EXAMPLES = """\
The backup is checked first (a Resilience journal, whole, not from a newer
version, readable with this journal's key). The journal as it is now is
backed up first (or, if it is damaged, moved aside untouched), so a restore
can be undone by restoring that copy. A locked journal asks for its passphrase;
a plain backup restored into it is encrypted. Into a folder that holds no
journal yet (--data-dir NEW, say on another computer) the backup becomes the
journal: an encrypted backup carries its own copy of the key, opened by the
passphrase it was made with or the recovery key (read from stdin).

examples:
  resilience-desktop backup --list
  resilience-desktop restore auto-20261130-080000.sqlite3
  resilience-desktop restore ~/Backups/resilience-copy.sqlite3
  resilience-desktop restore copy.sqlite3 --data-dir ~/new-journal

exit codes: 0 restored, 1 refused (the journal is unchanged)."""


def register(subparsers: Subparsers, parents: list[argparse.ArgumentParser]) -> None:
    backup = subparsers.add_parser("backup", parents=parents,
                                   help="write a verified backup now, or --list the backups",
                                   description="Write a verified backup of the journal now.",
                                   epilog=BACKUP_EXAMPLES,
                                   formatter_class=HelpFormatter)
    backup.add_argument("--list", action="store_true",
                        help="list the backups (name, date, size), newest first; writes nothing")
    backup.set_defaults(func=run_backup)
    restore = subparsers.add_parser(
        "restore", parents=parents,
        help="replace the journal with a backup (the current one is backed up first)",
        description="Replace the journal with a backup.", epilog=RESTORE_EXAMPLES,
        formatter_class=HelpFormatter)
    restore.add_argument("file", metavar="NAME|FILE",
                         help="a backup's name as `backup --list` shows it, or the path of "
                              "a backup file anywhere")
    restore.set_defaults(func=run_restore)


def _size(size: float) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:,} {unit}" if unit == "bytes" else f"{size:,.1f} {unit}"
        size /= 1024
    return ""


def list_backup_lines(paths: AppPaths) -> list[str]:
    from resilience_desktop.core.backup import list_backups

    backups = list_backups(paths.backups_dir)
    width = max((len(b.path.name) for b in backups), default=0)
    return [f"{b.path.name:<{width}}  {b.created:%Y-%m-%d %H:%M}  {_size(b.size):>10}"
            for b in backups]


def run_list(paths: AppPaths) -> int:
    lines = list_backup_lines(paths)
    if not lines:
        print(translate("Resilience", "No backups in {folder} yet.").format(
            folder=paths.backups_dir))
        return 0
    print(translate("Resilience", "Backups in {folder}, newest first:").format(
        folder=paths.backups_dir))
    for line in lines:
        print(line)
    return 0


def backup_source(paths: AppPaths, given: str) -> Path:
    """A backup's name (as listed) or a file path, as a resolved path."""
    candidate = Path(given).expanduser()
    named = paths.backups_dir / given
    if "/" not in given and named.is_file():
        return named.resolve()
    if candidate.is_file():
        return candidate.resolve()
    raise CommandError(translate("Resilience", "{given}: no such file, nor a backup of that "
                                 "name. `resilience-desktop backup --list` shows the backups "
                                 "by name.").format(given=given))


def run_backup(args: argparse.Namespace, paths: AppPaths) -> int:
    if args.list:
        return run_list(paths)
    with opened_data(paths) as session, progress_line() as progress:
        try:
            dest = session.backup("manual", progress)
        except UserFacingError as error:
            raise CommandError(str(error)) from error
    print(translate("Resilience", "Backup written: {path}").format(path=dest))
    return 0


def run_restore(args: argparse.Namespace, paths: AppPaths) -> int:
    """Restore over a healthy journal (kept as a before-restore backup) or a damaged
    one (moved aside into damaged-*/ byte for byte); a locked journal reads its
    passphrase from stdin. The candidate is checked before anything changes."""
    from resilience_desktop.cli.common import key_from_stdin
    from resilience_desktop.core.session import AlreadyOpenError, DataSession

    from resilience_desktop.core.session import NoJournalError

    source = backup_source(paths, args.file)
    session = DataSession(paths, key_provider=key_from_stdin)
    try:
        try:
            session.open_writer(allow_damaged=True)
        except NoJournalError:
            session.close()
            return run_restore_into_empty(paths, source)
        with progress_line() as progress:
            previous = session.restore(source, progress)
    except AlreadyOpenError as error:
        raise CommandError(translate("Resilience", "{error} Close it and try again.").format(
            error=error)) from error
    except UserFacingError as error:
        raise CommandError(str(error)) from error
    finally:
        session.close()
    print(translate("Resilience", "Restored {source}.\nThe journal as it was before is kept in "
                    "{previous}").format(source=source, previous=previous))
    return 0


def run_restore_into_empty(paths: AppPaths, source: Path) -> int:
    """A folder with no journal: the backup becomes its journal. An encrypted backup
    opens with its own key copy and the passphrase or recovery key read from stdin."""
    from resilience_desktop.cli.vault_cmd import read_secret_line
    from resilience_desktop.core import fresh_restore
    from resilience_desktop.core.files import make_private_dir
    from resilience_desktop.instance_lock import ALREADY_OPEN_MESSAGE, InstanceLock

    try:
        record = fresh_restore.key_record_for(paths, source)
        key, secret, role = None, "", "passphrase"
        if record is not None:
            secret = read_secret_line(QT_TRANSLATE_NOOP("Resilience",
                                                        "Passphrase (or recovery key): "))
            key, role = fresh_restore.unwrap_for_restore(record, secret)
        make_private_dir(paths.data_dir)
        lock = InstanceLock(paths.lock_path)
        if not lock.acquire():
            raise CommandError(translate("Resilience", "{error} Close it and try again.").format(
                error=translate("Resilience", ALREADY_OPEN_MESSAGE)))
        try:
            _refuse_if_journal_appeared(paths)
            with progress_line() as progress:
                fresh_restore.restore_into_empty(paths, source, record, key, secret, role,
                                                 progress)
        finally:
            lock.release()
    except UserFacingError as error:
        nothing = translate("Resilience", "Nothing was changed.")
        raise CommandError(str(error).replace(" " + nothing, "") + " " + nothing) from error
    print(translate("Resilience", "Restored {source} into {folder} (a new journal there).")
          .format(source=source, folder=paths.data_dir)
          + (" " + translate("Resilience", "It is locked: open it with the same passphrase or "
                             "recovery key.") if key else ""))
    return 0


def _refuse_if_journal_appeared(paths: AppPaths) -> None:
    from resilience_desktop.core.transitions import finish_or_roll_back

    finish_or_roll_back(paths)  # a restore here cut short by a kill: undone first
    if paths.db_path.exists():
        raise CommandError(translate("Resilience", "{folder} holds a journal now. Nothing was "
                                     "changed.").format(folder=paths.data_dir))
