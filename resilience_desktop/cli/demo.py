"""`resilience-desktop demo --years N --data-dir DIR`: a deterministic demo data set."""

from __future__ import annotations

import argparse
from datetime import date

from resilience_desktop.cli.common import CommandError, opened_data
from resilience_desktop.cli.progress_line import progress_line
from resilience_desktop.services.demo import DEFAULT_SEED, generate_demo

EXAMPLES = """\
Demo data is invented: journal entries, moods, people and contacts, exercise,
self-checks. It only goes into an empty data folder, never over a journal.

examples:
  resilience-desktop demo --data-dir /tmp/demo
  resilience-desktop demo --years 10 --data-dir /tmp/demo10 --end-date 2026-11-30
  resilience-desktop --data-dir /tmp/demo          (then open the window on it)

exit codes: 0 written, 1 refused (the folder already holds a journal)."""


def register(subparsers, parents) -> None:
    parser = subparsers.add_parser(
        "demo", parents=parents,
        help="fill an empty data dir with realistic demo data (same seed, same data)",
        description="Fill an empty data folder with realistic demo data.", epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--years", type=float, default=2.0,
                        help="years of data, up to 200 (default 2; 100 years takes a while)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED,
                        help="random seed: the same seed, years and end date give the same "
                             f"data (default {DEFAULT_SEED})")
    parser.add_argument("--end-date", type=date.fromisoformat, default=None,
                        metavar="YYYY-MM-DD", help="last day of data (default: today)")
    parser.set_defaults(func=run)


def run(args, paths) -> int:
    if not 0 < args.years <= 200:
        raise CommandError("--years must be between 0 and 200.")
    if paths.db_path.exists() and paths.db_path.stat().st_size > 0:
        raise CommandError(
            f"{paths.data_dir} already holds a journal; demo data only goes into an "
            "empty data directory (use --data-dir with a new folder).")
    with opened_data(paths), progress_line() as progress:
        generate_demo(args.years, seed=args.seed, end=args.end_date, progress=progress)
    print(f"Demo data for {args.years:g} years written to {paths.data_dir}")
    return 0
