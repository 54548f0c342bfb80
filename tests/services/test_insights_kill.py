"""SIGKILL while self-checks and three good things are being saved: every stored
response has all its answers, every gratitude entry all three things."""

import os
import random
import signal
import subprocess
import sys
import time

import pytest

from resilience_desktop.core.db import close_database, database
from resilience_desktop.core.startup import open_app_database
from resilience_desktop.paths import AppPaths

pytestmark = pytest.mark.slow

CHILD = """
import sys
from datetime import date
from resilience_desktop.core.startup import open_app_database
from resilience_desktop.paths import AppPaths
from resilience_desktop.services.insights import responses, strengths
open_app_database(AppPaths.resolve(sys.argv[1]))
print("ready", flush=True)
n = 0
while True:
    responses.save_response("brs", [1 + (n + i) % 5 for i in range(6)], date(2026, 1, 1))
    responses.save_response("rses", [(n + i) % 4 for i in range(10)], date(2026, 1, 1))
    strengths.save_three_good_things(["one", "two", "three"], date(2026, 1, 1))
    n += 1
"""


def test_saves_killed_at_random_moments_leave_whole_records(tmp_path):
    paths = AppPaths.resolve(tmp_path / "data")
    open_app_database(paths)
    close_database()
    rng = random.Random(12)
    for _ in range(6):
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(paths.data_dir)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        time.sleep(rng.uniform(0.05, 0.4))  # real time on purpose: the kill must land anywhere
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    open_app_database(paths)
    try:
        counts = database.execute_sql(
            "SELECT r.scale, COUNT(a.id) FROM insights_response r LEFT JOIN insights_answer a"
            " ON a.response_id = r.id GROUP BY r.id").fetchall()
        assert counts, "nothing was saved before the kills"
        assert all(n == {"brs": 6, "rses": 10}[scale] for scale, n in counts)
        bodies = [row[0] for row in database.execute_sql(
            "SELECT body FROM journal_entry WHERE kind = 'gratitude'")]
        assert all(body == "1. one\n\n2. two\n\n3. three" for body in bodies)
    finally:
        close_database()
