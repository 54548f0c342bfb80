"""A damaged journal is detected at start and by `check`, and never changed."""

import pytest

from resilience_desktop.core.db import close_database
from resilience_desktop.core.errors import DatabaseDamagedError
from resilience_desktop.core.startup import open_app_database
from resilience_desktop.paths import AppPaths
from resilience_desktop.services.preferences import get_preference
from tests.conftest import run_cli
from tests.core.damaged_journals import KINDS, make_damaged, snapshot
from tests.inspection import make_folders


@pytest.fixture(params=KINDS)
def damaged(request, tmp_path):
    paths = AppPaths.resolve(tmp_path / "data")
    make_damaged(paths, request.param, tmp_path / "scratch")
    return paths


def test_start_refuses_a_damaged_file_and_leaves_it_byte_identical(damaged):
    before = snapshot(damaged.data_dir)
    with pytest.raises(DatabaseDamagedError, match="damaged"):
        open_app_database(damaged)
    close_database()
    assert snapshot(damaged.data_dir) == before


@pytest.mark.slow
def test_check_reports_damage_and_exits_1(damaged):
    before = snapshot(damaged.data_dir)
    result = run_cli("check", "--data-dir", str(damaged.data_dir))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "quick_check: FAILED" in result.stdout and "Traceback" not in result.stderr
    assert snapshot(damaged.data_dir) == before


def test_a_crash_with_a_matching_wal_is_not_damage(tmp_path):
    from tests.core.damaged_journals import _crash_snapshot, _healthy_journal

    paths = AppPaths.resolve(tmp_path / "data")
    work = AppPaths.resolve(tmp_path / "work")
    _healthy_journal(work, with_backup=False)
    make_folders(paths)
    _crash_snapshot(work.db_path, paths.db_path, "ours")
    open_app_database(paths)
    try:
        assert get_preference("ours.49") == "late"
    finally:
        close_database()


def test_restore_over_damage_moves_the_damaged_file_aside(damaged):
    from resilience_desktop.services.safety.backups import newest_good_backup, restore_backup

    damaged_bytes = damaged.db_path.read_bytes()
    backup = newest_good_backup(damaged)
    assert backup is not None
    from resilience_desktop.core.session import DataSession

    session = DataSession(damaged)
    session.open_writer(allow_damaged=True, take_lock=False)
    kept = restore_backup(session, backup.path)
    try:
        assert get_preference("entry.399") is not None
    finally:
        close_database()
    assert (kept / damaged.db_path.name).read_bytes() == damaged_bytes


def test_salvage_exports_what_can_be_read(damaged, tmp_path):
    import json

    from resilience_desktop.services.safety.recovery import salvage_export

    report = salvage_export(damaged.db_path, tmp_path / "rescued.json")
    if report.tables:
        document = json.loads((tmp_path / "rescued.json").read_text())
        assert document["salvaged"] is True and report.rows > 0
    else:
        assert report.problems  # broken header: nothing readable, said plainly
