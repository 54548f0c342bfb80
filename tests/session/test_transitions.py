"""Lock, unlock and restore: every copy covered, the key kept while needed, halves finished."""

import shutil
import sqlite3

import pytest

from resilience_desktop.core import lock_transition, vault
from resilience_desktop.core.db import looks_plain_sqlite
from resilience_desktop.core.session import DataSession
from resilience_desktop.core.transitions import INTENT_FILENAME
from resilience_desktop.paths import AppPaths
from tests.session.helpers import (CANARY, PASSPHRASE, file_hashes, files_containing,
                                   journal_with_canary, read_canary, writer)


@pytest.fixture
def paths(tmp_path):
    return AppPaths.resolve(tmp_path / "data")


def _plaintext_leftovers(paths):
    """Copies a cut-short run or an older version may leave, and a damaged journal kept aside."""
    from resilience_desktop.core.db import database

    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    damaged = paths.data_dir / "damaged-20260101-120000"
    damaged.mkdir()
    shutil.copyfile(paths.db_path, damaged / "resilience.sqlite3")
    for suffix in (".restoring", ".unlocking", ".converting"):
        shutil.copyfile(paths.db_path, paths.db_path.with_name(paths.db_path.name + suffix))
    newest = sorted(paths.backups_dir.iterdir())[-1]
    shutil.copyfile(newest, newest.with_name(newest.name + ".partial"))


def _hashes_after_checkpoint(paths):
    from resilience_desktop.core.db import database

    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return {name: digest for name, digest in file_hashes(paths.data_dir).items()
            if not name.endswith(("-wal", "-shm"))}


def _all_encrypted(paths):
    databases = [paths.db_path, *paths.backups_dir.iterdir()]
    return all(not looks_plain_sqlite(p) for p in databases)


def test_lock_covers_every_plaintext_copy_and_unlock_brings_all_back(paths):
    session = journal_with_canary(paths)
    _plaintext_leftovers(paths)
    assert files_containing(paths.data_dir, CANARY)
    session.lock(PASSPHRASE)
    assert files_containing(paths.data_dir, CANARY) == []
    assert _all_encrypted(paths) and read_canary(3).startswith(CANARY)
    sealed = list((paths.data_dir / "damaged-20260101-120000").iterdir())
    assert [p.name for p in sealed] == ["resilience.sqlite3.sealed"]
    session.unlock(PASSPHRASE)
    assert not vault.is_locked(paths) and read_canary(3).startswith(CANARY)
    assert all(looks_plain_sqlite(p) for p in [paths.db_path, *paths.backups_dir.iterdir()])
    kept = paths.data_dir / "damaged-20260101-120000" / "resilience.sqlite3"
    assert CANARY.encode() in kept.read_bytes()  # the damaged copy is back, byte for byte


def test_one_unreadable_backup_stops_the_lock_with_nothing_changed(paths):
    session = journal_with_canary(paths)
    broken = sorted(paths.backups_dir.iterdir())[0]
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)
    before = _hashes_after_checkpoint(paths)
    with pytest.raises(lock_transition.LockChangeFailed, match="nothing was changed"):
        session.lock(PASSPHRASE)
    assert _hashes_after_checkpoint(paths) == before and not vault.is_locked(paths)
    assert read_canary(1).startswith(CANARY)  # the session is open again


def test_one_undecryptable_backup_keeps_the_lock_and_the_key(paths):
    session = journal_with_canary(paths)
    session.lock(PASSPHRASE)
    broken = sorted(paths.backups_dir.iterdir())[0]
    broken.write_bytes(broken.read_bytes()[:3000])
    before = _hashes_after_checkpoint(paths)
    with pytest.raises(lock_transition.LockChangeFailed, match="still on"):
        session.unlock(PASSPHRASE)
    assert _hashes_after_checkpoint(paths) == before and vault.is_locked(paths)
    assert read_canary(1).startswith(CANARY)


@pytest.mark.parametrize("crash_after", range(1, 5))
def test_a_lock_cut_short_is_finished_or_rolled_back_by_the_next_writer(paths, monkeypatch,
                                                                       crash_after):
    session = journal_with_canary(paths)
    calls = {"n": 0}
    real_replace = lock_transition.replace_durably

    def crashing_replace(source, target):
        calls["n"] += 1
        if calls["n"] == crash_after:
            raise KeyboardInterrupt("simulated kill")
        real_replace(source, target)

    monkeypatch.setattr(lock_transition, "replace_durably", crashing_replace)
    with pytest.raises(KeyboardInterrupt):
        session.lock(PASSPHRASE)  # the session settles what it can and reopens
    session.close()
    monkeypatch.setattr(lock_transition, "replace_durably", real_replace)
    again = writer(paths)
    if crash_after == 1:  # killed before the commit point: rolled back, all plain
        assert not vault.is_locked(paths)
        assert all(looks_plain_sqlite(p) for p in [paths.db_path, *paths.backups_dir.iterdir()])
    else:  # after it: finished, nothing plain left
        assert vault.is_locked(paths) and _all_encrypted(paths)
        assert files_containing(paths.data_dir, CANARY) == []
    assert read_canary(2).startswith(CANARY)
    assert not (paths.data_dir / INTENT_FILENAME).exists()
    again.close()


