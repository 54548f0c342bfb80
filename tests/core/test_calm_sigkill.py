"""A practice that was logged, and a stress rating that was saved, survive SIGKILL."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time

import pytest

WRITER = """
import sys
from datetime import datetime, timedelta
from resilience_desktop.core.startup import open_app_database
from resilience_desktop.paths import AppPaths
from resilience_desktop.services.calm.sessions import PracticeInput, log_practice, set_stress_after

open_app_database(AppPaths.resolve(sys.argv[1]))
number = int(sys.argv[2])
print("ready", flush=True)
while True:
    started = datetime(2026, 1, 1) + timedelta(minutes=number)
    session_id = log_practice(PracticeInput("breathing", f"Box {number}", started, 60 + number % 500,
                                            300, stress_before=number % 11))
    print("logged", number, flush=True)
    set_stress_after(session_id, (number + 3) % 11)
    print("after", number, flush=True)
    number += 1
"""

KILLS = 12


def _run_and_kill(data_dir, first_number, rng) -> list[tuple[str, int]]:
    process = subprocess.Popen([sys.executable, "-c", WRITER, str(data_dir), str(first_number)],
                               stdout=subprocess.PIPE, text=True)
    acknowledged: list[tuple[str, int]] = []
    ready = threading.Event()

    def read():
        for line in process.stdout:
            if line.endswith("\n") and len(line.split()) == 2:  # a whole line: acknowledged
                what, number = line.split()
                acknowledged.append((what, int(number)))
                ready.set()  # writing has begun: kill at a random moment from here

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    ready.wait(30)
    time.sleep(rng.uniform(0.0, 0.2))  # a random moment to kill at, not a wait
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    reader.join(10)
    return acknowledged


@pytest.mark.slow
def test_logged_practices_and_ratings_survive_sigkill(tmp_path):
    rng = random.Random(11)
    data_dir = tmp_path / "data"
    acknowledged = []
    for run in range(KILLS):
        acknowledged += _run_and_kill(data_dir, run * 100_000, rng)
    assert len(acknowledged) > KILLS
    conn = sqlite3.connect(data_dir / "resilience.sqlite3")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = {int(name.split()[1]): (actual, before, after) for name, actual, before, after in
                conn.execute("SELECT name, actual_seconds, stress_before, stress_after "
                             "FROM calm_session")}
    finally:
        conn.close()
    for what, number in acknowledged:
        assert number in rows, f"practice {number} was logged but is gone"
        actual, before, after = rows[number]
        assert (actual, before) == (60 + number % 500, number % 11)
        if what == "after":
            assert after == (number + 3) % 11
    for number, (_actual, _before, after) in rows.items():  # never a half-written rating
        assert after in (None, (number + 3) % 11)
