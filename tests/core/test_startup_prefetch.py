"""The start-up cheap check may run early on a thread; its result is used only for an
unchanged file."""

import os

import pytest

from resilience_desktop.core import health, startup
from resilience_desktop.core.errors import DatabaseDamagedError
from resilience_desktop.core.integrity import CheckResult
from resilience_desktop.core.session import DataSession


@pytest.fixture
def closed_db(paths):
    startup.open_script_session(paths).close()
    return paths


def _open_writer(paths):
    session = DataSession(paths)
    try:
        session.open_writer(take_lock=False)
    finally:
        session.close()


def test_a_prefetched_result_is_used_for_an_unchanged_file(closed_db, monkeypatch):
    startup.prefetch_check(closed_db)
    startup._prefetched[closed_db.db_path][0].join()
    calls = []
    monkeypatch.setattr(health, "cheap_check_file", lambda *a, **k: calls.append(a))
    _open_writer(closed_db)
    assert calls == []  # the early (healthy) result was taken


def test_a_changed_file_is_checked_again(closed_db, monkeypatch):
    startup.prefetch_check(closed_db)
    startup._prefetched[closed_db.db_path][0].join()
    stat = closed_db.db_path.stat()
    os.utime(closed_db.db_path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10_000_000))
    monkeypatch.setattr(health, "cheap_check_file",
                        lambda *a, **k: CheckResult(ok=False, messages=["page 3: damaged"]))
    with pytest.raises(DatabaseDamagedError):
        _open_writer(closed_db)
