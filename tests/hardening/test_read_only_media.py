"""Read-only media (a USB stick, a mounted backup): readers work and write nothing;
writers say plainly that the folder cannot be written. Readers never log into the
data folder, on any medium."""

import shutil

import pytest

from resilience_desktop.paths import AppPaths
from tests.conftest import run_cli
from tests.hardening.media import kill_a_writer_after_a_commit, listing, read_only_view
from tests.session.helpers import file_hashes

pytestmark = pytest.mark.slow
READERS = (("check",), ("search", "walk"), ("export", "--format", "json", "{out}/all.json"),
           ("summary", "--from", "2026-01-01", "--to", "2026-12-31", "{out}/summary.pdf"))
WRITERS = (("backup",), ("lock",), ("import", "--format", "json", "{out}/all.json"),
           ("--smoke",))


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    data = tmp_path_factory.mktemp("demo") / "data"
    result = run_cli("demo", "--years", "0.3", "--end-date", "2026-11-01", "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    return data


def _run_readers(data, out):
    out.mkdir(exist_ok=True)
    for verb in READERS:
        result = run_cli(*[a.format(out=out) for a in verb], "--data-dir", str(data))
        assert result.returncode == 0 and "Traceback" not in result.stderr, (verb, result.stderr)
        yield verb, result


def test_readers_change_no_byte_and_create_no_file_not_even_a_log(demo, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(demo, data)
    before = (file_hashes(data, skip_logs=False), listing(data))
    for verb, _result in _run_readers(data, tmp_path / "out"):
        assert (file_hashes(data, skip_logs=False), listing(data)) == before, verb
    assert not (data / "logs").exists()


def test_on_read_only_media_readers_work_and_writers_say_so(demo, tmp_path):
    source = tmp_path / "stick"
    shutil.copytree(demo, source / "data")
    before = (file_hashes(source, skip_logs=False), listing(source))
    with read_only_view(source, tmp_path / "mnt") as mnt:
        data = mnt / "data"
        for verb, result in _run_readers(data, tmp_path / "out"):
            assert result.stdout, verb
        assert (tmp_path / "out" / "all.json").stat().st_size > 0
        for verb in WRITERS:
            result = run_cli(*[a.format(out=tmp_path / "out") for a in verb],
                             "--data-dir", str(data), input="a long passphrase\n")
            assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
            assert f"{data} cannot be written (read-only media" in result.stderr, verb
            assert "Nothing was changed" in result.stderr
    assert (file_hashes(source, skip_logs=False), listing(source)) == before


def test_on_read_only_media_a_killed_writers_last_change_is_read(demo, tmp_path):
    source = tmp_path / "stick"
    shutil.copytree(demo, source / "data")
    kill_a_writer_after_a_commit(AppPaths.resolve(source / "data").db_path)
    before = (file_hashes(source, skip_logs=False), listing(source))
    with read_only_view(source, tmp_path / "mnt") as mnt:
        result = run_cli("check", "--data-dir", str(mnt / "data"))
        assert result.returncode == 0 and "quick_check: ok" in result.stdout, result.stderr
        result = run_cli("export", "--format", "json", str(tmp_path / "all.json"),
                         "--data-dir", str(mnt / "data"))
        assert result.returncode == 0, result.stderr
    assert "zebralate" in (tmp_path / "all.json").read_text()
    assert (file_hashes(source, skip_logs=False), listing(source)) == before


def test_on_read_only_media_a_wal_without_its_index_is_a_plain_message(demo, tmp_path):
    source = tmp_path / "stick"
    shutil.copytree(demo, source / "data")
    db = AppPaths.resolve(source / "data").db_path
    kill_a_writer_after_a_commit(db)
    (db.parent / (db.name + "-shm")).unlink()
    with read_only_view(source, tmp_path / "mnt") as mnt:
        result = run_cli("search", "walk", "--data-dir", str(mnt / "data"))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "Copy the whole folder" in result.stderr and "Nothing was changed" in result.stderr
