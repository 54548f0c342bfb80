"""`resilience-desktop import --format F FILE`: every importer behind one verb.

Each format names a function ``fn(path: Path) -> ImportReport`` that parses
and validates in memory, writes in one transaction, and raises ImportFailed
(naming the line or field) with nothing saved.
"""

from __future__ import annotations

from importlib import import_module
from pathlib import Path

from resilience_desktop.cli.common import CommandError, opened_data
from resilience_desktop.services.transfer.report import ImportFailed

IMPORT_FORMATS: dict[str, str] = {
    "strava-csv": "resilience_desktop.services.exercise.importing:import_strava_csv",
    "exercise-csv": "resilience_desktop.services.exercise.importing:import_exercise_csv",
    "vcard": "resilience_desktop.services.people.importing:import_vcard_file",
    "json": "resilience_desktop.services.transfer.document:import_json_file",
    "daylio": "resilience_desktop.services.transfer.daylio:import_daylio_file",
    "jrnl": "resilience_desktop.services.transfer.jrnl:import_jrnl_file",
}


def register(subparsers, parents) -> None:
    parser = subparsers.add_parser("import", parents=parents, help="import a file")
    parser.add_argument("--format", required=True, choices=sorted(IMPORT_FORMATS))
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument("--exercise-sessions", action="store_true",
                        help="daylio only: exercise-like activities (walk, yoga, gym...) also "
                             "become exercise sessions of 30 minutes (Daylio has no durations)")
    parser.set_defaults(func=run)


def importer_for(fmt: str):
    module_name, function_name = IMPORT_FORMATS[fmt].split(":")
    return getattr(import_module(module_name), function_name)


def run(args, paths) -> int:
    if not args.file.is_file():
        raise CommandError(f"{args.file}: no such file.")
    importer = importer_for(args.format)
    options = {}
    if getattr(args, "exercise_sessions", False):
        if args.format != "daylio":
            raise CommandError("--exercise-sessions only applies to --format daylio.")
        options["exercise_sessions"] = True
    with opened_data(paths):
        try:
            report = importer(args.file, **options)
        except ImportFailed as error:
            raise CommandError(f"{args.file}: {error} Nothing was imported.") from error
    print(report.summary())
    return 0
