"""A full disk is said plainly (with the space needed), never called damage, never a
traceback; nothing changes. On a real small file system (tmpfs), skipped where the
test cannot mount one."""

import os

import pytest

from tests.conftest import run_cli
from tests.hardening.media import listing, small_disk
from tests.session.helpers import file_hashes

pytestmark = pytest.mark.slow
VERBS = (("check",), ("search", "walk"), ("backup",), ("--smoke",),
         ("import", "--format", "json", "{export}"), ("lock",))


def _fill(disk, leave_bytes=0):
    stat = os.statvfs(disk)
    free = stat.f_bavail * stat.f_frsize
    with open(disk / "filler", "wb") as handle:
        handle.truncate(0)
        remaining = max(0, free - leave_bytes)
        while remaining > 0:
            chunk = min(remaining, 1 << 20)
            try:
                handle.write(b"\0" * chunk)
                handle.flush()
            except OSError:
                break
            remaining -= chunk


def _assert_disk_full(result, what):
    assert result.returncode != 0, (what, result.stdout)
    assert "Traceback" not in result.stderr, result.stderr
    assert "is full" in result.stderr and "Free at least" in result.stderr, (what, result.stderr)
    assert "damaged" not in result.stderr + result.stdout
    assert "Nothing was changed" in result.stderr


def test_every_door_says_the_disk_is_full_and_changes_nothing(tmp_path):
    export = tmp_path / "all.json"
    with small_disk(tmp_path / "disk", "8m") as disk:
        data = disk / "data"
        assert run_cli("demo", "--years", "0.5", "--data-dir", str(data)).returncode == 0
        assert run_cli("export", "--format", "json", str(export),
                       "--data-dir", str(data)).returncode == 0
        _fill(disk)
        before = file_hashes(data)
        for verb in VERBS:
            args = [a.format(export=export) for a in verb]
            result = run_cli(*args, "--data-dir", str(data), input="a long passphrase\n")
            _assert_disk_full(result, verb)
            assert file_hashes(data) == before, verb


def test_an_import_on_a_nearly_full_disk_is_one_sentence_and_leaves_nothing(tmp_path):
    export = tmp_path / "all.json"
    with small_disk(tmp_path / "disk", "8m") as disk:
        source = disk / "source"
        assert run_cli("demo", "--years", "0.5", "--data-dir", str(source)).returncode == 0
        assert run_cli("export", "--format", "json", str(export),
                       "--data-dir", str(source)).returncode == 0
        _fill(disk, leave_bytes=400_000)  # less than the imported journal needs
        before = listing(disk)
        result = run_cli("import", "--format", "json", str(export),
                         "--data-dir", str(disk / "fresh"))
        _assert_disk_full(result, "import")
        assert listing(disk) == before
