"""`resilience-desktop search WORDS [--data-dir DIR]`: find journal entries
from a terminal (date, title, snippet; best match first).

Searching only reads: it goes through the reader door of the data session
(read-only, the same health check as the window, no byte changed).
"""

from __future__ import annotations

import argparse
import sys

from resilience_desktop.cli.common import CommandError, opened_data
from resilience_desktop.core.integrity import driver_errors
from resilience_desktop.core.i18n import translate
from resilience_desktop.services.journal.search import (count_matches, marked_to_plain,
                                                        match_expression, search_entries)

BOLD, RESET = "\x1b[1m", "\x1b[0m"
EXAMPLES = """\
Every word must appear (in the title, text or tags); the last word also
matches longer words, as in the window: `wal` finds walk and walking.
Entries in the Trash are not searched.

examples:
  resilience-desktop search wal
  resilience-desktop search "hard day" --limit 50
  resilience-desktop search sleep | head

exit codes: 0 found, 1 nothing matched or the journal cannot be read."""


def register(subparsers, parents) -> None:
    parser = subparsers.add_parser("search", parents=parents,
                                   help="search the journal (titles, text, tags)",
                                   description="Find journal entries: date, title and the "
                                               "matching words in context, best match first.",
                                   epilog=EXAMPLES,
                                   formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("words", nargs="+", metavar="WORDS",
                        help="words to look for; the last one may be the start of a word")
    parser.add_argument("--limit", type=int, default=20, metavar="N",
                        help="show at most N entries (default 20)")
    parser.set_defaults(func=run)


def run(args, paths) -> int:
    query = " ".join(args.words)
    if match_expression(query) is None:
        raise CommandError(translate("Resilience", "Give at least one word to search for."))
    try:
        with opened_data(paths, write=False):
            hits = search_entries(query, limit=max(1, args.limit))  # last word: a prefix
            total = count_matches(query) if len(hits) >= max(1, args.limit) else len(hits)
    except driver_errors() as error:
        raise CommandError(translate("Resilience", "The journal could not be searched ({error}). "
                                     "Run `resilience-desktop check` for details.").format(
            error=error)) from error
    if not hits:
        print(translate("Resilience", "No entries match {query}.").format(query=repr(query)))
        return 1
    start, end = (BOLD, RESET) if sys.stdout.isatty() else ("", "")
    for hit in hits:
        title = marked_to_plain(hit.title, start, end) or translate("Resilience", "(untitled)")
        print(f"{hit.entry_date.isoformat()}  {title}")
        print(f"    {marked_to_plain(hit.snippet, start, end)}")
    if total > len(hits):
        print(translate("Resilience", "showing {shown} of {total} — use --limit {total} to see "
                        "them all").format(shown=len(hits), total=total), file=sys.stderr)
    return 0
