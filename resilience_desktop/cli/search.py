"""`resilience-desktop search WORDS [--data-dir DIR]`: find journal entries
from a terminal (date, title, snippet; best match first).

Searching only reads: it goes through the reader door of the data session
(read-only, the same health check as the window, no byte changed). A plain journal
is searched on the reader door's DB-API connection (``plain_reader_connection``),
so peewee and the models are never imported (issue 20: measured against jrnl by
benchmarks/search_peer.py); a locked one through the data session.
"""

from __future__ import annotations

import sys

from typing import TYPE_CHECKING, Any

from resilience_desktop.cli.common import CommandError, opened_data
from resilience_desktop.core.errors import UserFacingError
from resilience_desktop.core.integrity import driver_errors
from resilience_desktop.core.i18n import translate
from resilience_desktop.services.journal.search import (count_matches, marked_to_plain,
                                                        match_expression, search_entries)
from resilience_desktop.cli import HelpFormatter

if TYPE_CHECKING:
    import argparse

    from resilience_desktop.cli import Subparsers
    from resilience_desktop.paths import AppPaths
    from resilience_desktop.services.journal.search import SearchHit

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


def register(subparsers: Subparsers, parents: list[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("search", parents=parents,
                                   help="search the journal (titles, text, tags)",
                                   description="Find journal entries: date, title and the "
                                               "matching words in context, best match first.",
                                   epilog=EXAMPLES,
                                   formatter_class=HelpFormatter)
    parser.add_argument("words", nargs="+", metavar="WORDS",
                        help="words to look for; the last one may be the start of a word")
    parser.add_argument("--limit", type=int, default=20, metavar="N",
                        help="show at most N entries (default 20)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    query = " ".join(args.words)
    if match_expression(query) is None:
        raise CommandError(translate("Resilience", "Give at least one word to search for."))
    limit = max(1, args.limit)
    try:
        if _plain_journal(paths):
            from resilience_desktop.core.session.reader import plain_reader_connection

            try:
                with plain_reader_connection(paths) as conn:
                    hits, total = _search(query, limit, conn)
            except UserFacingError as error:
                raise CommandError(str(error)) from error
        else:
            with opened_data(paths, write=False):
                hits, total = _search(query, limit, None)
    except driver_errors() as error:
        raise CommandError(translate("Resilience", "The journal could not be searched ({error}). "
                                     "Run `resilience-desktop check` for details.").format(
            error=error)) from error
    return _print(query, hits, total)


def _plain_journal(paths: AppPaths) -> bool:
    """Not locked: no vault.json, and the journal's header is SQLite's plain one."""
    from resilience_desktop.core.db_file import looks_plain_sqlite
    from resilience_desktop.core.files import VAULT_FILENAME

    return (not (paths.data_dir / VAULT_FILENAME).exists()
            and looks_plain_sqlite(paths.db_path))


def _search(query: str, limit: int, conn: Any) -> tuple[list[SearchHit], int]:
    hits = search_entries(query, limit=limit, conn=conn)  # last word: a prefix
    total = count_matches(query, conn=conn) if len(hits) >= limit else len(hits)
    return hits, total


def _print(query: str, hits: list[SearchHit], total: int) -> int:
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
