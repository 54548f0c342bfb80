"""`resilience-desktop export --format json|csv PATH`: the whole data set, plain."""

from __future__ import annotations

import sys
from pathlib import Path

from resilience_desktop.cli.common import opened_data

PLAIN_EXPORT_WARNING = ("Warning: this journal is locked, but the export is NOT encrypted; "
                        "anyone who can read {path} can read your journal.")


def register(subparsers, parents) -> None:
    parser = subparsers.add_parser(
        "export", parents=parents,
        help="export everything: one JSON document (re-importable) or a folder of CSV files")
    parser.add_argument("--format", required=True, choices=("json", "csv"))
    parser.add_argument("path", type=Path, metavar="PATH",
                        help="the JSON file, or the folder for the CSV files")
    parser.set_defaults(func=run)


def run(args, paths) -> int:
    from resilience_desktop.core.db import is_encrypted
    from resilience_desktop.services.transfer.document import export_csv_dir, export_json_file

    dest = args.path.expanduser()
    with opened_data(paths, write=False):
        if is_encrypted():
            print(PLAIN_EXPORT_WARNING.format(path=dest), file=sys.stderr)
        if args.format == "json":
            export_json_file(dest)
            print(f"Exported to {dest}")
        else:
            written = export_csv_dir(dest)
            print(f"Exported {len(written)} tables as CSV to {dest}")
    return 0
