"""The key copy as processes: a lost vault.json and a backup moved to another computer."""

from __future__ import annotations

import shutil

import pytest

from tests.conftest import make_journal, run_cli
from tests.session.helpers import file_hashes

pytestmark = pytest.mark.slow
PASSPHRASE = "first passphrase"


@pytest.fixture(scope="module")
def locked_folder(tmp_path_factory):
    """A locked journal with one entry and one backup; (folder, recovery key)."""
    data = make_journal(tmp_path_factory.mktemp("locked") / "data")
    assert run_cli("write", "--data-dir", str(data), "zebra entry one").returncode == 0
    locked = run_cli("lock", "--data-dir", str(data), input=f"{PASSPHRASE}\n")
    assert locked.returncode == 0, locked.stderr
    recovery = locked.stdout.splitlines()[1]
    made = run_cli("backup", "--data-dir", str(data), input=f"{PASSPHRASE}\n")
    assert made.returncode == 0, made.stderr
    return data, recovery


def _copy(locked_folder, tmp_path, how: str):
    data, recovery = locked_folder
    copy = tmp_path / "data"
    shutil.copytree(data, copy)
    target = copy / "vault.json"
    if how == "missing":
        target.unlink()
    elif how == "truncated":
        target.write_bytes(target.read_bytes()[:40])
    else:
        target.write_bytes(b"\x00garbled\xff" * 30)
    return copy, recovery


@pytest.mark.parametrize("how", ["missing", "truncated", "garbled"])
def test_a_lost_vault_opens_with_the_passphrase_and_the_recovery_key(locked_folder, tmp_path,
                                                                     how):
    data, recovery = _copy(locked_folder, tmp_path, how)
    before = file_hashes(data)
    found = run_cli("search", "zebra", "--data-dir", str(data), input=f"{PASSPHRASE}\n")
    assert found.returncode == 0 and "zebra entry one" in found.stdout, found.stderr
    assert "vault.json" in found.stderr and "missing or damaged" in found.stderr
    assert file_hashes(data) == before  # a reader changes no byte
    wrong = run_cli("passphrase", "--recovery-key", "--data-dir", str(data),
                    input="AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH\nnew passphrase 2\n")
    assert wrong.returncode == 1 and "not right" in wrong.stderr
    assert "Traceback" not in wrong.stderr and file_hashes(data) == before
    changed = run_cli("passphrase", "--recovery-key", "--data-dir", str(data),
                      input=f"{recovery}\nnew passphrase 2\n")
    assert changed.returncode == 0, changed.stderr
    assert "not locked" not in changed.stderr
    found = run_cli("search", "zebra", "--data-dir", str(data), input="new passphrase 2\n")
    assert found.returncode == 0 and "missing or damaged" not in found.stderr


def test_unlock_works_with_a_lost_vault(locked_folder, tmp_path):
    data, _recovery = _copy(locked_folder, tmp_path, "missing")
    unlocked = run_cli("unlock", "--data-dir", str(data), input=f"{PASSPHRASE}\n")
    assert unlocked.returncode == 0, unlocked.stderr
    assert (data / "resilience.sqlite3").read_bytes().startswith(b"SQLite format 3\x00")
    assert not (data / "vault.json").exists()


def test_a_lost_vault_without_any_key_copy_is_named_plainly(locked_folder, tmp_path):
    data, _recovery = _copy(locked_folder, tmp_path, "missing")
    shutil.rmtree(data / "backups")
    result = run_cli("passphrase", "--recovery-key", "--data-dir", str(data),
                     input="x\ny-passphrase\n")
    assert result.returncode == 1 and "not locked" not in result.stderr
    assert "vault.json" in result.stderr and "restore FILE --data-dir NEW" in result.stderr


@pytest.mark.parametrize("secret", ["passphrase", "recovery"])
def test_a_single_backup_restores_into_an_empty_folder(locked_folder, tmp_path, secret):
    data, recovery = locked_folder
    carried = tmp_path / "usb-stick" / "journal-backup.sqlite3"
    carried.parent.mkdir()
    shutil.copy(next((data / "backups").iterdir()), carried)
    new = tmp_path / "new-computer"
    given = PASSPHRASE if secret == "passphrase" else recovery
    wrong = run_cli("restore", str(carried), "--data-dir", str(new), input="wrong one\n")
    assert wrong.returncode == 1 and "Nothing was changed" in wrong.stderr
    assert not (new / "resilience.sqlite3").exists() and not (new / "vault.json").exists()
    restored = run_cli("restore", str(carried), "--data-dir", str(new), input=f"{given}\n")
    assert restored.returncode == 0, restored.stderr
    found = run_cli("search", "zebra", "--data-dir", str(new), input=f"{given}\n") \
        if secret == "passphrase" else run_cli("passphrase", "--recovery-key", "--data-dir",
                                               str(new), input=f"{given}\nchosen again!\n")
    assert found.returncode == 0, found.stderr
    opened = run_cli("search", "zebra", "--data-dir", str(new),
                     input=(PASSPHRASE if secret == "passphrase" else "chosen again!") + "\n")
    assert "zebra entry one" in opened.stdout, opened.stderr
