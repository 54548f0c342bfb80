"""Calm services: custom patterns, meditation schedule, logging, imagery, chart data."""

from datetime import date, datetime

import pytest

from resilience_desktop.core.errors import ValidationError
from resilience_desktop.core.models.calm import CalmPattern, CalmSession
from resilience_desktop.services.calm import charts as calm_charts
from resilience_desktop.services.calm import custom
from resilience_desktop.services.calm.clock import ManualClock, Stopwatch
from resilience_desktop.services.calm.grounding import STEPS, notes_text
from resilience_desktop.services.calm.imagery import all_scripts, reading_seconds
from resilience_desktop.services.calm.meditation import (END, INTERVAL, START, MeditationPlan,
                                                         bell_times, bells_between, clock_text,
                                                         meditation_state)
from resilience_desktop.services.calm.patterns import phase_at
from resilience_desktop.services.calm.sessions import (PracticeInput, list_practices,
                                                       log_practice, set_stress_after)

NOW = datetime(2026, 3, 11, 20, 0)  # a Wednesday


@pytest.fixture(autouse=True)
def fixed_now(wall_clock, monkeypatch):
    wall_clock.set(NOW)


def test_a_custom_pattern_round_trips_and_times_like_a_built_in(db):
    pattern_id = custom.save_pattern(custom.PatternInput("  Evening   wind-down ", "4,5",
                                                         "1.25", 7, 0))
    saved = custom.find_pattern("Evening wind-down")
    assert saved.pattern_id == pattern_id
    assert (saved.inhale, saved.hold_in, saved.exhale, saved.hold_out) == (4.5, 1.25, 7, 0)
    assert phase_at(saved, 5.0).phase == "hold_in" and phase_at(saved, 6.0).phase == "out"
    custom.save_pattern(custom.PatternInput("Evening wind-down", 5, 0, 7, 0), pattern_id)
    assert custom.find_pattern("Evening wind-down").inhale == 5
    custom.save_pattern(custom.PatternInput("Second", 3, 0, 3, 3))
    assert [p.name for p in custom.custom_patterns()] == ["Evening wind-down", "Second"]
    assert len(custom.all_patterns()) == 7
    custom.delete_pattern(pattern_id)
    assert CalmPattern.select().count() == 1


@pytest.mark.parametrize("data, message", [
    (custom.PatternInput("", 4, 0, 4, 0), "give the pattern a name"),
    (custom.PatternInput("Box", 4, 0, 4, 0), "built-in pattern"),
    (custom.PatternInput("X", 21, 0, 4, 0), "Breathe in must be from 0 to 20 seconds"),
    (custom.PatternInput("X", 4, -1, 4, 0), "Hold after breathing in must be from 0 to 20"),
    (custom.PatternInput("X", 4, 0, "four", 0), "“four” is not a number of seconds"),
    (custom.PatternInput("X", 0, 4, 4, 0), "an in-breath and an out-breath"),
    (custom.PatternInput("X" * 61, 4, 0, 4, 0), "too long"),
])
def test_bad_pattern_values_are_refused_with_a_plain_message(db, data, message):
    with pytest.raises(ValidationError, match=message):
        custom.save_pattern(data)
    assert CalmPattern.select().count() == 0


def test_a_duplicate_custom_name_is_refused(db):
    custom.save_pattern(custom.PatternInput("Mine", 4, 0, 4, 0))
    with pytest.raises(ValidationError, match="already have a pattern called “Mine”"):
        custom.save_pattern(custom.PatternInput("Mine", 5, 0, 5, 0))


def test_the_last_used_pattern_is_remembered_and_falls_back_to_box(db):
    assert custom.last_used_pattern().name == "Box"
    custom.remember_pattern("Resonance")
    assert custom.last_used_pattern().name == "Resonance"
    custom.remember_pattern("Deleted one")
    assert custom.last_used_pattern().name == "Box"


def test_meditation_bells_warm_up_intervals_and_end():
    plan = MeditationPlan(minutes=10, warmup_seconds=30, interval_minutes=3)
    assert bell_times(plan) == [(30, START), (210, INTERVAL), (390, INTERVAL), (570, INTERVAL),
                                (630, END)]
    assert bells_between(plan, 0, 29.9) == []
    assert bells_between(plan, 29.9, 30.0) == [START]
    assert bells_between(plan, 30.0, 30.1) == []  # never twice
    assert bells_between(plan, 200, 400) == [INTERVAL, INTERVAL]  # a long gap rings each
    assert meditation_state(plan, 10).stage == "warmup"
    assert meditation_state(plan, 10).stage_seconds_left == 20
    state = meditation_state(plan, 100)
    assert (state.stage, state.total_seconds_left) == ("sitting", 530)
    assert meditation_state(plan, 630).stage == "done"
    assert bell_times(MeditationPlan(5, 0, None, end_bell=False)) == []
    assert bell_times(MeditationPlan(6, 0, 3)) == [(180, INTERVAL), (360, END)]  # none on the end
    assert (clock_text(59.2), clock_text(3600), clock_text(0)) == ("1:00", "1:00:00", "0:00")


