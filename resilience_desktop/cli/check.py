"""`resilience-desktop check`: schema version, quick_check, rows per table."""

from __future__ import annotations

import sqlite3
import sys

from resilience_desktop.core.backup import table_row_counts
from resilience_desktop.core.db import header_user_version
from resilience_desktop.core.migrations import latest_version


def register(subparsers, parents) -> None:
    parser = subparsers.add_parser("check", parents=parents,
                                   help="report the database's health; exit 1 if damaged")
    parser.set_defaults(func=run)


def run(args, paths) -> int:
    path = paths.db_path
    if not path.exists():
        print(f"No database at {path} yet (it is created on first start).")
        return 0
    version = header_user_version(path)
    # Read-only, no WAL switch: checking must never change the file.
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        result = conn.execute("PRAGMA quick_check").fetchall()
        counts = table_row_counts(conn)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.close()
    except sqlite3.DatabaseError as error:
        print(f"database: {path}")
        print(f"schema version: {version if version is not None else 'unreadable'}")
        print(f"quick_check: FAILED ({error})", file=sys.stdout)
        return 1
    messages = [row[0] for row in result]
    healthy = messages == ["ok"]
    print(f"database: {path}")
    print(f"schema version: {version} (this app: {latest_version()})")
    print(f"quick_check: {'ok' if healthy else '; '.join(messages[:5])}")
    for table, rows in counts.items():
        print(f"{table}: {rows}")
    return 0 if healthy else 1
