"""The output-path guard on its own: what it refuses, what it replaces, what a failure leaves."""

from __future__ import annotations

import os
import stat

import pytest

from resilience_desktop.core.output_path import (OutputExists, OutputRefused, check_output_file,
                                                 check_output_folder, guarded_file)


@pytest.fixture
def data(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "resilience.sqlite3").write_bytes(b"journal")
    (folder / "vault.json").write_text("{}")
    return folder


def test_inside_the_data_folder_is_refused_through_links_both_ways(tmp_path, data):
    (tmp_path / "link-to-db").symlink_to(data / "resilience.sqlite3")
    (tmp_path / "link-to-data").symlink_to(data, target_is_directory=True)
    real_home = tmp_path / "real"
    real_home.mkdir()
    (tmp_path / "data-by-link").symlink_to(data, target_is_directory=True)
    for target in (data / "resilience.sqlite3", data / "vault.json", data / "new.json",
                   tmp_path / "link-to-db", tmp_path / "link-to-data" / "x.json",
                   data / ".." / "data" / "x.json"):
        with pytest.raises(OutputRefused, match="inside the data folder") as refused:
            check_output_file(target, data, force=True)
        assert str(target) in str(refused.value)  # named as typed
    # the data folder itself reached through a link (a --data-dir given as a link)
    with pytest.raises(OutputRefused, match="inside the data folder"):
        check_output_file(data / "out.json", tmp_path / "data-by-link", force=True)


def test_anything_that_is_not_a_regular_file_is_refused(tmp_path, data):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    folder = tmp_path / "folder"
    folder.mkdir()
    for target, words in ((fifo, "named pipe"), (folder, "a folder"),
                          (os.devnull, "a device")):
        with pytest.raises(OutputRefused, match=words):
            check_output_file(target, data, force=True)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_an_existing_file_is_replaced_only_when_asked(tmp_path, data):
    target = tmp_path / "mine.json"
    target.write_text("precious")
    with pytest.raises(OutputExists):
        check_output_file(target, data, force=False)
    with guarded_file(target, data, force=True) as handle:
        handle.write("new")
    assert target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "mine.json"]


def test_a_failure_while_writing_leaves_the_old_file_and_no_temporary(tmp_path, data):
    target = tmp_path / "mine.json"
    target.write_text("precious")
    with pytest.raises(RuntimeError), guarded_file(target, data, force=True) as handle:
        handle.write("half")
        raise RuntimeError("disk pulled")
    assert target.read_text() == "precious"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "mine.json"]


def test_folders_refuse_files_devices_and_the_data_folder(tmp_path, data):
    (tmp_path / "a-file").write_text("x")
    for target, words in ((tmp_path / "a-file", "a file"), (os.devnull, "a device"),
                          (data, "inside the data folder"),
                          (data / "backups", "inside the data folder")):
        with pytest.raises(OutputRefused, match=words):
            check_output_folder(target, data, force=True)
    full = tmp_path / "full"
    full.mkdir()
    (full / "old.csv").write_text("x")
    with pytest.raises(OutputExists):
        check_output_folder(full, data, force=False)
    assert check_output_folder(full, data, force=True) == full


def test_a_dangling_link_and_a_socket_are_refused_named_as_typed(tmp_path, data):
    import socket

    (tmp_path / "dangling").symlink_to(tmp_path / "nowhere" / "x.json")
    with pytest.raises(OutputRefused, match="link to a file that does not exist"):
        check_output_file(tmp_path / "dangling", data, force=True)
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(tmp_path / "sock"))
        with pytest.raises(OutputRefused, match="a socket"):
            check_output_file(tmp_path / "sock", data, force=True)
    finally:
        server.close()


def test_a_home_relative_path_is_named_as_typed(tmp_path, data, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    with pytest.raises(OutputRefused) as refused:
        check_output_file("~/data/vault.json", data, force=True)
    assert str(refused.value).startswith("~/data/vault.json is inside the data folder")


def test_a_target_swapped_for_a_pipe_while_writing_is_not_replaced(tmp_path, data):
    target = tmp_path / "mine.json"
    target.write_text("precious")
    with pytest.raises(OutputRefused, match="named pipe"):
        with guarded_file(target, data, force=True) as handle:
            handle.write("new")
            target.unlink()
            os.mkfifo(target)  # changed under the writer: checked again before the rename
    assert stat.S_ISFIFO(os.stat(target).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "mine.json"]


def test_an_error_from_the_disk_is_a_plain_refusal_and_leaves_no_temporary(tmp_path, data):
    target = tmp_path / "mine.json"
    target.write_text("precious")
    with pytest.raises(OutputRefused, match=r"mine.json: cannot write it \(No space left"):
        with guarded_file(target, data, force=True):
            raise OSError(28, "No space left on device")
    assert target.read_text() == "precious"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "mine.json"]


@pytest.fixture
def bind_mounted(tmp_path, data):
    """The data folder mounted a second time elsewhere (root only, where mount works)."""
    import subprocess

    elsewhere = tmp_path / "mounted"
    elsewhere.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "--bind", str(data), str(elsewhere)],
                                           capture_output=True).returncode != 0:
        pytest.skip("a bind mount needs root and a system that allows mount")
    yield elsewhere
    subprocess.run(["umount", str(elsewhere)], check=True)


def test_the_data_folder_under_another_name_is_recognised_by_identity(data, bind_mounted):
    """No link to resolve: a bind mount (or a case-insensitive disk) names the data folder
    differently; the guard compares device and inode of every folder on the way."""
    for target in (bind_mounted / "vault.json", bind_mounted / "new.json"):
        with pytest.raises(OutputRefused, match="inside the data folder"):
            check_output_file(target, data, force=True)
    assert (data / "vault.json").read_text() == "{}"
