"""Calm charts draw on a bare Figure: stacked weekly minutes, stress-change boxes with n."""

from datetime import date, timedelta

from matplotlib.figure import Figure

from resilience_desktop.charts import plots
from resilience_desktop.services.calm.charts import PracticeWeek


def _ax():
    return Figure().add_subplot()


def _texts(ax):
    return " ".join(t.get_text() for t in ax.texts)


def test_weekly_practice_stacks_each_practice():
    weeks = [PracticeWeek(date(2026, 1, 5) + timedelta(weeks=i),
                          {"breathing": 10.0, "meditation": 20.0 * (i % 2)}) for i in range(8)]
    ax = _ax()
    plots.draw_weekly_practice(ax, weeks)
    assert len(ax.collections) == 2  # breathing and meditation (no imagery, no grounding)
    assert ax.get_ylim()[1] >= 30
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["breathing", "meditation"]


def test_empty_charts_say_what_to_do():
    ax = _ax()
    plots.draw_weekly_practice(ax, [PracticeWeek(date(2026, 1, 5))])
    assert "No practice" in _texts(ax)
    ax = _ax()
    plots.draw_stress_change(ax, {})
    assert "Rate your stress before and after" in _texts(ax)


def test_stress_change_boxes_name_each_practice_with_n():
    ax = _ax()
    plots.draw_stress_change(ax, {"Breathing: Box": [-3, -2, -1, 0, -2], "Meditation": [-1]})
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == ["Breathing: Box (n=5)", "Meditation (n=1)"]
    assert "below 0 = calmer" in ax.get_xlabel()
