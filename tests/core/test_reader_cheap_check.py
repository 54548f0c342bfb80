"""Readers run the cheap check (issue 20), and still refuse every damaged journal.

The reader door no longer runs quick_check; these tests prove that every damaged
fixture (and a zero-byte, a foreign and a lengthened-by-garbage file) is still
refused by it with the plain "damaged" message, and left byte for byte as it was.
"""

import sqlite3

import pytest

from resilience_desktop.core import health
from resilience_desktop.core.errors import DatabaseDamagedError, UserFacingError
from resilience_desktop.core.session import DataSession
from resilience_desktop.paths import AppPaths
from tests.conftest import run_cli
from tests.core.damaged_journals import KINDS, _healthy_journal, make_damaged, snapshot


@pytest.fixture(params=KINDS)
def damaged(request, tmp_path):
    paths = AppPaths.resolve(tmp_path / "data")
    make_damaged(paths, request.param, tmp_path / "scratch")
    return paths


def _open_reader(paths):
    session = DataSession(paths)
    try:
        session.open_reader()
    finally:
        session.close()


def test_the_reader_door_refuses_every_damaged_fixture_and_changes_nothing(damaged):
    before = snapshot(damaged.data_dir)
    with pytest.raises(DatabaseDamagedError, match="damaged"):
        _open_reader(damaged)
    assert snapshot(damaged.data_dir) == before


def test_the_reader_skips_quick_check_on_a_healthy_journal(tmp_path, monkeypatch):
    paths = AppPaths.resolve(tmp_path / "data")
    _healthy_journal(paths, with_backup=False)
    ran = []
    monkeypatch.setattr(health, "quick_check_file", lambda *a, **k: ran.append(a))
    _open_reader(paths)
    assert ran == []


@pytest.mark.parametrize("damage", ["zero_bytes", "garbage_tail", "root_page", "foreign"])
def test_the_reader_refuses_more_kinds_of_damage(tmp_path, damage):
    paths = AppPaths.resolve(tmp_path / "data")
    _healthy_journal(paths, with_backup=False)
    db = paths.db_path
    data = bytearray(db.read_bytes())
    if damage == "zero_bytes":
        data = bytearray()
    elif damage == "garbage_tail":  # no longer a whole number of pages
        data += b"x" * 100
    elif damage == "root_page":  # the preference table's root overwritten
        conn = sqlite3.connect(db)
        root = conn.execute("SELECT rootpage FROM sqlite_master "
                            "WHERE name='preference'").fetchone()[0]
        conn.close()
        page = int.from_bytes(data[16:18], "big")
        data[(root - 1) * page:root * page] = b"\x5a" * page
    db.write_bytes(bytes(data))
    if damage == "foreign":
        conn = sqlite3.connect(db)
        conn.execute("PRAGMA application_id = 1234")
        conn.close()
    before = snapshot(paths.data_dir)
    with pytest.raises(UserFacingError, match="damaged|empty|not a Resilience journal"):
        _open_reader(paths)
    assert snapshot(paths.data_dir) == before


@pytest.mark.slow
def test_search_refuses_every_damaged_fixture_in_plain_words(damaged):
    before = snapshot(damaged.data_dir)
    result = run_cli("search", "words", "--data-dir", str(damaged.data_dir))
    assert result.returncode != 0
    assert "damaged" in result.stderr and "Traceback" not in result.stderr
    assert snapshot(damaged.data_dir) == before
