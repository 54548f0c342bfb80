"""`resilience-desktop demo --years N --data-dir DIR`: a deterministic demo data set."""

from __future__ import annotations

from datetime import date

from resilience_desktop.cli.common import CommandError, opened_data
from resilience_desktop.services.demo import DEFAULT_SEED, generate_demo


def register(subparsers, parents) -> None:
    parser = subparsers.add_parser(
        "demo", parents=parents,
        help="fill an empty data dir with realistic demo data (same seed, same data)")
    parser.add_argument("--years", type=float, default=2.0, help="years of data (default 2)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="random seed")
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
    with opened_data(paths):
        generate_demo(args.years, seed=args.seed, end=args.end_date)
    print(f"Demo data for {args.years:g} years written to {paths.data_dir}")
    return 0
