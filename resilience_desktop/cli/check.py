"""`resilience-desktop check`: schema version, quick_check, rows per table.

Read-only: checking never changes the file. A damaged file (broken header,
corrupted page, truncated, missing or foreign -wal) is reported; exit 1.
A locked journal is checked with the passphrase read from stdin.
"""

from __future__ import annotations

from resilience_desktop.core.backup import table_row_counts
from resilience_desktop.core.db import header_user_version
from resilience_desktop.core.integrity import driver_errors, connect_file, quick_check_file
from resilience_desktop.core.migrations import latest_version


def register(subparsers, parents) -> None:
    parser = subparsers.add_parser("check", parents=parents,
                                   help="report the database's health; exit 1 if damaged "
                                        "(a locked journal reads its passphrase from stdin)")
    parser.set_defaults(func=run)


def run(args, paths) -> int:
    path = paths.db_path
    if not path.exists():
        print(f"No database at {path} yet (it is created on first start).")
        return 0
    key = _key_if_locked(paths)
    result = quick_check_file(path, key)
    print(f"database: {path}")
    if key is not None:
        print("encryption: locked with a passphrase (SQLCipher)")
    if not result.ok:
        version = header_user_version(path)
        print(f"schema version: {version if version is not None else 'unreadable'}")
        print(f"quick_check: FAILED ({result.summary()})")
        print("The file was not changed. Open Resilience to restore a backup, "
              "or run `resilience-desktop restore FILE`.")
        return 1
    print(f"schema version: {result.user_version} (this app: {latest_version()})")
    print("quick_check: ok")
    try:
        conn = connect_file(path, key, readonly=True)
        try:
            counts = table_row_counts(conn)
        finally:
            conn.close()
    except driver_errors() as error:
        print(f"reading tables failed: {error}")
        return 1
    for table, rows in counts.items():
        print(f"{table}: {rows}")
    return 0


def _key_if_locked(paths) -> bytes | None:
    from resilience_desktop.core import vault

    if not vault.is_locked(paths):
        return None
    from resilience_desktop.cli.vault_cmd import read_secret_line, unlock_key_from_stdin

    return unlock_key_from_stdin(paths, read_secret_line)
