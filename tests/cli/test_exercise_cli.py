"""`resilience-desktop import --format strava-csv|exercise-csv` and the exercise demo data."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from resilience_desktop.core.models.exercise import ExerciseSession
from resilience_desktop.services.exercise import stats
from resilience_desktop.services.demo import generate_demo
from tests.conftest import run_cli

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "exercise"


def _session_count(data_dir: Path) -> int:
    with sqlite3.connect(data_dir / "resilience.sqlite3") as conn:
        return conn.execute("SELECT COUNT(*) FROM exercise_session").fetchone()[0]


@pytest.mark.slow
def test_cli_imports_strava_then_refuses_a_broken_file(tmp_path):
    data = tmp_path / "data"
    ok = run_cli("import", "--format", "strava-csv", str(FIXTURES / "strava_activities.csv"),
                 "--data-dir", str(data))
    assert ok.returncode == 0, ok.stderr
    assert "8 added, 0 skipped" in ok.stdout
    broken = run_cli("import", "--format", "exercise-csv", str(FIXTURES / "plain_broken.csv"),
                     "--data-dir", str(data))
    assert broken.returncode == 1
    assert "line 3" in broken.stderr and "Nothing was imported" in broken.stderr
    assert "Traceback" not in broken.stderr
    assert _session_count(data) == 8


def test_demo_writes_realistic_sessions(db):
    generate_demo(2, end=date(2026, 6, 30))
    count = ExerciseSession.select().count()
    assert 150 < count < 900  # a few sessions most weeks
    facts = stats.load_facts()
    assert facts[0].day >= date(2024, 7, 1) and facts[-1].day <= date(2026, 6, 30)
    weeks = stats.summarize_weeks(facts)
    share = sum(w.meets_guideline for w in weeks) / len(weeks)
    assert 0.3 < share < 0.9  # some weeks meet the guideline, not all
    assert stats.mood_changes(facts)  # moods recorded before and after
