"""`lock`, `unlock`, `passphrase` read secrets from stdin; other verbs ask for the passphrase."""

import hashlib

import pytest

from tests.conftest import run_cli


def _hashes(directory):
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(directory.rglob("*")) if p.is_file() and "logs" not in p.parts}


@pytest.mark.slow
def test_lock_use_change_and_unlock_from_the_command_line(tmp_path):
    data = str(tmp_path / "data")
    assert run_cli("demo", "--years", "0.1", "--data-dir", data).returncode == 0
    locked = run_cli("lock", "--data-dir", data, input="first passphrase\n")
    assert locked.returncode == 0, locked.stderr
    lines = locked.stdout.strip().splitlines()
    recovery = lines[1]
    assert len(recovery.replace("-", "")) == 32
    assert lines[2].startswith("Lost it?")  # the key first, then the advice
    assert not (tmp_path / "data" / "resilience.sqlite3").read_bytes().startswith(b"SQLite")
    before = _hashes(tmp_path / "data")
    wrong = run_cli("check", "--data-dir", data, input="not it\n")
    assert wrong.returncode == 1 and "not right" in wrong.stderr and "Traceback" not in wrong.stderr
    assert _hashes(tmp_path / "data") == before
    checked = run_cli("check", "--data-dir", data, input="first passphrase\n")
    assert checked.returncode == 0 and "journal_entry:" in checked.stdout
    made = run_cli("backup", "--data-dir", data, input="first passphrase\n")
    assert made.returncode == 0, made.stderr
    changed = run_cli("passphrase", "--recovery-key", "--data-dir", data,
                      input=f"{recovery}\nsecond passphrase\n")
    assert changed.returncode == 0, changed.stderr
    unlocked = run_cli("unlock", "--data-dir", data, input="second passphrase\n")
    assert unlocked.returncode == 0, unlocked.stderr
    assert (tmp_path / "data" / "resilience.sqlite3").read_bytes().startswith(b"SQLite format 3")
    assert run_cli("check", "--data-dir", data).returncode == 0
