"""Google Fit's Heart Minutes on the Today tab: the activity card shows the week's count
as Google counts it (the same line as the Exercise tab) and no line for a week without."""

from __future__ import annotations

from datetime import date, datetime

from resilience_desktop.core.models.base import new_uid
from resilience_desktop.services.exercise.heart_minutes import (
    HeartMinutesInput,
    save_heart_minutes,
)


def _week_card(main_window):
    main_window.show_tab("Today")
    today = main_window.tab("Today")
    today.refresh()
    return today.week_card


def test_today_shows_the_weeks_heart_minutes(main_window, wall_clock, qtbot):
    wall_clock.set(datetime(2025, 3, 5, 12, 0))  # a Wednesday; weeks start on Monday
    save_heart_minutes(HeartMinutesInput(date(2025, 3, 3), 31, "google-fit"), new_uid())
    save_heart_minutes(HeartMinutesInput(date(2025, 3, 4), 12, "google-fit"), new_uid())
    save_heart_minutes(HeartMinutesInput(date(2025, 3, 2), 50, "google-fit"), new_uid())  # Sunday before
    card = _week_card(main_window)
    label = card.heart_minutes_label
    assert label.isVisible()
    assert "Google Fit" in label.text()
    assert "<b>43</b> this week (2 days counted)" in label.text()
    assert "not added to the guideline minutes" in label.text()
    assert "<b>0</b> guideline minutes" in card.summary_label.text()  # Heart Minutes kept apart


def test_no_heart_minutes_line_without_data(main_window, wall_clock, qtbot):
    wall_clock.set(datetime(2025, 3, 5, 12, 0))
    save_heart_minutes(HeartMinutesInput(date(2025, 2, 20), 31, "google-fit"), new_uid())  # weeks ago
    card = _week_card(main_window)
    assert not card.heart_minutes_label.isVisible()
    assert card.heart_minutes_label.text() == ""
    assert "Heart Minutes" not in card.summary_label.text()
