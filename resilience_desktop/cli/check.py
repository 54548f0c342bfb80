"""`resilience-desktop check`: schema version, quick_check, rows per table.

The explicit check always runs the full quick_check (every other open runs the
cheap check, core/cheap_check.py) and says what the writer's daily full check
recorded last.

Read-only (the reader door's rules): checking never changes a byte of the
data folder's content (a -wal left by a crash is folded back first, as the next
start would; see docs/data-safety.md). A 0-byte file is
damage. A folder with no journal is refused. Exit codes: 0 healthy, 1 damaged
(broken header, corrupted page, truncated, missing or foreign -wal), 2 saved
by a newer version of Resilience than this one. The tables listed are the
app's own; the search index's internal tables are summed up in one line.
A locked journal is checked with the passphrase read from stdin.
3 means there is no journal to check (nothing there, or --data-dir is a file).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from resilience_desktop.cli.common import CommandError, fail, key_from_stdin
from resilience_desktop.core.backup import table_row_counts
from resilience_desktop.core.db import header_user_version
from resilience_desktop.core.errors import DatabaseDamagedError, UserFacingError
from resilience_desktop.core.integrity import (check_private_copy, connect_file,
                                               data_table_names, driver_errors,
                                               quick_check_file)
from resilience_desktop.core.migrations import latest_version
from resilience_desktop.core.i18n import translate
from resilience_desktop.cli import HelpFormatter

if TYPE_CHECKING:
    import argparse
    from pathlib import Path

    from resilience_desktop.cli import Subparsers
    from resilience_desktop.paths import AppPaths

HEALTHY, DAMAGED, TOO_NEW, NO_JOURNAL = 0, 1, 2, 3
EXAMPLES = """\
Reads only; the file is never changed.

examples:
  resilience-desktop check
  resilience-desktop check --data-dir ~/journal-copy
  echo "$PASSPHRASE" | resilience-desktop check     (a locked journal)

exit codes: 0 healthy, 1 damaged, 2 saved by a newer version of Resilience,
3 no journal to check (the folder holds none, or --data-dir is not a folder)."""


def register(subparsers: Subparsers, parents: list[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("check", parents=parents,
                                   help="report the database's health; exit 1 if damaged, "
                                        "2 if newer than this app, 3 if there is no journal",
                                   description="Report the journal's health and rows per table.",
                                   epilog=EXAMPLES,
                                   formatter_class=HelpFormatter)
    parser.set_defaults(func=run, no_journal_code=NO_JOURNAL)


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    from resilience_desktop.core.session import DataSession, ReaderOpening

    if not paths.db_path.exists():
        return fail(translate("Resilience", "No journal in {folder}; nothing was checked.")
                    .format(folder=paths.data_dir), NO_JOURNAL)
    session, reader = DataSession(paths, key_provider=key_from_stdin), ReaderOpening(paths)
    try:
        reader.refuse_if_pending()
        key = session.key_if_locked()
        print(f"database: {paths.db_path}")
        if key is not None:
            print("encryption: locked with a passphrase (SQLCipher)")
        _print_daily_check(paths)
        try:
            path = reader.readable_path(key)
        except DatabaseDamagedError as error:
            return _report_damage(paths, str(error))
        return _report(path, key, recovered_copy=reader.snapshot_dir is not None)
    except UserFacingError as error:
        raise CommandError(str(error)) from error
    finally:
        reader.close()


def _print_daily_check(paths: AppPaths) -> None:
    """What the writer's daily full check recorded last (core/check_record.py)."""
    from resilience_desktop.core.check_record import read_record

    record = read_record(paths.db_path)
    if record is None:
        print("daily full check: none recorded")
    else:
        print(f"daily full check: {record.checked_at.isoformat(sep=' ')}, "
              f"{'ok' if record.ok else 'FAILED (' + record.summary + ')'}")


def _report_damage(paths: AppPaths, summary: str) -> int:
    return _report_damage_at(paths.db_path, summary)


def _report(path: Path, key: bytes | None, recovered_copy: bool = False) -> int:
    """recovered_copy: path is the reader's private snapshot, checked read-write so that
    SQLite first recovers what a crash left (in the copy only)."""
    if path.stat().st_size == 0:
        return _report_damage_at(path, "the file is empty (0 bytes)")
    result = check_private_copy(path, key) if recovered_copy else quick_check_file(path, key)
    if not result.ok:
        return _report_damage_at(path, result.summary())
    print(f"schema version: {result.user_version} (this app: {latest_version()})")
    print("quick_check: ok")
    if result.user_version is not None and result.user_version > latest_version():
        print(translate("Resilience", "This journal was saved by a newer version of Resilience; "
                        "install it to open the journal. The file was not changed."))
        return TOO_NEW
    try:
        conn = connect_file(path, key, readonly=True)
        try:
            counts, tables = table_row_counts(conn), data_table_names(conn)
        finally:
            conn.close()
    except driver_errors() as error:
        print(f"reading tables failed: {error}")
        return DAMAGED
    for table in tables:
        print(f"{table}: {counts.get(table, 0)}")
    return HEALTHY


def _report_damage_at(path: Path, summary: str) -> int:
    version = header_user_version(path)
    print(f"schema version: {version if version is not None else 'unreadable'}")
    print(f"quick_check: FAILED ({summary})")
    print(translate("Resilience", "The file was not changed. Open Resilience to restore a "
                    "backup, or run `resilience-desktop restore FILE`."))
    return DAMAGED
