"""Real file systems for the hardening tests: a read-only bind mount, a small tmpfs.

Both need root (CI runs as root); where mounting is not allowed the test is
skipped with the reason. Every mount is undone when the test ends.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest


def _run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(command, capture_output=True, text=True)


@contextmanager
def mounted(*mount_commands: list[str], target: Path):
    if os.name != "posix" or not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("mounting a file system needs root (CI runs as root)")
    done = []
    try:
        for command in mount_commands:
            result = _run(*command)
            if result.returncode != 0:
                pytest.skip(f"cannot mount here ({' '.join(command)}: {result.stderr.strip()})")
            done.append(command)
        yield target
    finally:
        for _ in done[:1]:
            _run("umount", "-l", str(target))


@contextmanager
def read_only_view(source: Path, target: Path):
    """target shows source's files, read-only (as a USB stick or mounted backup)."""
    target.mkdir(parents=True, exist_ok=True)
    with mounted(["mount", "--bind", str(source), str(target)],
                 ["mount", "-o", "remount,ro,bind", str(target)], target=target):
        yield target


@contextmanager
def small_disk(target: Path, size: str):
    target.mkdir(parents=True, exist_ok=True)
    with mounted(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(target)],
                 target=target):
        yield target


KILLED_WRITER = """
import os, signal, sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("PRAGMA wal_autocheckpoint=0")
conn.execute("INSERT INTO preference (key, value, uid) VALUES ('late.one', '\\"zebralate\\"', 'ab12')")
conn.commit()
os.kill(os.getpid(), signal.SIGKILL)
"""


def kill_a_writer_after_a_commit(db: Path) -> None:
    """Leave what a killed writer leaves: the committed change only in -wal/-shm."""
    process = subprocess.run([sys.executable, "-c", KILLED_WRITER, str(db)])
    assert process.returncode == -signal.SIGKILL
    assert Path(f"{db}-wal").stat().st_size > 32


def listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in Path(folder).rglob("*"))
