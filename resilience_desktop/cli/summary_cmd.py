"""`resilience-desktop summary --from DATE --to DATE PATH`: the summary PDF for a
therapist, without journal entries (the window lets the person tick entries)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from resilience_desktop.cli.common import CommandError, opened_data
from resilience_desktop.core.date_range import cli_day
from resilience_desktop.core.i18n import translate
from resilience_desktop.cli import HelpFormatter

if TYPE_CHECKING:
    import argparse

    from resilience_desktop.cli import Subparsers
    from resilience_desktop.paths import AppPaths


EXAMPLES = """\
The PDF holds mood over time, the self-check questionnaires with their bands,
exercise against the WHO guideline, contact and calm practice counts. It never
holds journal entries (choose those in the window: File → Export summary).
The file is readable only by you.

examples:
  resilience-desktop summary --from 2026-09-01 --to 2026-11-30 ~/summary.pdf
  resilience-desktop summary --from 2026-01-01 --to 2026-12-31 --force ~/summary.pdf

exit codes: 0 written, 1 refused or failed (nothing was written)."""


def register(subparsers: Subparsers, parents: list[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "summary", parents=parents,
        help="write a PDF summary (mood, questionnaires, exercise, contacts, calm) for a "
             "date range; journal entries are never included from here",
        description="Write a PDF summary for a therapist to PATH.", epilog=EXAMPLES,
        formatter_class=HelpFormatter)
    parser.add_argument("--from", dest="start", type=cli_day, required=True, metavar="YYYY-MM-DD")
    parser.add_argument("--to", dest="end", type=cli_day, required=True, metavar="YYYY-MM-DD")
    parser.add_argument("--force", action="store_true", help="overwrite PATH if it exists")
    parser.add_argument("path", type=Path, metavar="PATH", help="the PDF file to write")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    from resilience_desktop.services.insights.summary import check_range, gather

    from resilience_desktop.core.output_path import OutputRefused, check_output_file

    try:
        check_range(args.start, args.end)
    except ValueError as error:
        raise CommandError(str(error)) from error
    try:
        check_output_file(args.path, paths.data_dir, args.force)  # before opening anything
        with opened_data(paths, write=False):
            data = gather(args.start, args.end)
            from resilience_desktop.charts.summary_pdf import write_summary_pdf

            write_summary_pdf(data, args.path, paths.data_dir, force=args.force)
    except OutputRefused as error:
        raise CommandError(str(error)) from None
    print(translate("Resilience", "Summary for {start} to {end} written to {path}").format(
        start=args.start, end=args.end, path=args.path))
    return 0