def test_a_stopwatch_counts_only_running_time():
    clock = ManualClock()
    watch = Stopwatch(clock)
    watch.start()
    clock.advance(10)
    watch.pause()
    clock.advance(100)
    assert watch.elapsed() == 10 and not watch.running
    watch.resume()
    clock.advance(5)
    assert watch.elapsed() == 15


def test_practices_are_logged_with_stress_before_and_after(db):
    first = log_practice(PracticeInput("breathing", "Box", datetime(2026, 3, 10, 8), 95.4, 240,
                                       stress_before=7))
    set_stress_after(first, 4)
    log_practice(PracticeInput("grounding", "5-4-3-2-1", datetime(2026, 3, 11, 9), 200,
                               notes="5 see: lamp"))
    rows = list_practices()
    assert [(r.kind, r.actual_seconds, r.planned_seconds) for r in rows] == \
        [("grounding", 200, None), ("breathing", 95, 240)]
    assert (rows[1].stress_before, rows[1].stress_after) == (7, 4)
    assert rows[0].notes == "5 see: lamp" and rows[1].label == "Breathing: Box"
    with pytest.raises(ValidationError, match="Stress after goes from 0 to 10"):
        set_stress_after(first, 11)
    with pytest.raises(ValidationError, match="Unknown practice"):
        log_practice(PracticeInput("yoga", "x", NOW, 10))
    assert CalmSession.select().count() == 2


def test_chart_data_weekly_minutes_and_stress_change(db):
    for day, kind, name, seconds, before, after in (
            (date(2026, 3, 2), "breathing", "Box", 300, 6, 3),
            (date(2026, 3, 4), "meditation", "Meditation timer", 600, 5, 4),
            (date(2026, 3, 10), "breathing", "Box", 120, 8, 8),
            (date(2026, 3, 11), "breathing", "Resonance", 180, None, None)):
        log_practice(PracticeInput(kind, name, datetime.combine(day, datetime.min.time()),
                                   seconds, stress_before=before, stress_after=after))
    weeks = calm_charts.weekly_minutes(weeks=3)
    assert [w.start for w in weeks] == [date(2026, 2, 23), date(2026, 3, 2), date(2026, 3, 9)]
    assert weeks[0].minutes == {} and weeks[1].minutes == {"breathing": 5, "meditation": 10}
    assert weeks[2].minutes == {"breathing": 5} and weeks[2].sessions == 2
    assert calm_charts.weekly_minutes(weeks=None)[0].start == date(2026, 3, 2)
    assert calm_charts.stress_changes() == {"Breathing: Box": [-3, 0], "Meditation": [-1]}
    assert calm_charts.this_week_summary() == (5, 2)


def test_imagery_scripts_and_grounding_steps():
    scripts = all_scripts()
    assert [s.title for s in scripts] == ["A safe place", "A walk by the sea",
                                          "A mountain view", "A kind friend"]
    assert all(len(s.sections) >= 6 for s in scripts)
    assert 10 < reading_seconds(scripts[0].sections[0]) < 40  # slow enough to read and picture
    assert [s.count for s in STEPS] == [5, 4, 3, 2, 1]
    assert [s.sense for s in STEPS] == ["see", "touch", "hear", "smell", "taste"]
    assert notes_text(["lamp, window", "", " the  chair ", "", ""]) == \
        "5 see: lamp, window\n3 hear: the chair"


def test_the_practice_that_settles_most_is_suggested_for_today(db):
    from resilience_desktop.services.calm import suggested_practice

    assert suggested_practice(NOW.date()) is None
    for before, after in ((7, 4), (6, 4), (8, 5)):
        log_practice(PracticeInput("breathing", "Resonance", datetime(2026, 3, 1, 9), 300,
                                   stress_before=before, stress_after=after))
    for before, after in ((7, 6), (6, 5), (8, 7)):
        log_practice(PracticeInput("meditation", "Meditation timer", datetime(2026, 3, 2, 9),
                                   600, stress_before=before, stress_after=after))
    suggestion = suggested_practice(NOW.date())
    assert suggestion.title == "Breathing: Resonance"
    assert suggestion.why == ("Your stress fell by 2.7 points on average (0–10) across the 3 "
                              "sessions of it in the last 180 days where you rated your stress "
                              "before and after.")
