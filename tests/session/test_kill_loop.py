"""SIGKILL at random moments during every transition: the next open finds before or after.

Each operation runs in a child process (fast key derivation so kills land in
the file work); the test kills it after a random delay, opens the folder with
a writer session (which finishes or rolls back what was cut short), and checks
the invariants: the canary rows are all there, the journal and every backup
are all plain (no key file) or all encrypted (key file present and working),
no plaintext canary byte survives a finished lock, no half file remains.
"""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from resilience_desktop.core import vault
from resilience_desktop.core.db import looks_plain_sqlite
from resilience_desktop.core.session import DataSession
from resilience_desktop.paths import AppPaths
from tests.session.helpers import (CANARY, PASSPHRASE, files_containing, journal_with_canary,
                                   key_provider, read_canary)

pytestmark = pytest.mark.slow
OTHER_PASSPHRASE = "another good passphrase"

CHILD = """
import sys
from resilience_desktop.core import vault
vault.DEFAULT_KDF = {"time_cost": 1, "memory_cost": 1024, "parallelism": 1}
from resilience_desktop.core.session import DataSession
from resilience_desktop.paths import AppPaths

paths, operation = AppPaths.resolve(sys.argv[1]), sys.argv[2]
secrets = sys.argv[3:]
session = DataSession(paths, key_provider=lambda s: vault.unlock_with_passphrase(paths, secrets[0]))
session.open_writer()
print("ready", flush=True)
if operation == "lock":
    session.lock(secrets[0])
elif operation == "unlock":
    session.unlock(secrets[0])
elif operation == "passphrase":
    session.change_passphrase(secrets[0], secrets[1])
elif operation == "restore":
    session.restore(secrets[-1])
elif operation == "backup":
    session.backup()
print("done", flush=True)
session.close()
"""


def _kill_during(args, rng, longest: float) -> bool:
    """Run the child, kill it at a random moment after it is ready; True if it finished."""
    child = subprocess.Popen([sys.executable, "-c", CHILD, *args], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "ready", child.stderr.read()
    time.sleep(rng.uniform(0, longest))  # real time on purpose: the kill must land anywhere
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    return "done" in child.stdout.read()


def _open_and_check(paths, passphrase=PASSPHRASE) -> bool:
    """The next writer open settles everything; returns True if the journal is locked."""
    session = DataSession(paths, key_provider=key_provider(passphrase))
    session.open_writer()
    try:
        assert read_canary(7).startswith(CANARY)
        locked = vault.is_locked(paths)
        databases = [paths.db_path, *paths.backups_dir.iterdir()]
        states = {p.name: looks_plain_sqlite(p) for p in databases}
        assert all(plain != locked for plain in states.values()), (locked, states)
        if locked:
            assert files_containing(paths.data_dir, CANARY) == []
        leftovers = [p.name for p in paths.data_dir.rglob("*")
                     if p.name.endswith((".locking", ".unlocking", ".restoring", ".partial",
                                         ".pending", ".retired", "transition.json"))]
        assert leftovers == []
        return locked
    finally:
        session.close()


@pytest.fixture
def journal(tmp_path):
    paths = AppPaths.resolve(tmp_path / "data")
    journal_with_canary(paths, rows=1500, backups=3).close()
    return paths


def test_lock_and_unlock_killed_at_random_moments(journal):
    rng = random.Random(9001)
    locked = False
    for _ in range(14):
        operation = "unlock" if locked else "lock"
        finished = _kill_during([str(journal.data_dir), operation, PASSPHRASE], rng, 0.2)
        now_locked = _open_and_check(journal)
        assert not finished or now_locked != locked  # a finished change is never undone
        locked = now_locked


def test_passphrase_change_killed_at_random_moments(journal):
    rng = random.Random(77)
    session = DataSession(journal)
    session.open_writer()
    session.lock(PASSPHRASE)
    session.close()
    current, other = PASSPHRASE, OTHER_PASSPHRASE
    for _ in range(5):
        _kill_during([str(journal.data_dir), "passphrase", current, other], rng, 0.15)
        try:
            vault.unlock_with_passphrase(journal, other)
            current, other = other, current
        except vault.WrongPassphraseError:
            vault.unlock_with_passphrase(journal, current)  # the old one still works
        assert _open_and_check(journal, current)


def _late_row(paths, present: bool | None = None):
    conn = sqlite3.connect(paths.db_path)
    try:
        if present:
            conn.execute("INSERT OR REPLACE INTO preference (key, value, uid) VALUES ('late', '1', 'bb22')")
            conn.commit()
        return conn.execute("SELECT COUNT(*) FROM preference WHERE key='late'").fetchone()[0]
    finally:
        conn.close()


def test_restore_killed_at_random_moments(journal):
    rng = random.Random(5)
    backup = sorted(journal.backups_dir.iterdir())[0]
    kept_aside = journal.data_dir / "chosen.sqlite3"
    kept_aside.write_bytes(backup.read_bytes())
    for _ in range(6):
        _late_row(journal, present=True)
        _kill_during([str(journal.data_dir), "restore", str(kept_aside)], rng, 0.4)
        _open_and_check(journal)
        if _late_row(journal) == 0:  # restored: the journal as it was is a backup
            names = [p.name for p in journal.backups_dir.iterdir()]
            assert any(n.startswith("before-restore") for n in names)


def test_backup_killed_at_random_moments(journal):
    rng = random.Random(11)
    for _ in range(5):
        _kill_during([str(journal.data_dir), "backup"], rng, 0.3)
        _open_and_check(journal)
        for path in journal.backups_dir.iterdir():
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            conn.close()


def test_demo_killed_at_random_moments_leaves_nothing_half_made(tmp_path):
    rng = random.Random(3)
    target = tmp_path / "demo"
    args = [sys.executable, "-m", "resilience_desktop", "demo", "--years", "0.3",
            "--end-date", "2026-11-01", "--data-dir", str(target)]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for _ in range(4):
        child = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.2, 2.0))
        child.kill()
        child.wait()
        if (target / "resilience.sqlite3").exists():
            break  # it finished before the kill: complete by construction
        assert not target.exists() or list(target.iterdir()) == []
    if not (target / "resilience.sqlite3").exists():
        assert subprocess.run(args, env=env, capture_output=True).returncode == 0
    conn = sqlite3.connect(target / "resilience.sqlite3")
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT COUNT(*) FROM journal_entry").fetchone()[0] > 0
    conn.close()
    assert [p.name for p in tmp_path.iterdir()] == ["demo"]
