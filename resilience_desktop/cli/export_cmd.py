"""`resilience-desktop export --format json|csv PATH`: the whole data set, plain."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from resilience_desktop.cli.common import CommandError, opened_data
from resilience_desktop.cli.progress_line import progress_line
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from resilience_desktop.cli import HelpFormatter

if TYPE_CHECKING:
    import argparse

    from resilience_desktop.cli import Subparsers
    from resilience_desktop.paths import AppPaths

PLAIN_EXPORT_WARNING = QT_TRANSLATE_NOOP(
    "Resilience", "Warning: this journal is locked, but the export is NOT encrypted; anyone "
    "who can read {path} can read your journal.")

EXAMPLES = """\
The export holds every table (journal, people, exercise, preferences) with each
row's stable id, so importing it back into the same journal changes nothing.
It is plain text even when the journal is locked.

examples:
  resilience-desktop export --format json ~/resilience-2026-12-01.json
  resilience-desktop export --format csv ~/resilience-csv/
  resilience-desktop export --format json --force ~/resilience-latest.json

exit codes: 0 written, 1 refused or failed (nothing was written)."""


def register(subparsers: Subparsers, parents: list[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "export", parents=parents,
        help="export everything: one JSON document (re-importable) or a folder of CSV files",
        description="Export everything in the journal to PATH.", epilog=EXAMPLES,
        formatter_class=HelpFormatter)
    parser.add_argument("--format", required=True, choices=("json", "csv"),
                        help="json: one file that `import --format json` reads back; "
                             "csv: a folder with one spreadsheet file per table (not re-importable)")
    parser.add_argument("path", type=Path, metavar="PATH",
                        help="the JSON file to create, or the folder for the CSV files; "
                             "never inside the data folder")
    parser.add_argument("--force", action="store_true",
                        help="replace PATH if it exists (CSV: write into a folder that holds files)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    from resilience_desktop.core import vault
    from resilience_desktop.services.transfer.document import export_csv_dir, export_json_file
    from resilience_desktop.core.output_path import (OutputRefused, check_output_file,
                                                     check_output_folder)

    dest = args.path.expanduser()
    folder = args.format == "csv"
    try:
        check = check_output_folder if folder else check_output_file
        check(args.path, paths.data_dir, args.force)  # before asking for anything
        with opened_data(paths, write=False):
            if vault.is_locked(paths):
                print(translate("Resilience", PLAIN_EXPORT_WARNING).format(path=dest),
                      file=sys.stderr)
            if folder:
                written = export_csv_dir(dest, paths.data_dir, args.force)
                print(translate("Resilience", "Exported %n tables as CSV to {path}",
                                "Exported %n table as CSV to {path}", len(written))
                      .format(path=dest))
            else:
                with progress_line() as progress:
                    export_json_file(dest, paths.data_dir, args.force, progress=progress)
                print(translate("Resilience", "Exported to {path}").format(path=dest))
    except OutputRefused as error:
        raise CommandError(str(error)) from None
    return 0
