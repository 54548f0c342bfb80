"""As processes: no verb that writes a file the person names can destroy the journal, a
locked journal's vault.json, a device or a pipe, whatever path it is given."""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
from pathlib import Path

import pytest

from tests.conftest import run_cli

pytestmark = pytest.mark.slow
PASSPHRASE = "correct horse battery"


@pytest.fixture(scope="module")
def locked_template(tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("template") / "data"
    assert run_cli("demo", "--years", "0.1", "--data-dir", str(data)).returncode == 0
    locked = run_cli("lock", "--data-dir", str(data), input=f"{PASSPHRASE}\n{PASSPHRASE}\n")
    assert locked.returncode == 0, locked.stderr
    assert (data / "vault.json").exists()
    return data


@pytest.fixture
def place(tmp_path, locked_template):
    """A locked journal in tmp/data, links into it, a FIFO, a folder and a file."""
    data = tmp_path / "data"
    shutil.copytree(locked_template, data, symlinks=True)
    (tmp_path / "link-to-db").symlink_to(data / "resilience.sqlite3")
    (tmp_path / "link-to-vault").symlink_to(data / "vault.json")
    (tmp_path / "link-to-data").symlink_to(data, target_is_directory=True)
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "folder").mkdir()
    (tmp_path / "mine.pdf").write_bytes(b"precious")
    return tmp_path


def _fingerprint(folder: Path) -> dict:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and not p.is_symlink()
            and p.name != "resilience.lock"}


def _file_targets(place: Path) -> list[tuple[str, str]]:
    data = place / "data"
    return [(str(data / "resilience.sqlite3"), "inside the data folder"),
            (str(data / "vault.json"), "inside the data folder"),
            (str(place / "link-to-db"), "inside the data folder"),
            (str(place / "link-to-vault"), "inside the data folder"),
            (str(place / "link-to-data" / "out.file"), "inside the data folder"),
            (str(place / "link-to-data"), "inside the data folder"),
            (str(place / "folder" / ".." / "data" / "vault.json"), "inside the data folder"),
            (str(place / "pipe"), "named pipe"),
            (str(place / "folder"), "a folder"),
            (os.devnull, "a device")]


def _assert_refused(place: Path, command: list[str], target: str, words: str, before: dict):
    result = run_cli(*command, input=f"{PASSPHRASE}\n")
    assert result.returncode != 0, f"{target}: {result.stdout}"
    assert words in result.stderr and target in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert _fingerprint(place / "data") == before, f"{target} changed the data folder"
    assert stat.S_ISFIFO(os.stat(place / "pipe").st_mode)
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


@pytest.mark.parametrize("verb", [
    ["export", "--format", "json", "--force"],
    ["summary", "--from", "2026-01-01", "--to", "2026-12-31", "--force"],
])
def test_file_writers_refuse_the_journal_its_vault_links_pipes_folders_and_devices(place, verb):
    data = place / "data"
    before = _fingerprint(data)
    for target, words in _file_targets(place):
        _assert_refused(place, [*verb, target, "--data-dir", str(data)], target, words, before)


@pytest.mark.parametrize("verb", [
    ["export", "--format", "json"],
    ["summary", "--from", "2026-01-01", "--to", "2026-12-31"],
])
def test_file_writers_keep_an_existing_file_without_force(place, verb):
    target = place / "mine.pdf"
    result = run_cli(*verb, str(target), "--data-dir", str(place / "data"),
                     input=f"{PASSPHRASE}\n")
    assert result.returncode == 1 and "already exists" in result.stderr
    assert target.read_bytes() == b"precious"


def test_the_csv_folder_and_the_screenshot_folder_refuse_the_data_folder_and_non_folders(place):
    data = place / "data"
    before = _fingerprint(data)
    targets = [(str(data), "inside the data folder"),
               (str(data / "backups"), "inside the data folder"),
               (str(place / "link-to-data"), "inside the data folder"),
               (str(place / "pipe"), "named pipe"),
               (str(place / "mine.pdf"), "a file"),
               (os.devnull, "a device")]
    for target, words in targets:
        _assert_refused(place, ["export", "--format", "csv", "--force", target,
                                "--data-dir", str(data)], target, words, before)
        _assert_refused(place, ["--data-dir", str(data), "--screenshot", target],
                        target, words, before)


@pytest.mark.parametrize("verb, start", [
    (["export", "--format", "json", "--force"], b"{"),
    (["summary", "--from", "2026-01-01", "--to", "2026-12-31", "--force"], b"%PDF"),
])
def test_file_writers_replace_an_existing_file_with_force_privately_and_leave_nothing(
        place, verb, start):
    target = place / "mine.pdf"
    result = run_cli(*verb, str(target), "--data-dir", str(place / "data"),
                     input=f"{PASSPHRASE}\n")
    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(start)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert not [p.name for p in place.iterdir() if p.name.startswith(".")]  # no temporary


def test_the_csv_folder_refuses_a_file_in_it_that_links_into_the_data_folder(place):
    """--force writes into an existing folder, but each file still goes through the guard:
    a table's file planted as a link to vault.json is refused, vault.json untouched."""
    data = place / "data"
    before = _fingerprint(data)
    (place / "folder" / "preference.csv").symlink_to(data / "vault.json")
    result = run_cli("export", "--format", "csv", "--force", str(place / "folder"),
                     "--data-dir", str(data), input=f"{PASSPHRASE}\n")
    assert result.returncode != 0 and "inside the data folder" in result.stderr
    assert "Traceback" not in result.stderr
    assert _fingerprint(data) == before
    assert [p.name for p in (place / "folder").iterdir()] == ["preference.csv"]  # no table
