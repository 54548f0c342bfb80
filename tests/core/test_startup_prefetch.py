"""The start-up quick_check may run early on a thread; its result is used only for an unchanged file."""

import os

import pytest

from resilience_desktop.core import startup
from resilience_desktop.core.db import close_database
from resilience_desktop.core.errors import DatabaseDamagedError
from resilience_desktop.core.integrity import CheckResult


@pytest.fixture
def closed_db(paths):
    startup.open_app_database(paths)
    close_database()
    return paths


def test_a_prefetched_result_is_used_for_an_unchanged_file(closed_db, monkeypatch):
    startup.prefetch_quick_check(closed_db)
    calls = []
    monkeypatch.setattr(startup, "quick_check_file", lambda *a: calls.append(a))
    startup.ensure_healthy(closed_db)
    assert calls == []  # the early (healthy) result was taken


def test_a_changed_file_is_checked_again(closed_db, monkeypatch):
    startup.prefetch_quick_check(closed_db)
    startup._prefetched[closed_db.db_path][0].join()
    stat = closed_db.db_path.stat()
    os.utime(closed_db.db_path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10_000_000))
    monkeypatch.setattr(startup, "quick_check_file",
                        lambda *a: CheckResult(ok=False, messages=["page 3: damaged"]))
    with pytest.raises(DatabaseDamagedError):
        startup.ensure_healthy(closed_db)
