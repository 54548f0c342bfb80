"""A check-in and a "Not now" survive SIGKILL at random moments: each is one
transaction, so a check-in is there with its mood and its words, or not at all."""

import random
import sqlite3

import pytest

from tests.kill_helpers import run_and_kill

WRITER = """
import sys
from datetime import date, timedelta
from resilience_desktop.core import clock
from resilience_desktop.core.startup import open_app_database
from resilience_desktop.paths import AppPaths
from resilience_desktop.services.journal import entries as journal
from resilience_desktop.services.journal import followups
from resilience_desktop.services.today import checkin

open_app_database(AppPaths.resolve(sys.argv[1]))
today = date(2026, 6, 17)
clock.set(today)
hard = journal.save_entry(journal.EntryInput(entry_date=today - timedelta(days=3),
                                             body="hard", kind="hard_time"))
print("ready", flush=True)
while True:
    entry = checkin.save_check_in(2, -1, ["calm", "relieved"], day=today)
    checkin.save_check_in(3, 1, ["hopeful"], entry, today)
    followups.put_off(followups.due_follow_ups(today)[0], today)
    print(entry, flush=True)  # acknowledged after both commits returned
"""

KILLS = 8


@pytest.mark.slow
def test_check_ins_and_not_now_survive_sigkill(tmp_path):
    rng = random.Random(20261201)
    acknowledged = []
    for _ in range(KILLS):
        acknowledged += run_and_kill(WRITER, [tmp_path / "data"], rng, max_delay=0.3)
    assert acknowledged  # some check-ins were confirmed before the kills
    db = sqlite3.connect(tmp_path / "data" / "resilience.sqlite3")
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    rows = db.execute("SELECT id, pleasantness, energy FROM journal_entry"
                      " WHERE title = 'Mood check-in'").fetchall()
    words = {}
    for entry_id, word in db.execute("SELECT entry_id, word FROM journal_entry_emotion"):
        words.setdefault(entry_id, set()).add(word)
    by_id = {entry_id: (p, e) for entry_id, p, e in rows}
    for entry_id in acknowledged:
        assert by_id[entry_id] == (3, 1) and words[entry_id] == {"hopeful"}
    for entry_id, mood in by_id.items():  # never a mood without its words
        expected = {"hopeful"} if mood == (3, 1) else {"calm", "relieved"}
        assert words.get(entry_id) == expected
    (value,) = db.execute("SELECT value FROM preference WHERE key = 'journal.follow_ups_not_now'"
                          ).fetchone() or ("[]",)
    assert value.startswith("[")  # whole JSON, never half-written
