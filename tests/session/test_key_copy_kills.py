"""SIGKILL at random moments of the new key-copy writes: a backup with its key copy, a
vault.json rebuilt from a copy, a restore into an empty folder. Nothing half-written is
ever the only copy; afterwards the journal always opens with the passphrase."""

from __future__ import annotations

import random
import shutil

import pytest

from resilience_desktop.core.leftovers import ATOMIC_TEMP_NAMES
from resilience_desktop.core import key_copies, vault
from resilience_desktop.core.backup import list_backups
from resilience_desktop.core.session import DataSession, NoJournalError
from resilience_desktop.paths import AppPaths
from tests.kill_helpers import run_and_kill
from tests.session.helpers import CANARY, FAST_KDF, PASSPHRASE, journal_with_canary, read_canary

pytestmark = pytest.mark.slow

CHILD = f"""
import sys
from pathlib import Path
from resilience_desktop.core import fresh_restore, vault
from resilience_desktop.core.session import DataSession
from resilience_desktop.paths import AppPaths
vault.DEFAULT_KDF = {FAST_KDF!r}
paths, operation = AppPaths.resolve(Path(sys.argv[1])), sys.argv[2]
provide = lambda s: vault.open_key(s.paths, {PASSPHRASE!r}, repair=True)[0]
print("ready", flush=True)
if operation == "backup":
    session = DataSession(paths, key_provider=provide)
    session.open_writer()
    while True:
        session.backup()
        print("1", flush=True)
elif operation == "rebuild":
    session = DataSession(paths, key_provider=provide)
    session.open_writer()
    print("1", flush=True)
    session.close()
elif operation == "fresh":
    source = Path(sys.argv[3])
    record = fresh_restore.key_record_for(paths, source)
    key, role = fresh_restore.unwrap_for_restore(record, {PASSPHRASE!r})
    fresh_restore.restore_into_empty(paths, source, record, key, {PASSPHRASE!r}, role)
    print("1", flush=True)
"""


def _opens(paths: AppPaths) -> None:
    session = DataSession(paths, key_provider=lambda s: vault.open_key(
        s.paths, PASSPHRASE, repair=True)[0])
    session.open_writer()
    try:
        assert read_canary(5).startswith(CANARY)
        vault.load_vault(paths)  # whole again
        leftovers = [p.name for p in paths.data_dir.rglob("*")
                     if p.name.endswith((".partial", ".restoring", ".tmp", "transition.json"))]
        assert leftovers == []
    finally:
        session.close()


@pytest.fixture
def locked(tmp_path):
    paths = AppPaths.resolve(tmp_path / "data")
    session = journal_with_canary(paths, rows=800, backups=0)
    session.lock(PASSPHRASE)
    session.backup()
    session.close()
    return paths


def test_backups_with_key_copies_killed_at_random_moments(locked):
    rng = random.Random(17)
    for _ in range(6):
        run_and_kill(CHILD, [locked.data_dir, "backup"], rng, 0.6)
        for backup in list_backups(locked.backups_dir):  # every finished one has its copy
            assert key_copies.read_key_copy(backup.path) == vault.load_vault(locked)
        _opens(locked)


def test_vault_rebuilt_from_a_copy_killed_at_random_moments(locked):
    rng = random.Random(23)
    for n in range(8):
        vault.vault_path(locked).unlink(missing_ok=True) if n % 2 else \
            vault.vault_path(locked).write_bytes(b"{garbled")
        run_and_kill(CHILD, [locked.data_dir, "rebuild"], rng, 0.4, ready_probability=0.7)
        assert key_copies.needs_key(locked)  # vault.json whole, or the copies still there
        _opens(locked)


def _first_writer_open_removes_it(paths: AppPaths) -> None:
    """The first run's writer open (it creates the journal) removes a cut atomic write."""
    session = DataSession(paths)
    session.open_writer(create=True)
    session.close()
    assert not {p.name for p in paths.data_dir.iterdir()} & set(ATOMIC_TEMP_NAMES)


def test_restore_into_an_empty_folder_killed_at_random_moments(locked, tmp_path):
    rng = random.Random(29)
    source = tmp_path / "carried.sqlite3"
    shutil.copy(next(locked.backups_dir.iterdir()), source)
    outcomes = set()
    for n in range(8):
        new = AppPaths.resolve(tmp_path / f"new-{n}")
        run_and_kill(CHILD, [new.data_dir, "fresh", source], rng, 0.8, ready_probability=0.8)
        try:
            _opens(new)
            outcomes.add("after")
        except NoJournalError:  # before: nothing is left that looks like a journal
            outcomes.add("before")
            left = [p.name for p in new.data_dir.rglob("*")] if new.data_dir.exists() else []
            assert set(left) <= {"resilience.lock", "backups", *ATOMIC_TEMP_NAMES}, left
            if set(left) & set(ATOMIC_TEMP_NAMES):  # killed inside the intent's own write:
                _first_writer_open_removes_it(new)  # no journal, no key; a temp intent only
            assert not any(new.backups_dir.iterdir()) if new.backups_dir.exists() else True
    assert outcomes  # (which ones depends on timing; both are fine)
