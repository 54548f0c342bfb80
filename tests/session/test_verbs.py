"""The verbs through the session's doors, as whole processes."""

import os
import shutil
import sqlite3

import pytest

from tests.conftest import run_cli
from tests.core.damaged_journals import make_damaged
from tests.session.helpers import file_hashes
from resilience_desktop.paths import AppPaths

pytestmark = pytest.mark.slow
READ_ONLY_VERBS = (("check",), ("search", "words"), ("export", "--format", "json", "{out}"))


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    data = tmp_path_factory.mktemp("demo") / "data"
    result = run_cli("demo", "--years", "0.2", "--end-date", "2026-11-01", "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    return data


@pytest.mark.parametrize("verb", [("backup",), ("check",), ("search", "word"),
                                  ("export", "--format", "json", "OUT"), ("lock",), ("unlock",),
                                  ("passphrase",), ("restore", "FILE")])
def test_verbs_refuse_a_folder_without_a_journal_and_create_nothing(tmp_path, verb):
    missing = tmp_path / "mistyped"
    backup = tmp_path / "some.sqlite3"
    backup.write_bytes(b"x")
    args = [str(tmp_path / "out.json") if a == "OUT" else str(backup) if a == "FILE" else a
            for a in verb]
    result = run_cli(*args, "--data-dir", str(missing), input="a passphrase\n" * 3)
    assert result.returncode == (3 if verb == ("check",) else 1)  # check: 3 = no journal
    assert f"No journal in {missing}" in result.stderr and "Traceback" not in result.stderr
    assert not missing.exists()


def test_import_into_a_new_folder_says_it_created_a_journal(tmp_path, demo_dir):
    exported = tmp_path / "all.json"
    assert run_cli("export", "--format", "json", str(exported),
                   "--data-dir", str(demo_dir)).returncode == 0
    fresh = tmp_path / "fresh"
    result = run_cli("import", "--format", "json", str(exported), "--data-dir", str(fresh))
    assert result.returncode == 0, result.stderr
    assert f"Created a new journal in {fresh}" in result.stdout


def _copy(demo_dir, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(demo_dir, data)
    return data


def _break(data, kind, tmp_path):
    db = data / "resilience.sqlite3"
    if kind == "zero_bytes":
        db.write_bytes(b"")
    elif kind == "truncated":
        db.write_bytes(db.read_bytes()[: db.stat().st_size // 2])
    elif kind == "foreign_wal":
        fresh = AppPaths.resolve(tmp_path / "built")
        make_damaged(fresh, "foreign_wal", tmp_path / "scratch")
        for suffix in ("", "-wal", "-shm"):
            shutil.copyfile(f"{fresh.db_path}{suffix}", f"{db}{suffix}")
    elif kind == "damaged_vault":
        result = run_cli("lock", "--data-dir", str(data), input="a long passphrase\n")
        assert result.returncode == 0, result.stderr
        (data / "vault.json").write_text('{"format": 1, "passphrase": {"memory_cost": 1e99}}')


@pytest.mark.parametrize("kind", ["healthy", "zero_bytes", "truncated", "foreign_wal",
                                  "damaged_vault"])
def test_read_only_verbs_leave_every_byte_as_it_was(tmp_path, demo_dir, kind):
    data = _copy(demo_dir, tmp_path)
    _break(data, kind, tmp_path)
    before = file_hashes(data, skip_logs=True)
    for verb in READ_ONLY_VERBS:
        args = [a.format(out=tmp_path / "out.json") for a in verb]
        result = run_cli(*args, "--data-dir", str(data), input="a long passphrase\n")
        assert "Traceback" not in result.stderr, result.stderr
        if kind != "healthy":
            assert result.returncode != 0, (verb, result.stdout)
        assert file_hashes(data, skip_logs=True) == before, verb


def test_backup_of_a_foreign_wal_journal_is_refused_and_the_main_file_survives(tmp_path,
                                                                               demo_dir):
    data = _copy(demo_dir, tmp_path)
    _break(data, "foreign_wal", tmp_path)
    main_before = (data / "resilience.sqlite3").read_bytes()
    result = run_cli("backup", "--data-dir", str(data))
    assert result.returncode == 1 and "damaged" in result.stderr
    assert (data / "resilience.sqlite3").read_bytes() == main_before


def test_demo_builds_in_a_hidden_folder_and_renames_it(tmp_path):
    target = tmp_path / "fresh-demo"
    leftover = tmp_path / ".fresh-demo.demo-killed"
    leftover.mkdir()  # what a killed run leaves
    result = run_cli("demo", "--years", "0.1", "--data-dir", str(target))
    assert result.returncode == 0, result.stderr
    assert not leftover.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["fresh-demo"]
    conn = sqlite3.connect(target / "resilience.sqlite3")
    assert conn.execute("SELECT COUNT(*) FROM journal_entry").fetchone()[0] > 0
    conn.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_folders_are_0700_and_files_0600(tmp_path, demo_dir):
    data = _copy(demo_dir, tmp_path)
    shutil.rmtree(data)
    assert run_cli("demo", "--years", "0.1", "--data-dir", str(data)).returncode == 0
    assert run_cli("backup", "--data-dir", str(data)).returncode == 0
    out = tmp_path / "export.json"
    assert run_cli("export", "--format", "json", str(out), "--data-dir", str(data)).returncode == 0
    assert run_cli("lock", "--data-dir", str(data), input="a long passphrase\n").returncode == 0
    for path in [data, *data.rglob("*")]:
        expected = 0o700 if path.is_dir() else 0o600
        assert path.stat().st_mode & 0o777 == expected, path
    assert out.stat().st_mode & 0o777 == 0o600
