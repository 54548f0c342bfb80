"""The database is opened with the pragmas that keep every saved word safe."""

from resilience_desktop.core.db import database, header_user_version
from resilience_desktop.core.migrations import latest_version


def test_pragmas_are_in_force_on_the_connection(db):
    assert database.pragma("journal_mode") == "wal"
    assert database.pragma("synchronous") == 2  # FULL
    assert database.pragma("foreign_keys") == 1
    assert database.pragma("busy_timeout") == 5000


def test_pragmas_apply_to_every_new_connection(db):
    database.close()
    database.connect()
    assert database.pragma("foreign_keys") == 1
    assert database.pragma("synchronous") == 2


def test_new_database_is_at_the_latest_schema_version(db):
    assert database.pragma("user_version") == latest_version()
    database.close()
    assert header_user_version(db.db_path) == latest_version()


def test_header_user_version_of_missing_or_foreign_files(tmp_path):
    assert header_user_version(tmp_path / "missing.sqlite3") is None
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database" * 20)
    assert header_user_version(junk) is None
