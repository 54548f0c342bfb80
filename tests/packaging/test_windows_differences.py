"""What Windows lacks, simulated here: the code must not depend on it."""

from __future__ import annotations

import os

from resilience_desktop.core.output_path import guarded_file


def test_an_export_file_is_written_where_os_has_no_fchmod(monkeypatch, tmp_path):
    monkeypatch.delattr(os, "fchmod", raising=False)  # Windows before Python 3.13
    dest = tmp_path / "export.json"
    with guarded_file(dest, tmp_path / "data", force=False) as handle:
        handle.write('{"tables": {}}\n')
    assert dest.read_text(encoding="utf-8") == '{"tables": {}}\n'
    assert [p.name for p in tmp_path.iterdir()] == ["export.json"]  # no temporary left


def test_a_backup_folder_fsync_that_cannot_open_folders_is_skipped(monkeypatch, tmp_path):
    """Windows cannot os.open() a folder; the durable-rename helper must carry on."""
    from resilience_desktop.core import files

    real_open = os.open

    def windows_like_open(path, flags, *args):
        if os.path.isdir(path):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", windows_like_open)
    files.fsync_dir(tmp_path)  # no exception
