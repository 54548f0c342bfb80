"""Passphrase lock: encrypt, unlock, wrong passphrase, re-wrap, recovery key, canaries."""

import hashlib
import tempfile
import uuid

import pytest

from resilience_desktop.core import vault
from resilience_desktop.core.db import close_database, database
from tests.inspection import is_encrypted
from resilience_desktop.core.startup import open_app_database
from resilience_desktop.logging_setup import setup_logging
from resilience_desktop.services.safety.backups import backups, make_backup
from resilience_desktop.services.preferences import get_preference, set_preference
from resilience_desktop.services.safety.vault import change_passphrase, disable_lock, enable_lock
from tests.services.safety_rows_helper import fill_every_table

FAST = {"time_cost": 1, "memory_cost": 1024, "parallelism": 1}


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch):
    monkeypatch.setattr(vault, "DEFAULT_KDF", FAST)


def _hashes(directory):
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(directory.rglob("*")) if p.is_file()}


def test_lock_unlock_and_wrong_passphrase(data_session, db):
    set_preference("mood", "secret words")
    make_backup(data_session)
    recovery = enable_lock(data_session, "correct horse battery")
    assert is_encrypted() and get_preference("mood") == "secret words"
    assert all(not b.path.read_bytes().startswith(b"SQLite format 3") for b in backups(db))
    close_database()
    with pytest.raises(vault.JournalLockedError):
        open_app_database(db)
    before = _hashes(db.data_dir)
    with pytest.raises(vault.WrongPassphraseError, match="not right"):
        vault.unlock_with_passphrase(db, "wrong passphrase")
    assert _hashes(db.data_dir) == before
    key = vault.unlock_with_recovery_key(db, recovery.lower())
    open_app_database(db, key)
    assert get_preference("mood") == "secret words"


def test_changing_the_passphrase_only_rewraps(data_session, db):
    enable_lock(data_session, "first passphrase")
    database_bytes = db.db_path.read_bytes()
    change_passphrase(db, "first passphrase", "second passphrase")
    assert db.db_path.read_bytes() == database_bytes
    with pytest.raises(vault.WrongPassphraseError):
        vault.unlock_with_passphrase(db, "first passphrase")
    assert vault.unlock_with_passphrase(db, "second passphrase")


def test_recovery_key_sets_a_new_passphrase(data_session, db):
    recovery = enable_lock(data_session, "forgotten passphrase")
    change_passphrase(db, recovery, "brand new passphrase", with_recovery_key=True)
    assert vault.unlock_with_passphrase(db, "brand new passphrase")


def test_turning_the_lock_off_decrypts_everything(data_session, db):
    set_preference("mood", "plain again")
    enable_lock(data_session, "some passphrase")
    make_backup(data_session)
    disable_lock(data_session, "some passphrase")
    assert not vault.is_locked(db) and not is_encrypted()
    assert db.db_path.read_bytes().startswith(b"SQLite format 3")
    assert all(b.path.read_bytes().startswith(b"SQLite format 3") for b in backups(db))
    assert get_preference("mood") == "plain again"


def test_no_canary_is_readable_anywhere(data_session, db, tmp_path, monkeypatch):
    scratch_tmp = tmp_path / "tmp"
    scratch_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch_tmp))
    setup_logging(db.log_dir)
    canaries = []

    def canary(table, column):
        value = f"CANARY-{uuid.uuid4().hex}"
        canaries.append(value)
        return value

    fill_every_table(database.connection(), text=canary, rows=2)  # before the lock...
    make_backup(data_session)
    enable_lock(data_session, "canary passphrase")
    fill_every_table(database.connection(), text=canary, rows=1)  # ...and after it
    make_backup(data_session)
    from resilience_desktop.services.transfer.document import build_document

    assert any(c in str(build_document(database.connection())) for c in canaries)
    close_database()
    leaks = []
    for directory in (db.data_dir, db.log_dir, scratch_tmp):
        for path in directory.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                leaks += [(path.name, c) for c in canaries if c.encode() in data
                          or c.encode("utf-16-le") in data]
    assert leaks == []
