"""`resilience-desktop edit (--on YYYY-MM-DD | UID)`: change an entry in $VISUAL / $EDITOR.

The editor gets the title on the first line, a blank line, then the text (a private
file, see cli/edit_file.py). When the editor exits 0 and the text changed, the entry is
saved and its previous text kept as a revision (the Journal's History). Several entries
on that day: on a terminal the list is shown and a uid asked; otherwise the list is
printed and the exit code is 2. A locked journal's passphrase is the first line of
stdin when stdin is not a terminal.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from resilience_desktop.cli.common import CommandError, opened_data
from resilience_desktop.cli.write_cmd import day_argument
from resilience_desktop.core.errors import ValidationError
from resilience_desktop.core.i18n import translate
from resilience_desktop.cli import HelpFormatter

if TYPE_CHECKING:
    import argparse

    from resilience_desktop.cli import Subparsers
    from resilience_desktop.paths import AppPaths
    from resilience_desktop.services.journal.lookup import EntryRef

EXAMPLES = """\
examples:
  resilience-desktop edit --on 2026-03-01
  resilience-desktop edit 3f2a9c            (the uid, or at least its first 6 digits)
  VISUAL="code --wait" resilience-desktop edit --on 2026-03-01

The uid of each entry of a day is listed when there are several.

exit codes: 0 saved or unchanged, 1 refused (nothing was changed),
2 several entries on that day and no terminal to ask which (the list is printed)."""


def register(subparsers: Subparsers, parents: list[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "edit", parents=parents, help="change a journal entry in your text editor",
        description="Open an entry in $VISUAL or $EDITOR and save it if it changed "
                    "(the old text stays in the entry's history).",
        epilog=EXAMPLES, formatter_class=HelpFormatter)
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--on", type=day_argument, metavar="YYYY-MM-DD",
                       help="the entry of that day")
    which.add_argument("uid", nargs="?", metavar="UID", help="the entry's uid")
    parser.set_defaults(func=run)


def describe(refs: list[EntryRef]) -> str:
    untitled = translate("Resilience", "(untitled)")
    return "\n".join(f"{ref.uid}  {ref.created_at:%H:%M}  {ref.title or untitled}"
                     for ref in refs)


class SeveralEntries(Exception):
    def __init__(self, listing: str) -> None:
        self.listing = listing


def choose(args: argparse.Namespace) -> EntryRef:
    from resilience_desktop.services.journal import lookup

    if args.uid:
        return lookup.entry_by_uid(args.uid)
    refs = lookup.entries_on(args.on)
    if not refs:
        raise CommandError(translate("Resilience", "No entry on {day}. Nothing was changed.")
                           .format(day=args.on.isoformat()))
    if len(refs) == 1:
        return refs[0]
    if not sys.stdin.isatty():
        raise SeveralEntries(describe(refs))
    print(translate("Resilience", "{count} entries on {day}:").format(
        count=len(refs), day=args.on.isoformat()))
    print(describe(refs))
    answer = input(translate("Resilience", "Which one? uid (or its first digits): "))
    chosen = lookup.entry_by_uid(answer)
    if chosen.id not in {ref.id for ref in refs}:
        raise CommandError(translate("Resilience", "That entry is not from {day}. Nothing was "
                                     "changed.").format(day=args.on.isoformat()))
    return chosen


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    from resilience_desktop.cli.edit_file import edit_text
    from resilience_desktop.services.journal import entries
    from resilience_desktop.services.journal.plain_text import editor_text, from_editor_text

    with opened_data(paths, write=True):
        try:
            ref = choose(args)
        except SeveralEntries as several:
            print(several.listing)
            print("resilience-desktop: " + translate(
                "Resilience", "several entries on {day}; give the uid of one: "
                "resilience-desktop edit UID").format(day=args.on.isoformat()), file=sys.stderr)
            return 2
        except (ValidationError, EOFError) as error:
            raise CommandError(str(error) or translate(
                "Resilience", "No uid given. Nothing was changed.")) from None
        entry = entries.get_entry(ref.id)
        edited = edit_text(editor_text(entry.title, entry.body))
        title, body = from_editor_text(edited)
        if (title, body) == (entry.title.strip(), entry.body.strip()):
            print(translate("Resilience", "No change: nothing was saved."))
            return 0
        entry.title, entry.body = title, body
        try:
            entries.save_entry(entry, entry.id)
        except ValidationError as error:
            raise CommandError(translate("Resilience", "{error} Nothing was changed.").format(
                error=error)) from error
    print(translate("Resilience", "Saved {day}: {title} (the previous text is in its history).")
          .format(day=entry.entry_date.isoformat(),
                  title=title or translate("Resilience", "(untitled)")))
    return 0
