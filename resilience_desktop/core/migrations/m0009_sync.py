"""Version 9: the sync engine's local tables (issue 18; docs/sync.md). All local-only.

* ``sync_change``: the change log the capture triggers write (core/sync_capture.py):
  table, row uid, column (``*`` new row, ``-`` deleted, else the changed column) and the
  wall time in ms. The engine turns it into records and empties it.
* ``sync_apply``: while it holds a row the capture triggers do nothing (received changes
  are applied without being echoed back); only ever filled inside a transaction.
* ``sync_clock``: per row and column the hybrid logical clock of its value (``*`` the
  row's base clock, ``-`` a tombstone).
* ``sync_state``: this computer's id and name, the folder it joined, its key, its clock.
* ``sync_cursor``: per other computer, the last segment applied, its name, last seen.
* ``sync_pending``: received records that wait (their parent row has not arrived).
* ``sync_alias``: a uid that lost a natural-key tie to another uid.

Frozen: never edit after shipping. The triggers themselves are generated from the live
schema by core/sync_capture.install_if_stale (called here and at every writer open).
"""

from resilience_desktop.core import sync_capture

TABLES = (
    "CREATE TABLE sync_change (seq INTEGER PRIMARY KEY AUTOINCREMENT, tbl TEXT NOT NULL,"
    " uid TEXT NOT NULL, col TEXT NOT NULL, wall_ms INTEGER NOT NULL)",
    "CREATE TABLE sync_apply (id INTEGER PRIMARY KEY)",
    "CREATE TABLE sync_clock (tbl TEXT NOT NULL, uid TEXT NOT NULL, col TEXT NOT NULL,"
    " hlc TEXT NOT NULL, PRIMARY KEY (tbl, uid, col)) WITHOUT ROWID",
    "CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE sync_cursor (device TEXT PRIMARY KEY, seq INTEGER NOT NULL,"
    " name TEXT NOT NULL DEFAULT '', seen_at TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE sync_pending (id INTEGER PRIMARY KEY, device TEXT NOT NULL,"
    " record TEXT NOT NULL)",
    "CREATE TABLE sync_alias (tbl TEXT NOT NULL, uid TEXT NOT NULL, target TEXT NOT NULL,"
    " PRIMARY KEY (tbl, uid)) WITHOUT ROWID",
)


def apply(db, migrator) -> None:
    for statement in TABLES:
        db.execute_sql(statement)
    sync_capture.install_if_stale(db)