def _restorable(paths):
    """A journal with one backup, then a row added after it."""
    from resilience_desktop.services.preferences import set_preference

    session = journal_with_canary(paths, rows=5, backups=1)
    set_preference("added.after.backup", "yes")
    return session, sorted(paths.backups_dir.iterdir())[0]


def _has_late_row():
    from resilience_desktop.services.preferences import get_preference

    return get_preference("added.after.backup") is not None


def test_restore_plain_backup_into_a_locked_journal_re_encrypts_it(paths, tmp_path):
    session, backup = _restorable(paths)
    plain_copy = tmp_path / "plain-backup.sqlite3"
    shutil.copyfile(backup, plain_copy)
    session.lock(PASSPHRASE)
    previous = session.restore(plain_copy)
    assert not _has_late_row() and read_canary(1).startswith(CANARY)
    assert not looks_plain_sqlite(paths.db_path) and not looks_plain_sqlite(previous)
    assert vault.is_locked(paths) and files_containing(paths.data_dir, CANARY) == []


def test_restore_a_locked_journals_own_encrypted_backup(paths):
    session, _ = _restorable(paths)
    session.lock(PASSPHRASE)
    encrypted = sorted(paths.backups_dir.iterdir())[0]
    session.restore(encrypted)
    assert not _has_late_row() and read_canary(1).startswith(CANARY)


def _other_apps_file(path):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()


def _newer_backup(path, backup):
    shutil.copyfile(backup, path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("kind, message", [
    ("missing", "no such file"),
    ("empty", "empty"),
    ("text", "encrypted \\(or is not a database\\)"),
    ("other_app", "not a Resilience journal"),
    ("newer", "newer version"),
    ("damaged", "damaged"),
    ("foreign_key", "another key"),
])
def test_a_bad_candidate_is_refused_before_anything_changes(paths, tmp_path, kind, message):
    session, backup = _restorable(paths)
    candidate = tmp_path / f"{kind}.sqlite3"
    if kind == "empty":
        candidate.write_bytes(b"")
    elif kind == "text":
        candidate.write_text("dear diary")
    elif kind == "other_app":
        _other_apps_file(candidate)
    elif kind == "newer":
        _newer_backup(candidate, backup)
    elif kind == "damaged":
        candidate.write_bytes(backup.read_bytes()[:5000])
    elif kind == "foreign_key":
        session.close()  # one open session per process: the other journal is made next
        other = AppPaths.resolve(tmp_path / "other")
        other_session = journal_with_canary(other, rows=1, backups=0)
        other_session.lock("another passphrase")
        other_session.close()
        shutil.copyfile(other.db_path, candidate)
        session = writer(paths)
        session.lock(PASSPHRASE)
    before = file_hashes(paths.data_dir)
    from resilience_desktop.core.restore_transition import RestoreFailed

    with pytest.raises(RestoreFailed, match=message):
        session.restore(candidate)
    assert file_hashes(paths.data_dir) == before
    assert _has_late_row()


def test_an_encrypted_file_into_a_plain_journal_is_refused(paths, tmp_path):
    other = AppPaths.resolve(tmp_path / "other")
    other_session = journal_with_canary(other, rows=1, backups=0)
    other_session.lock("another passphrase")
    other_session.close()
    session, _ = _restorable(paths)
    from resilience_desktop.core.restore_transition import RestoreFailed

    with pytest.raises(RestoreFailed, match="this journal is not locked"):
        session.restore(other.db_path)


def test_a_restore_cut_short_after_the_old_journal_was_kept_is_finished(paths, monkeypatch):
    from resilience_desktop.core import restore_transition

    session, backup = _restorable(paths)
    monkeypatch.setattr(restore_transition, "remove_sidecars",
                        lambda db: (_ for _ in ()).throw(KeyboardInterrupt()))
    with pytest.raises(KeyboardInterrupt):
        session.restore(backup)
    monkeypatch.undo()
    session.close()
    again = DataSession(paths)
    again.open_writer()
    assert not _has_late_row()
    again.close()
