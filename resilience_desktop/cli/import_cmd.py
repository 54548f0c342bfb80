"""`resilience-desktop import --format F FILE`: every importer behind one verb.

Each format names a function ``fn(path: Path) -> ImportReport`` that parses
and validates in memory, writes in one transaction, and raises ImportFailed
(naming the line or field) with nothing saved. Importers that take a
``progress`` callback get the terminal's progress line.
"""

from __future__ import annotations

import inspect
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from resilience_desktop.cli.common import CommandError, opened_data
from resilience_desktop.cli.progress_line import progress_line
from resilience_desktop.services.reading.report import ImportFailed
from resilience_desktop.core.i18n import translate
from resilience_desktop.cli import HelpFormatter

if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable
    from typing import TypeAlias

    from resilience_desktop.cli import Subparsers
    from resilience_desktop.paths import AppPaths
    from resilience_desktop.services.reading.report import ImportReport

    # fn(path, **options): looked up by name in IMPORT_FORMATS
    Importer: TypeAlias = Callable[..., ImportReport]

IMPORT_FORMATS: dict[str, str] = {
    "strava-csv": "resilience_desktop.services.exercise.importing:import_strava_csv",
    "exercise-csv": "resilience_desktop.services.exercise.importing:import_exercise_csv",
    "vcard": "resilience_desktop.services.people.importing:import_vcard_file",
    "json": "resilience_desktop.services.transfer.document:import_json_file",
    "daylio": "resilience_desktop.services.transfer.daylio:import_daylio_file",
    "jrnl": "resilience_desktop.services.transfer.jrnl:import_jrnl_file",
    "dayone": "resilience_desktop.services.transfer.dayone:import_dayone_file",
    "apple-health": "resilience_desktop.services.transfer.apple_health:import_apple_health_file",
    "google-fit": "resilience_desktop.services.transfer.google_fit:import_google_fit_file",
    "bearable": "resilience_desktop.services.transfer.bearable:import_bearable_file",
    "journey": "resilience_desktop.services.transfer.journey:import_journey_file",
}
# formats whose FILE may be a folder (Google Takeout's Fit folder)
FOLDER_FORMATS = ("google-fit",)

EXAMPLES = """\
formats:
  json          a Resilience export (`export --format json`); rows already in
                this journal (same stable id) are skipped, so importing the
                same file twice changes nothing
  daylio        Daylio's CSV backup export (moods, activities as tags, notes)
  jrnl          jrnl's JSON export (`jrnl --export json`); entries dated ahead
                are kept and counted
  vcard         contacts (.vcf) as people; names already known are skipped
  strava-csv    Strava's activities.csv as exercise sessions
  exercise-csv  date,activity,minutes[,notes] rows as exercise sessions
  dayone        Day One's JSON export (.zip, one .json per journal): entries
                dated in their own time zone, journal names and tags as tags
  apple-health  Apple Health's export.zip or export.xml (read as a stream):
                workouts as exercise sessions, mindful minutes as calm practices
  google-fit    Google Takeout's Fit folder or zip: .tcx activities as exercise
                sessions; daily metrics checked, Heart Minutes reported
  bearable      Bearable's CSV export: mood/energy as check-ins, notes as
                entries, exercise with a duration as sessions
  journey       Journey's export (.zip of one JSON per entry)

Photos, locations, weather, steps, heart rate and the like have no place in
this app: they are counted and listed in the report, never dropped silently.
Importing the same export again adds nothing (rows carry ids derived from the
source's own). Fields and mapping: docs/import-formats.md.

The whole file is checked first; if any line is wrong, the message names it
and nothing is imported. Files must be UTF-8 (a BOM is fine).

examples:
  resilience-desktop import --format json ~/resilience-2026-12-01.json
  resilience-desktop import --format daylio ~/Downloads/daylio_export.csv --exercise-sessions
  resilience-desktop import --format vcard ~/contacts.vcf
  resilience-desktop import --format dayone ~/Downloads/DayOne-export.zip
  resilience-desktop import --format apple-health ~/Downloads/export.zip

exit codes: 0 imported, 1 refused (nothing was imported)."""


def register(subparsers: Subparsers, parents: list[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "import", parents=parents, help="import a file (Resilience, Daylio, jrnl, Day One, Apple Health, Google Fit, "
             "Bearable, Journey, vCard, Strava, CSV)",
        description="Import FILE into the journal, all or nothing.", epilog=EXAMPLES,
        formatter_class=HelpFormatter)
    parser.add_argument("--format", required=True, choices=sorted(IMPORT_FORMATS),
                        help="what kind of file FILE is (see formats below)")
    parser.add_argument("file", type=Path, metavar="FILE", help="the file to import")
    parser.add_argument("--exercise-sessions", action="store_true",
                        help="daylio only: exercise-like activities (walk, yoga, gym...) also "
                             "become exercise sessions of 30 minutes (Daylio has no durations)")
    parser.set_defaults(func=run)


def importer_for(fmt: str) -> Importer:
    module_name, function_name = IMPORT_FORMATS[fmt].split(":")
    importer: Importer = getattr(import_module(module_name), function_name)
    return importer


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    if args.file.is_dir() and args.format not in FOLDER_FORMATS:
        raise CommandError(translate("Resilience", "{path} is a folder; give the path of the "
                                     "file to import.").format(path=args.file))
    if not args.file.is_file() and not args.file.is_dir():
        raise CommandError(translate("Resilience", "{path}: no such file.").format(path=args.file))
    importer = importer_for(args.format)
    options: dict[str, object] = {}
    if getattr(args, "exercise_sessions", False):
        if args.format != "daylio":
            raise CommandError(translate("Resilience", "--exercise-sessions only applies to "
                                         "--format daylio."))
        options["exercise_sessions"] = True
    from resilience_desktop.core.session import DataSession

    if DataSession(paths).has_journal():
        with opened_data(paths):
            report = _run_importer(args.file, importer, options)
    else:
        report = _import_into_new_journal(paths, args.file, importer, options)
    print(report.summary())
    return 0


def _run_importer(file: Path, importer: Importer, options: dict[str, object]) -> ImportReport:
    """The import in the open session; CommandError (nothing imported) when refused."""
    with progress_line() as progress:
        if "progress" in inspect.signature(importer).parameters:
            options = {**options, "progress": progress}
        try:
            return importer(file, **options)
        except ImportFailed as error:
            progress.clear()
            raise CommandError(translate("Resilience", "{path}: {error} Nothing was imported.")
                               .format(path=file, error=error)) from error


def _import_into_new_journal(paths: AppPaths, file: Path, importer: Importer,
                             options: dict[str, object]) -> ImportReport:
    """No journal here yet: one is built aside and put in place only if rows were added,
    so a refused or empty import creates nothing (cli/new_journal.py)."""
    from resilience_desktop.cli.new_journal import JournalAppeared, build_journal_aside

    result: dict[str, ImportReport] = {}

    def fill() -> bool:
        result["report"] = _run_importer(file, importer, options)
        return result["report"].added > 0

    try:
        created = build_journal_aside(paths.data_dir, fill)
    except JournalAppeared as error:
        raise CommandError(str(error)) from error
    if created:
        print(translate("Resilience", "Created a new journal in {folder}.").format(
            folder=paths.data_dir))
    else:
        print(translate("Resilience", "Nothing new to import, so no journal was created in "
                        "{folder}.").format(folder=paths.data_dir))
    return result["report"]
