"""Nothing acknowledged is ever lost: SIGKILL a writer at random moments, 30+ times."""

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
from resilience_desktop.core.startup import open_app_database
from resilience_desktop.paths import AppPaths
from resilience_desktop.services.preferences import set_preference

open_app_database(AppPaths.resolve(sys.argv[1]))
number = int(sys.argv[2])
print("ready", flush=True)
while True:
    set_preference(f"durable.{number}", {"n": number, "text": "x" * (number % 300)})
    print(number, flush=True)  # acknowledged only after the commit returned
    number += 1
"""

KILLS = 32


def _run_and_kill(data_dir, first_number, rng) -> list[int]:
    process = subprocess.Popen([sys.executable, "-c", WRITER, str(data_dir), str(first_number)],
                               stdout=subprocess.PIPE, text=True)
    acknowledged: list[int] = []
    ready = threading.Event()

    def read():
        for line in process.stdout:
            if line.strip() == "ready":
                ready.set()
            elif line.strip():
                acknowledged.append(int(line))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    if rng.random() < 0.8:  # most kills land while writing; some during start-up
        ready.wait(30)
    time.sleep(rng.uniform(0.0, 0.25))
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    reader.join(10)
    return acknowledged


@pytest.mark.slow
def test_every_acknowledged_save_survives_sigkill(tmp_path):
    rng = random.Random(20261129)
    data_dir = tmp_path / "data"
    acknowledged: list[int] = []
    for run in range(KILLS):
        acknowledged += _run_and_kill(data_dir, run * 1_000_000, rng)
    assert len(acknowledged) > KILLS  # the loop really wrote between kills
    conn = sqlite3.connect(data_dir / "resilience.sqlite3")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {row[0] for row in conn.execute("SELECT key FROM preference")}
    finally:
        conn.close()
    missing = [n for n in acknowledged if f"durable.{n}" not in stored]
    assert missing == []
