"""`resilience-desktop sync FOLDER`: exchange changes with a sync folder once (issue 18).

The folder is carried between computers by a file-sync tool (Syncthing, Nextcloud,
Dropbox, a USB stick); docs/sync.md explains what is in it. The folder's passphrase is
read from stdin when it is not a terminal (one line; a locked journal's own passphrase
comes first, on its own line), and only when it is needed: to create or join a folder.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from resilience_desktop.cli.common import CommandError, opened_data
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from resilience_desktop.cli import HelpFormatter

if TYPE_CHECKING:
    import argparse

    from resilience_desktop.cli import Subparsers
    from resilience_desktop.paths import AppPaths
    from resilience_desktop.services.sync.engine import SyncReport

EXAMPLES = """\
The first time, `sync` creates the folder (and prints its recovery key once) or joins
it; on a new computer with no journal yet, it creates the journal from the folder.
Later runs need no passphrase: this journal remembers the folder's key.

examples:
  resilience-desktop sync ~/Sync/resilience
  echo "folder passphrase" | resilience-desktop sync ~/Sync/resilience --data-dir ~/new
  resilience-desktop sync ~/Sync/resilience --status

exit codes: 0 done, 1 refused with nothing changed (wrong passphrase, another journal's
folder, no journal and no folder passphrase)."""


def register(subparsers: Subparsers, parents: list[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "sync", parents=parents,
        help="exchange changes with a sync folder (Syncthing, Nextcloud, a USB stick...)",
        description="Send this journal's changes to FOLDER and apply the other computers'.",
        epilog=EXAMPLES, formatter_class=HelpFormatter)
    parser.add_argument("folder", type=Path, metavar="FOLDER",
                        help="the sync folder (created the first time)")
    parser.add_argument("--status", action="store_true",
                        help="list the computers of the folder and when each last synced")
    parser.add_argument("--name", metavar="NAME",
                        help="this computer's name, shown on the others (first sync)")
    parser.set_defaults(func=run)


def summary(report: SyncReport) -> str:
    parts = [
        translate("Resilience", "sent %n changes", "sent %n change", report.sent),
        translate("Resilience", "received {received} from %n computers",
                  "received {received} from %n computer", len(report.computers)).format(
            received=report.received),
        translate("Resilience", "%n entries edited on two computers",
                  "%n entry edited on two computers", report.edited_on_two)]
    if report.notes_edited_on_two:
        # notes of people, groups, contacts, sessions, strengths: the losing text is kept
        parts.append(translate(
            "Resilience", "%n other notes edited on two computers (the other text is kept: "
            "File → Sync… shows it)", "%n other note edited on two computers (the other text "
            "is kept: File → Sync… shows it)", report.notes_edited_on_two))
    return ", ".join(parts)


def warnings(report: SyncReport) -> list[str]:
    lines = [translate("Resilience", "{name} runs a newer Resilience: update Resilience to read "
                       "its changes (they wait in the folder).").format(name=name)
             for name in sorted(report.newer)]
    lines += [translate("Resilience", "The clock of {name} is more than a day ahead; its times "
                        "are not trusted.").format(name=name) for name in sorted(report.clocks_ahead)]
    if report.waiting_files:
        lines.append(translate("Resilience", "%n files in the folder did not arrive whole yet; "
                               "they are read at the next sync.", "%n file in the folder did "
                               "not arrive whole yet; it is read at the next sync.",
                               report.waiting_files))
    lines += [translate("Resilience", "Inbox note not imported: {reason}").format(reason=reason)
              for reason in report.notes_refused]
    if report.caught_up:
        lines.append(translate("Resilience", "This computer was away longer than the folder "
                               "keeps changes: merged by uid (edits made here are kept)."))
    return lines


def folder_secret() -> str:
    from resilience_desktop.cli.vault_cmd import read_secret_line

    return read_secret_line(QT_TRANSLATE_NOOP("Resilience", "Sync folder passphrase: "))


def check_folder(folder: Path, paths: AppPaths) -> Path:
    folder = folder.expanduser().absolute()
    data = paths.data_dir.absolute()
    if folder == data or data in folder.parents or folder in data.parents:
        raise CommandError(translate("Resilience", "The sync folder must not be inside the data "
                                     "folder (or hold it). Nothing was changed."))
    return folder


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    from resilience_desktop.services.sync.folder_key import FolderRefused

    folder = check_folder(args.folder, paths)
    try:
        if args.status:
            return show_status(folder, paths)
        return run_sync(folder, paths, args.name)
    except FolderRefused as error:
        raise CommandError(str(error)) from None


def run_sync(folder: Path, paths: AppPaths, name: str | None) -> int:
    from resilience_desktop.services.sync import engine, folder_key
    from resilience_desktop.services.sync.status import needs_secret

    secret = None
    if not paths.db_path.exists():  # a new computer: check the folder before creating
        secret = folder_secret()
        if folder_key.has_folder(folder):
            folder_key.open_folder(folder, secret)
    with opened_data(paths, write=True, create=secret is not None) as session:
        if secret is None and needs_secret(folder):
            secret = folder_secret()
        report = engine.sync_with_folder(folder, secret, device_name=name)
    if session.created:
        print(translate("Resilience", "Created a new journal in {folder} from the sync folder.")
              .format(folder=paths.data_dir))
    if report.recovery_key:
        print(translate("Resilience", "Created the sync folder {folder}. Its recovery key opens "
                        "it if the passphrase is lost (shown once, write it down):").format(
            folder=folder))
        print(f"  {report.recovery_key}")
    if report.notes_imported:
        print(translate("Resilience", "Imported %n notes from the inbox.",
                        "Imported %n note from the inbox.", report.notes_imported))
    print(summary(report))
    for line in warnings(report):
        print(line, file=sys.stderr)
    return 0


def show_status(folder: Path, paths: AppPaths) -> int:
    from resilience_desktop.services.sync.status import folder_status, needs_secret

    with opened_data(paths, write=False):
        secret = folder_secret() if needs_secret(folder) else None
        computers = folder_status(folder, secret)
    for computer in computers:
        when = (datetime.fromtimestamp(computer.synced_ms / 1000).strftime("%Y-%m-%d %H:%M")
                if computer.synced_ms else translate("Resilience", "never"))
        line = (translate("Resilience", "{name} (this computer): last synced {when}")
                if computer.this else translate("Resilience", "{name}: last synced {when}"))
        print(line.format(name=computer.name, when=when))
    return 0
