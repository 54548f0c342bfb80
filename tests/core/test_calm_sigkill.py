"""A practice that was logged, and a stress rating that was saved, survive SIGKILL."""

import random
import sqlite3

import pytest

from tests.kill_helpers import run_and_kill

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


def _acknowledgement(line: str) -> tuple[str, int]:
    what, number = line.split()  # "logged 7" / "after 7"
    return what, int(number)


@pytest.mark.slow
def test_logged_practices_and_ratings_survive_sigkill(tmp_path):
    rng = random.Random(11)
    data_dir = tmp_path / "data"
    acknowledged = []
    for run in range(KILLS):
        acknowledged += run_and_kill(WRITER, [data_dir, run * 100_000], rng, max_delay=0.2,
                                     parse=_acknowledgement, ready_timeout=30)
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
