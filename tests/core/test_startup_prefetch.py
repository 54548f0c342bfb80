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


def test_with_the_shell_read_the_check_waits_until_it_is_let_start(closed_db, monkeypatch):
    """A shell-first start: the preferences are read at once, the check only once the
    shell's first frame is painted (run_prefetched_check), or when its result is asked."""
    checked = []
    monkeypatch.setattr(startup, "cheap_check_file", lambda path, key: checked.append(path))
    startup.prefetch_check(closed_db, shell=True)
    thread = startup._prefetched[closed_db.db_path][0]
    assert startup.shell_preferences(closed_db.db_path) is not None  # read before the gate
    thread.join(0.2)
    assert thread.is_alive() and checked == []  # waiting for the first frame
    startup.run_prefetched_check(closed_db.db_path)
    thread.join()
    assert checked == [closed_db.db_path]


def test_asking_for_the_result_lets_a_waiting_check_run(closed_db):
    startup.prefetch_check(closed_db, shell=True)
    assert startup.shell_preferences(closed_db.db_path) is not None
    assert startup.prefetched_result(closed_db.db_path).ok  # no deadlock: it ran
