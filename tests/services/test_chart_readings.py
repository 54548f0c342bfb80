"""The one-line readings above the journal and exercise charts, on hand-computed data."""

from __future__ import annotations

from datetime import date, timedelta

from resilience_desktop.services.exercise.chart_readings import (guideline_reading,
                                                                 minutes_mood_reading)
from resilience_desktop.services.exercise.stats import WeekSummary
from resilience_desktop.services.journal.chart_readings import mood_reading, words_reading
from resilience_desktop.services.journal.stats import MoodDay, WordCount

TODAY = date(2026, 6, 30)


def _day(days_ago: int, pleasantness: float) -> MoodDay:
    return MoodDay(TODAY - timedelta(days=days_ago), pleasantness, 0.0)


def test_mood_compares_the_last_30_days_with_the_30_before():
    days = [_day(45, 0.0), _day(35, 1.0), _day(20, 2.0), _day(0, 1.0), _day(90, -5.0)]
    # last 30: (2 + 1) / 2 = 1.5; the 30 before: (0 + 1) / 2 = 0.5; 90 days ago: neither
    assert mood_reading(days, TODAY) == ("Mood in the last 30 days: pleasantness +1.5 on "
                                         "average, up from +0.5 in the 30 before.")
    assert "down from +1.5" in mood_reading([_day(40, 1.5), _day(1, -1.0)], TODAY)
    assert "about the same" in mood_reading([_day(40, 1.0), _day(1, 1.02)], TODAY)
    assert mood_reading([_day(3, -2.0)], TODAY) == ("Mood in the last 30 days: pleasantness "
                                                    "−2.0 on average.")
    assert mood_reading([_day(31, 3.0)], TODAY) == "No mood check-ins in the last 30 days."


def test_words_names_the_three_most_named():
    counts = [WordCount("calm", 4, "low_pleasant"), WordCount("tired", 9, "low_unpleasant"),
              WordCount("anxious", 4, "high_unpleasant"), WordCount("glad", 1, "high_pleasant")]
    assert words_reading(counts) == ("Named most often in this period: tired (9), anxious (4), "
                                     "calm (4).")
    assert words_reading([]) == ""


def _week(moderate: int, vigorous: int = 0) -> WeekSummary:
    return WeekSummary(TODAY, moderate_minutes=moderate, vigorous_minutes=vigorous)


def test_guideline_counts_whole_weeks_and_this_week_so_far():
    weeks = [_week(150), _week(40, 60), _week(100, 20), _week(300), _week(80)]
    # guideline minutes 150, 160, 140, 300 (whole weeks: 3 of 4 reach 150); this week 80
    assert guideline_reading(weeks) == ("You reached the WHO 150 minutes in 3 of the last 4 "
                                        "whole weeks; this week so far: 80 guideline minutes.")
    assert guideline_reading([_week(20)]) == "This week so far: 20 guideline minutes."
    assert guideline_reading([]) == ""


def test_minutes_and_mood_compares_active_weeks_with_the_others():
    points = [(200, 2.0), (150, 1.0), (40, 0.5), (0, 0.0), (100, 1.0)]
    # 150+: mean 1.5 (2 weeks); others: mean 0.5 (3 weeks)
    assert minutes_mood_reading(points) == ("Mood on weeks with 150+ guideline minutes: 1.0 "
                                            "higher than on other weeks (2 vs 3 weeks).")
    assert "lower" in minutes_mood_reading([(200, -1.0), (10, 1.0)])
    assert "Mood can be compared once" in minutes_mood_reading([(200, 1.0)])


def test_granularity_pixels_mix_and_practice_readings():
    from resilience_desktop.services.calm.chart_readings import practice_reading
    from resilience_desktop.services.calm.charts import PracticeWeek
    from resilience_desktop.services.exercise.chart_readings import mix_reading
    from resilience_desktop.services.journal.chart_readings import (granularity_reading,
                                                                    pixels_reading)
    from resilience_desktop.services.journal.stats import MonthValue

    months = [MonthValue(date(2026, 4, 1), 9), MonthValue(date(2026, 5, 1), 12),
              MonthValue(date(2026, 6, 1), 3, days_covered=10)]
    assert granularity_reading(months) == ("Different feeling words in May 2026: 12. "
                                           "The month before: 9.")
    values = {TODAY: 2.0, TODAY - timedelta(days=1): -1.0, TODAY - timedelta(days=2): 0.0}
    assert pixels_reading(values, TODAY - timedelta(days=9), TODAY) == (
        "A mood on 3 of 10 days: 1 pleasant, 1 unpleasant, the rest neutral.")

    class Item:
        def __init__(self, activity, minutes):
            self.activity, self.minutes = activity, minutes

    assert mix_reading([Item("Yoga", 60), Item("Jogging", 120)], 12) == (
        "Most minutes in the last 12 weeks: Jogging (120), Yoga (60).")
    weeks = [PracticeWeek(TODAY, {"breathing": 50.0})] + [
        PracticeWeek(TODAY, {"breathing": 10.0, "meditation": 12.0})] * 4
    # the last 4 weeks only: breathing 40, meditation 48
    assert practice_reading(weeks) == ("88 minutes of practice in the last 4 weeks, most of it "
                                       "meditation (48 minutes).")


def test_the_best_change_in_the_direction_that_helps():
    from resilience_desktop.services.wording import best_change_reading

    changes = {"Yoga": [1, 0.5], "Jogging": [2, 1, 0], "Walking": [-1]}
    assert best_change_reading(changes) == (
        "Mood rose most after Jogging: +1.0 on average (3 sessions).")
    stress = {"Box breathing": [-3, -1], "Body scan": [-1, -1, -1]}
    assert best_change_reading(stress, better_when_higher=False) == (
        "Stress dropped most after Box breathing: −2.0 on average (2 practices).")
    assert best_change_reading({"Walking": [-1, 0]}) == (
        "No activity has raised the mood on average yet.")
    assert best_change_reading({}) == ""
