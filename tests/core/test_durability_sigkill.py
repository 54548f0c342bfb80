"""Nothing acknowledged is ever lost: SIGKILL a writer at random moments, 30+ times."""

import random
import sqlite3

import pytest

from tests.kill_helpers import run_and_kill

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


@pytest.mark.slow
def test_every_acknowledged_save_survives_sigkill(tmp_path):
    rng = random.Random(20261129)
    data_dir = tmp_path / "data"
    acknowledged: list[int] = []
    for run in range(KILLS):
        acknowledged += run_and_kill(WRITER, [data_dir, run * 1_000_000], rng, max_delay=0.25,
                                     ready_probability=0.8, ready_timeout=30)
    assert len(acknowledged) > KILLS  # the loop really wrote between kills
    conn = sqlite3.connect(data_dir / "resilience.sqlite3")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {row[0] for row in conn.execute("SELECT key FROM preference")}
    finally:
        conn.close()
    missing = [n for n in acknowledged if f"durable.{n}" not in stored]
    assert missing == []
