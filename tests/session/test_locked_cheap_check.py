"""A locked (SQLCipher) journal's header is encrypted: its cheap check is a keyed read
(core/cheap_check.py). Damage is still refused by both doors, never misread."""

from __future__ import annotations

import pytest

from resilience_desktop.core.errors import DatabaseDamagedError
from resilience_desktop.core.session import DataSession
from tests.core.damaged_journals import snapshot
from tests.session.helpers import PASSPHRASE, journal_with_canary, key_provider, read_canary

PAGE = 4096  # SQLCipher's page size


def _locked_journal(paths):
    session = journal_with_canary(paths, rows=300, backups=0)
    session.lock(PASSPHRASE)
    session.close()


def _root_page(paths, name: str) -> int:
    from resilience_desktop.core import vault
    from resilience_desktop.core.integrity import connect_file

    conn = connect_file(paths.db_path, vault.unlock_with_passphrase(paths, PASSPHRASE))
    try:
        return int(conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                                (name,)).fetchone()[0])
    finally:
        conn.close()


def _damage(paths, kind: str) -> None:
    pages = {"table_root": "preference", "index_root": "journal_entry_entry_date"}
    page = _root_page(paths, pages[kind]) if kind in pages else 0
    data = bytearray(paths.db_path.read_bytes())
    if kind == "truncated":
        data = data[: len(data) // 2 // PAGE * PAGE]
    elif kind == "first_page":
        data[200:260] = b"\x5a" * 60
    else:
        data[(page - 1) * PAGE:page * PAGE] = b"\x5a" * PAGE
    paths.db_path.write_bytes(bytes(data))


def _read_every_row() -> None:
    from resilience_desktop.core.db import database

    names = [row[0] for row in database.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()]
    for name in names:
        database.execute_sql(f'SELECT * FROM "{name}"').fetchall()


def test_a_whole_locked_journal_opens_through_the_cheap_check(paths):
    _locked_journal(paths)
    reader = DataSession(paths, key_provider=key_provider())
    reader.open_reader()
    assert read_canary(0) is not None
    _read_every_row()
    reader.close()


@pytest.mark.parametrize("kind", ["truncated", "first_page", "table_root", "index_root"])
def test_a_damaged_locked_journal_is_refused_by_both_doors(paths, kind):
    _locked_journal(paths)
    _damage(paths, kind)
    before = snapshot(paths.data_dir)
    with pytest.raises(DatabaseDamagedError, match="damaged"):
        DataSession(paths, key_provider=key_provider()).open_reader()
    assert snapshot(paths.data_dir) == before
    writer = DataSession(paths, key_provider=key_provider())
    writer.open_writer(allow_damaged=True)
    assert writer.damage and "damaged" in writer.damage
    writer.close()


def test_a_damaged_page_the_cheap_check_does_not_read_is_refused_when_read(paths):
    """Not misread: SQLCipher checks every page's HMAC as it reads it."""
    _locked_journal(paths)
    entries = _root_page(paths, "preference")
    data = bytearray(paths.db_path.read_bytes())
    last = len(data) // PAGE  # the last page: a leaf, never a root in this journal
    assert last != entries
    data[(last - 1) * PAGE:last * PAGE] = b"\x5a" * PAGE
    paths.db_path.write_bytes(bytes(data))
    reader = DataSession(paths, key_provider=key_provider())
    with pytest.raises(Exception, match="malformed|not a database|damaged"):
        reader.open_reader()
        _read_every_row()
    reader.close()
