"""`resilience-desktop demo --years N --data-dir DIR`: a deterministic demo data set.

Atomic: the data set is built in a hidden temporary folder next to DIR and
renamed into place only when complete, so a kill leaves no half data set
(and a rerun clears the leftover temporary folder and works).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from resilience_desktop.cli.common import CommandError
from resilience_desktop.cli.progress_line import progress_line
from resilience_desktop.core import clock, date_range
from resilience_desktop.core.date_range import cli_day
from resilience_desktop.core.files import fsync_dir, make_private_dir
from resilience_desktop.paths import DB_FILENAME, AppPaths
from resilience_desktop.services.demo import DEFAULT_SEED, generate_demo
from resilience_desktop.core.i18n import format_trimmed, translate
from resilience_desktop.cli import HelpFormatter

if TYPE_CHECKING:
    import argparse

    from resilience_desktop.cli import Subparsers

EXAMPLES = """\
Demo data is invented: journal entries, moods, people and contacts, exercise,
self-checks. It only goes into an empty data folder, never over a journal.

examples:
  resilience-desktop demo --data-dir /tmp/demo
  resilience-desktop demo --years 10 --data-dir /tmp/demo10 --end-date 2026-11-30
  resilience-desktop --data-dir /tmp/demo          (then open the window on it)

Dates stay in the years 1900–2200 (--end-date and the first day of data).

exit codes: 0 written, 1 refused (the folder already holds a journal, or --years
is out of range), 2 a malformed option."""


def register(subparsers: Subparsers, parents: list[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "demo", parents=parents,
        help="fill an empty data dir with realistic demo data (same seed, same data)",
        description="Fill an empty data folder with realistic demo data.", epilog=EXAMPLES,
        formatter_class=HelpFormatter)
    parser.add_argument("--years", type=float, default=2.0,
                        help="years of data: more than 0 (fractions allowed), at most 200, "
                             "starting in 1900 or later (default 2; 100 years takes a while)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED,
                        help="random seed: the same seed, years and end date give the same "
                             f"data (default {DEFAULT_SEED})")
    parser.add_argument("--end-date", type=cli_day, default=None,
                        metavar="YYYY-MM-DD", help="last day of data (default: today)")
    parser.set_defaults(func=run)


def _holds_a_journal(directory: Path) -> bool:
    from resilience_desktop.core.files import INTENT_FILENAME

    return (directory / DB_FILENAME).exists() or (directory / INTENT_FILENAME).exists()


def _build(workdir: Path, args: argparse.Namespace) -> None:
    from resilience_desktop.core.session import DataSession

    session = DataSession(AppPaths(data_dir=workdir, log_dir=workdir / "logs"))
    session.open_writer(create=True)
    try:
        with progress_line() as progress:
            generate_demo(args.years, seed=args.seed, end=args.end_date, progress=progress)
    finally:
        session.close()
    (workdir / "resilience.lock").unlink(missing_ok=True)


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    if not 0 < args.years <= 200:  # also refuses nan
        raise CommandError(translate("Resilience", "--years must be more than 0 and at most 200 "
                                     "(for example 0.5 or 10); {years} was given.").format(
            years=f"{args.years:g}"))
    end = args.end_date or clock.today()
    if end - timedelta(days=round(365.25 * args.years)) < date_range.EARLIEST:
        raise CommandError(translate("Resilience", "{years} years up to {end} would start before "
                                     "{first_year}: choose fewer years or a later --end-date.")
                           .format(years=format_trimmed(args.years, 3), end=end,
                                   first_year=date_range.FIRST_YEAR))
    target = paths.data_dir
    if _holds_a_journal(target):
        raise CommandError(translate(
            "Resilience", "{folder} already holds a journal; demo data only goes into an empty "
            "data directory (use --data-dir with a new folder).").format(folder=target))
    parent = make_private_dir(target.parent) if not target.parent.exists() else target.parent
    prefix = f".{target.name}.demo-"
    for leftover in parent.glob(prefix + "*"):
        shutil.rmtree(leftover, ignore_errors=True)  # a run that was killed
    workdir = Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
    try:
        _build(workdir, args)
        if target.exists():  # an existing empty folder (or one with only logs)
            os.replace(workdir / DB_FILENAME, target / DB_FILENAME)
            make_private_dir(target / "backups")
        else:
            # Windows renames a folder only when no file in it is open: the
            # session (database and lock file) was closed by _build.
            os.rename(workdir, target)
        fsync_dir(parent)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print(translate("Resilience", "Demo data for {years} years written to {folder}").format(
        years=format_trimmed(args.years, 3), folder=target))
    return 0
