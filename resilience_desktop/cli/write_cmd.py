"""`resilience-desktop write [--date YYYY-MM-DD] [TEXT...]`: add an entry from a terminal.

As jrnl does: the text comes from the arguments, or from stdin when there are none (on
a terminal: type, then Ctrl-D); its first sentence, or first line when that ends
sooner, becomes the title. A locked journal's passphrase is the first line of stdin
when stdin is not a terminal, before the text.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import TYPE_CHECKING

from resilience_desktop.core import clock
from resilience_desktop.cli.common import CommandError, opened_data
from resilience_desktop.core.errors import ValidationError
from resilience_desktop.core.i18n import translate
from resilience_desktop.cli import HelpFormatter

if TYPE_CHECKING:
    from resilience_desktop.cli import Subparsers
    from resilience_desktop.paths import AppPaths

EXAMPLES = """\
examples:
  resilience-desktop write Walked to the lake. The ice is gone.
  resilience-desktop write --date 2026-03-01 "Slept badly. Better after lunch."
  echo "A quiet evening." | resilience-desktop write
  printf '%s\\n%s\\n' "$PASSPHRASE" "Text for a locked journal." | resilience-desktop write

exit codes: 0 written, 1 refused (nothing was written)."""


def day_argument(text: str) -> date:
    """argparse type for YYYY-MM-DD."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date written YYYY-MM-DD") from None


def register(subparsers: Subparsers, parents: list[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "write", parents=parents, help="add a journal entry from the terminal",
        description="Add a journal entry. The first sentence or line becomes the title.",
        epilog=EXAMPLES, formatter_class=HelpFormatter)
    parser.add_argument("--date", type=day_argument, metavar="YYYY-MM-DD",
                        help="the entry's day (default today)")
    parser.add_argument("text", nargs="*", metavar="TEXT",
                        help="the entry's text (default: read from stdin)")
    parser.set_defaults(func=run)


def read_text(words: list[str]) -> str:
    if words:
        return " ".join(words)
    if sys.stdin.isatty():
        print(translate("Resilience", "Write your entry, then press Ctrl-D on a new line "
                        "(Ctrl-Z then Enter on Windows)."), file=sys.stderr)
    return sys.stdin.read()


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    from resilience_desktop.services.journal import entries, lookup
    from resilience_desktop.services.journal.plain_text import split_title

    with opened_data(paths, write=True):
        title, body = split_title(read_text(args.text))
        if not title and not body:
            raise CommandError(translate("Resilience", "The entry is empty: nothing was written."))
        entry = entries.EntryInput(entry_date=args.date or clock.today(), title=title,
                                   body=body)
        try:
            entry_id = entries.save_entry(entry)
        except ValidationError as error:
            raise CommandError(translate("Resilience", "{error} Nothing was written.").format(
                error=error)) from error
        uid = lookup.uid_of(entry_id)
    print(translate("Resilience", "Entry written for {day}: {title} [{uid}]").format(
        day=entry.entry_date.isoformat(), title=title or translate("Resilience", "(untitled)"),
        uid=uid))
    return 0
