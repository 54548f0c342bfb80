"""What killed runs leave (atomic-write temp files, health-check copies, demo builds) is
removed by the next writer open; what another live run is using is not."""

import os
import signal
import subprocess
import sys
import time

import pytest

from resilience_desktop.paths import AppPaths
from tests.conftest import run_cli
from tests.session.helpers import CANARY, journal_with_canary

pytestmark = pytest.mark.slow
HOLD_LOCK = """
import fcntl, os, sys, time
fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o600)
fcntl.flock(fd, fcntl.LOCK_EX)
print("ready", flush=True)
time.sleep(600)
"""


def _age(path, seconds=3600):
    old = time.time() - seconds
    os.utime(path, (old, old))


def _leave(path, data: bytes = CANARY.encode()):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    _age(path)
    _age(path.parent)


def test_the_next_writer_removes_what_killed_runs_left(tmp_path):
    data = tmp_path / "data"
    journal_with_canary(AppPaths.resolve(data), rows=5, backups=1).close()
    left = [data / "transition.json.tmp", data / "vault.json.tmp",
            data / ".resilience-check-k1ll3d" / "resilience.sqlite3",
            tmp_path / ".data.demo-k1ll3d" / "resilience.sqlite3",
            next((data / "backups").iterdir()).with_suffix(".sqlite3.partial")]
    for path in left:
        _leave(path)
    live_demo = tmp_path / ".data.demo-running"
    _leave(live_demo / "resilience.sqlite3")
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(live_demo / "resilience.lock")],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        result = run_cli("backup", "--data-dir", str(data))
        assert result.returncode == 0, result.stderr
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait()
    assert [p for p in left if p.exists()] == []
    assert not (data / ".resilience-check-k1ll3d").exists()
    assert not (tmp_path / ".data.demo-k1ll3d").exists()
    assert (live_demo / "resilience.sqlite3").exists()  # another run's, still in use


def test_a_killed_demo_build_is_removed_by_the_next_writer_of_that_folder(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    process = subprocess.Popen([sys.executable, "-m", "resilience_desktop", "demo", "--years",
                                "3", "--data-dir", str(data)], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    while not list(tmp_path.glob(".data.demo-*/resilience.sqlite3")):
        assert process.poll() is None, "the demo ended before it could be killed"
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    [build] = tmp_path.glob(".data.demo-*")
    _age(build)
    assert run_cli("check", "--data-dir", str(data)).returncode != 0  # no journal: refused
    assert build.exists()  # a reader removes nothing
    result = run_cli("--smoke", "--data-dir", str(data))  # the window: a writer
    assert result.returncode == 0, result.stderr
    assert not build.exists()
