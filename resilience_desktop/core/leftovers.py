"""What a killed run leaves beside the journal, removed by the next writer open.

Only names this app writes, only while the writer lock is held (so no other run
of the app is writing them), and only files older than this open (the lock
file's mtime, rewritten when the lock is taken):

* ``transition.json.tmp``, ``vault.json.tmp``, ``vault.json.pending.tmp``,
  ``language.json.tmp``, ``last-check.json.tmp``: a ``write_atomic`` cut before its rename (the file it was replacing is intact);
* ``.resilience-check-*/``: a health check's private copy (``core/health.private_copy``);
* ``.<folder>.demo-*/`` beside the data folder: a ``demo`` run into this folder that
  was killed (its own lock file, inside, is not held; a minute old at least).

Twins of a transition (``*.partial``, ``*.locking``…) are handled by
``core/transitions.remove_leftovers``, which calls this.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from resilience_desktop.core.files import CHECK_RECORD_FILENAME
from resilience_desktop.core.health import CHECK_COPY_PREFIX
from typing import TYPE_CHECKING
from resilience_desktop.core.log import get_logger

if TYPE_CHECKING:
    from resilience_desktop.paths import AppPaths

log = get_logger(__name__)

# A demo build holds no lock on this folder: one younger than this may be starting.
DEMO_GRACE_SECONDS = 60
ATOMIC_TEMP_NAMES = ("transition.json.tmp", "vault.json.tmp", "vault.json.pending.tmp",
                     "language.json.tmp", CHECK_RECORD_FILENAME + ".tmp")


def _older_than(path: Path, moment: float) -> bool:
    try:
        return path.lstat().st_mtime < moment
    except OSError:
        return False


def stale_leftovers(paths: AppPaths, opened_at: float) -> list[Path]:
    data = paths.data_dir
    found = [data / name for name in ATOMIC_TEMP_NAMES if (data / name).is_file()]
    if data.is_dir():
        found += sorted(p for p in data.iterdir()
                        if p.name.startswith(CHECK_COPY_PREFIX) and p.is_dir()
                        and not p.is_symlink())
    found += _killed_demo_builds(data, opened_at)
    return [p for p in found if _older_than(p, opened_at)]


def _killed_demo_builds(data: Path, opened_at: float) -> list[Path]:
    from resilience_desktop.instance_lock import is_held_elsewhere

    parent = data.parent
    if not parent.is_dir():
        return []
    started_long_ago = opened_at - DEMO_GRACE_SECONDS
    return sorted(p for p in parent.glob(f".{data.name}.demo-*")
                  if p.is_dir() and not p.is_symlink() and _older_than(p, started_long_ago)
                  and not is_held_elsewhere(p / "resilience.lock"))


def lock_taken_at(paths: AppPaths) -> float | None:
    """When this writer took the lock: the lock file's mtime (it is rewritten with the
    PID then), on the same file-system clock as the leftovers' own times."""
    try:
        return paths.lock_path.stat().st_mtime
    except OSError:
        return None


def remove_stale_leftovers(paths: AppPaths) -> int:
    """Remove them (nothing without a lock file to date the open); returns how many."""
    opened_at = lock_taken_at(paths)
    stale = stale_leftovers(paths, opened_at) if opened_at is not None else []
    for path in stale:
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
    if stale:
        log.info("removed %d files left by a killed run", len(stale))
    return len(stale)
