"""Start-up helpers: the writer lock taken early, the shell's preferences and the
cheap check (core/cheap_check.py) prefetched while Qt loads, and open_app_database.

Nothing here imports peewee: the window shell is shown before the data layer loads
(docs/performance.md, start-up)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from resilience_desktop.core.db_file import looks_plain_sqlite
from resilience_desktop.core.cheap_check import cheap_check_file
from resilience_desktop.core.files import CRASH_SIDECARS, side_file
from resilience_desktop.core.integrity import CheckResult
from resilience_desktop.core.shell_preferences import read_shell_preferences
from resilience_desktop.instance_lock import InstanceLock
from resilience_desktop.paths import AppPaths
from resilience_desktop.core.log import get_logger

if TYPE_CHECKING:
    from resilience_desktop.core.migrations import MigrationReport
    from resilience_desktop.core.session import DataSession

log = get_logger(__name__)

# cheap check results computed ahead of time: path -> (thread, result box, file stamp)
_prefetched: dict[Path, tuple[threading.Thread, dict[str, object], tuple[int, int]]] = {}
# The shell's preferences read on the same thread: path -> (read, result box)
_shell_read: dict[Path, tuple[threading.Event, dict[str, object]]] = {}
# With the shell's read, the check itself waits for this (run_prefetched_check).
_check_gates: dict[Path, threading.Event] = {}
# The writer lock taken before Qt loads (take_start_lock), until the session holds its own.
_start_lock: list[InstanceLock] = []
# What take_start_lock found: True held, False held by another process, None not tried.
_start_state: list[bool | None] = [None]


def take_start_lock(paths: AppPaths) -> bool | None:
    """Take the single-writer lock of an existing journal's folder before Qt loads.

    True: held (the session's own lock, taken later, counts on it: the lock is
    re-entrant in one process). False: another Resilience holds it (the window
    says so without showing anything). None: not tried (no journal yet, a symbolic
    link, a folder that cannot be written): the data session decides, as before.
    """
    try:
        if (paths.data_dir.is_symlink() or not paths.data_dir.is_dir()
                or paths.db_path.is_symlink() or not paths.db_path.is_file()):
            return None
        lock = InstanceLock(paths.lock_path)
        if not lock.acquire():
            _start_state[0] = False
            return False
    except OSError:
        return None
    _start_lock.append(lock)
    _start_state[0] = True
    return True


def start_lock_state() -> bool | None:
    """What take_start_lock found (None when it was not called or not tried)."""
    return _start_state[0]


def release_start_lock() -> None:
    """Let go of the early lock (the open session holds its own count; safe twice)."""
    while _start_lock:
        _start_lock.pop().release()
    _start_state[0] = None


def _file_stamp(path: Path) -> tuple[int, int]:
    stat = path.stat()
    return stat.st_size, stat.st_mtime_ns


def prefetch_check(paths: AppPaths, shell: bool = False) -> None:
    """Start the start-up cheap check of a plain journal on a worker thread.

    With shell (only while take_start_lock holds the lock) the thread first reads
    the shell's preferences (shell_preferences()), then waits for run_prefetched_check
    (called once the shell's first frame is painted, or when the start goes journal
    first) before the check: the first frame does not share the CPU with it, and the
    check overlaps the data layer's import instead.

    SQLite releases the GIL while it reads the file, so the check runs while the GUI
    toolkit is being imported. The writer door (health.check_for_writer) uses the
    result only if the file has not changed since; otherwise it checks again. Not
    started with crash leftovers beside the journal (the full check on a private copy
    settles those). Read-only: it can never change the file.
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
    prefetch_result = not any(side_file(path, suffix).exists() for suffix in CRASH_SIDECARS)
    box: dict[str, object] = {}
    shell_read = threading.Event()
    go = threading.Event()
    if shell:
        _shell_read[path] = (shell_read, box)
        _check_gates[path] = go
    else:
        go.set()

    def run() -> None:
        try:
            if shell:
                box["shell"] = read_shell_preferences(path)
        except Exception:  # noqa: BLE001 - the window then starts journal first
            box["shell"] = None
        finally:
            shell_read.set()
        go.wait()
        try:
            if prefetch_result:
                box["result"] = cheap_check_file(path, None)
        except Exception as error:  # noqa: BLE001 - re-checked on the main thread
            box["error"] = error

    thread = threading.Thread(target=run, name="start-check", daemon=True)
    thread.start()
    _prefetched[path] = (thread, box, stamp)


def shell_preferences(path: Path) -> dict[str, object] | None:
    """The shell's preferences read by prefetch_check(shell=True), or None."""
    entry = _shell_read.pop(path, None)
    if entry is None:
        return None
    shell_read, box = entry
    shell_read.wait()
    shell = box.get("shell")
    return shell if isinstance(shell, dict) else None


def run_prefetched_check(path: Path) -> None:
    """Let the prefetched check of path start (it waits after the shell's read)."""
    gate = _check_gates.pop(path, None)
    if gate is not None:
        gate.set()


def prefetched_result(path: Path) -> CheckResult | None:
    """The prefetched cheap check of path, if the file has not changed since."""
    run_prefetched_check(path)  # never wait on a check nobody let start
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


# The session open_script_session opened last (a script or test owns its process).
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
