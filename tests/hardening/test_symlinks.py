"""A symbolic link in place of the journal, vault.json or the lock file is refused by
every door (writer verbs, reader verbs, the window) and nothing changes anywhere."""

import os
import shutil

import pytest

from tests.conftest import run_cli
from tests.session.helpers import PASSPHRASE, file_hashes, journal_with_canary
from resilience_desktop.paths import AppPaths

pytestmark = [pytest.mark.slow, pytest.mark.skipif(os.name != "posix", reason="symlinks")]
DOORS = (("lock",), ("backup",), ("check",), ("search", "zebra"),
         ("export", "--format", "json", "{out}"), ("--smoke",))


@pytest.fixture(scope="module")
def journal(tmp_path_factory):
    data = tmp_path_factory.mktemp("built") / "data"
    journal_with_canary(AppPaths.resolve(data), rows=20, backups=1).close()
    return data


def _linked(journal, tmp_path, name, locked=False):
    data, elsewhere = tmp_path / "data", tmp_path / "elsewhere"
    shutil.copytree(journal, data)
    if locked:
        assert run_cli("lock", "--data-dir", str(data), input=PASSPHRASE + "\n").returncode == 0
    elsewhere.mkdir()
    target = elsewhere / name
    if (data / name).exists():
        os.replace(data / name, target)
    else:
        target.write_text("someone else's file\n")
    os.symlink(target, data / name)
    return data, elsewhere


@pytest.mark.parametrize("name,locked", [("resilience.sqlite3", False), ("vault.json", True),
                                         ("resilience.lock", False)])
def test_a_symlinked_file_is_refused_by_every_door_and_nothing_changes(journal, tmp_path, name,
                                                                       locked):
    data, elsewhere = _linked(journal, tmp_path, name, locked)
    before = (file_hashes(data), file_hashes(elsewhere, skip_logs=False))
    for door in DOORS:
        door = ("unlock",) if locked and door == ("lock",) else door
        args = [a.format(out=tmp_path / "out.json") for a in door]
        result = run_cli(*args, "--data-dir", str(data), input=PASSPHRASE + "\n")
        assert result.returncode != 0, (door, result.stdout)
        assert "Traceback" not in result.stderr, result.stderr
        assert f"{data / name} is a symbolic link" in result.stderr, (door, result.stderr)
        assert "Nothing was changed" in result.stderr
        assert (data / name).is_symlink()
        assert (file_hashes(data), file_hashes(elsewhere, skip_logs=False)) == before, door
    assert not (tmp_path / "out.json").exists()


def test_a_dangling_journal_link_is_not_replaced_by_a_new_journal(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    os.symlink(tmp_path / "gone.sqlite3", data / "resilience.sqlite3")
    result = run_cli("--smoke", "--data-dir", str(data))
    assert result.returncode != 0 and "is a symbolic link" in result.stderr
    assert (data / "resilience.sqlite3").is_symlink() and not (tmp_path / "gone.sqlite3").exists()
