"""Start-up helpers: the quick_check prefetched while Qt loads, and open_app_database."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from resilience_desktop.core.db import looks_plain_sqlite
from resilience_desktop.core.integrity import CheckResult, quick_check_file
from resilience_desktop.core.migrations import MigrationReport
from resilience_desktop.paths import AppPaths

if TYPE_CHECKING:
    from resilience_desktop.core.session import DataSession

log = logging.getLogger(__name__)

#: quick_check results computed ahead of time: path -> (thread, result box, file stamp)
_prefetched: dict[Path, tuple[threading.Thread, dict[str, object], tuple[int, int]]] = {}


def _file_stamp(path: Path) -> tuple[int, int]:
    stat = path.stat()
    return stat.st_size, stat.st_mtime_ns


def prefetch_quick_check(paths: AppPaths) -> None:
    """Start the start-up quick_check of a plain journal on a worker thread.

    SQLite releases the GIL while it reads the file, so the check runs while
    the GUI toolkit is being imported (a ~30 ms saving on a 10-year journal).
    ensure_healthy() uses the result only if the file has not changed since;
    otherwise it checks again. Read-only: it can never change the file.
    """
    path = paths.db_path
    try:
        if path.is_symlink():
            return  # refused by the writer door (core/data_folder.py): never read through
        if path.stat().st_size == 0 or not looks_plain_sqlite(path):
            return
        stamp = _file_stamp(path)
    except OSError:
        return
    box: dict[str, object] = {}

    def run() -> None:
        try:
            box["result"] = quick_check_file(path, None)
        except Exception as error:  # noqa: BLE001 - re-checked on the main thread
            box["error"] = error

    thread = threading.Thread(target=run, name="quick-check", daemon=True)
    thread.start()
    _prefetched[path] = (thread, box, stamp)


def prefetched_result(path: Path) -> CheckResult | None:
    """The prefetched quick_check of path, if the file has not changed since."""
    entry = _prefetched.pop(path, None)
    if entry is None:
        return None
    thread, box, stamp = entry
    thread.join()
    try:
        unchanged = _file_stamp(path) == stamp
    except OSError:
        return None
    result = box.get("result") if unchanged else None
    return result if isinstance(result, CheckResult) else None


#: The session open_script_session opened last (a script or test owns its process).
_script_sessions: list[DataSession] = []


def open_script_session(paths: AppPaths, key: bytes | None = None) -> DataSession:
    """A writer session on paths (the journal created if needed), without the lock file:
    for tests, benchmarks and scripts that own the folder outright. It closes the session
    it opened before (the script's own), never one the window or a verb opened. The
    window and the verbs open theirs directly (core/session/)."""
    from resilience_desktop.core.session import DataSession

    while _script_sessions:
        _script_sessions.pop().close()
    session = DataSession(paths)
    session.open_writer(key=key, create=True, take_lock=False)
    _script_sessions.append(session)
    return session


def open_app_database(paths: AppPaths, key: bytes | None = None) -> MigrationReport | None:
    """open_script_session, returning what the migration did."""
    return open_script_session(paths, key).report


def ensure_healthy(paths: AppPaths, key: bytes | None = None) -> None:
    """Raise DatabaseDamagedError (or another plain error) unless the journal is healthy."""
    from resilience_desktop.core.health import check_journal

    path = paths.db_path
    if not path.exists():
        return
    result = prefetched_result(path) if key is None else None
    if result is None and path.stat().st_size > 0:
        result = quick_check_file(path, key)
    check_journal(path, key, result=result)
