"""Exercise draw functions on a bare Figure (no Qt, no pyplot)."""

from __future__ import annotations

import statistics
from datetime import date, timedelta

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from resilience_desktop.charts import plots
from resilience_desktop.services.exercise.charts import MinutesMoodData
from resilience_desktop.services.exercise.stats import MixItem, WeekSummary


def _axes():
    figure = Figure(layout="constrained")
    FigureCanvasAgg(figure)
    return figure, figure.add_subplot()


def _texts(ax) -> str:
    return " ".join(t.get_text() for t in ax.texts)


def _weeks(count: int):
    start = date(2026, 1, 5)
    return [WeekSummary(start + timedelta(weeks=i), moderate_minutes=60 + i % 5 * 30,
                        vigorous_minutes=i % 3 * 20) for i in range(count)]


def test_weekly_guideline_stacks_moderate_and_double_vigorous_with_the_band():
    figure, ax = _axes()
    plots.draw_weekly_guideline(ax, _weeks(12))
    figure.canvas.draw()
    moderate, vigorous = ax.collections[:2]
    assert len(moderate.get_paths()) == 12 and len(vigorous.get_paths()) == 8
    week_two = vigorous.get_paths()[0].vertices[:, 1]  # 60+30 moderate, then 20 vigorous
    assert (week_two.min(), week_two.max()) == (90, 90 + 2 * 20)  # vigorous counts double
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert labels == ["WHO 150–300 min a week", "moderate", "vigorous (× 2)"]
    assert "WHO" in ax.get_xlabel()


def test_weekly_guideline_ten_years_of_weeks():
    figure, ax = _axes()
    plots.draw_weekly_guideline(ax, _weeks(520))
    figure.canvas.draw()
    assert len(ax.collections[0].get_paths()) == 520 and len(ax.patches) == 1  # the band


def test_weekly_guideline_empty_message():
    figure, ax = _axes()
    plots.draw_weekly_guideline(ax, [WeekSummary(date(2026, 1, 5), light_minutes=30)])
    assert "Some activity is better than none" in _texts(ax)


def test_activity_mix_groups_the_tail_as_other():
    figure, ax = _axes()
    items = [MixItem(f"A{i}", "moderate" if i % 2 else "vigorous", 100 - i) for i in range(13)]
    plots.draw_activity_mix(ax, items)
    figure.canvas.draw()
    names = [t.get_text() for t in ax.get_yticklabels()]
    assert names[0] == "A0" and names[-1] == "other activities" and len(names) == 11
    assert ax.patches[-1].get_width() == 90 + 89 + 88  # items 10, 11, 12


def test_mood_change_boxes_and_means():
    figure, ax = _axes()
    plots.draw_mood_change(ax, {"Walk": [1, 2, 3], "Run": [0, -1]})
    figure.canvas.draw()
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Walk (n=3)", "Run (n=2)"]
    means = next(line for line in ax.get_lines() if line.get_label() == "mean").get_xydata()
    boxes = ax.collections[0].get_paths()
    assert list(boxes[0].vertices[:4, 0]) == [1.5, 1.5, 2.5, 2.5]  # quartiles of 1, 2, 3
    assert list(means[:, 0]) == [2.0, -0.5]
    many = {"Swim": [(i * 7919) % 11 - 5 for i in range(3001)]}  # a century's sessions
    figure, ax = _axes()
    plots.draw_mood_change(ax, many)
    dot = next(line for line in ax.get_lines() if line.get_label() == "mean").get_xydata()
    assert dot[0, 0] == statistics.mean(many["Swim"])  # the same float, exactly
    figure, ax = _axes()
    plots.draw_mood_change(ax, {})
    assert "mood before and after" in _texts(ax)


def test_minutes_vs_mood_has_fit_and_caveat():
    figure, ax = _axes()
    data = MinutesMoodData([(0, -1.0), (150, 0.5), (300, 1.5)], (0.01, -1.0, 0.99), "session moods")
    plots.draw_minutes_vs_mood(ax, data)
    figure.canvas.draw()
    assert plots.ASSOCIATION_CAVEAT in " ".join(_texts(ax).split())  # wrapped to the width
    assert "r = 0.99" in " ".join(t.get_text() for t in ax.get_legend().get_texts())
    assert len(ax.lines) == 1
    figure, ax = _axes()
    plots.draw_minutes_vs_mood(ax, MinutesMoodData([], None, "session moods"))
    assert "Association, not cause" in _texts(ax)


def test_a_long_caveat_wraps_and_leaves_the_points_their_room(monkeypatch):
    """A caveat as long as the German one, in a chart as narrow as the Exercise tab's
    (~500 px): it wraps to the chart's width, stays inside it, and the axes keep most of
    the width (one long line squeezed them to half the chart, or collapsed the layout)."""
    long_caveat = ("Zusammenhang, keine Ursache: Wochen mit mehr Bewegung können sich auch "
                   "anders unterscheiden.")
    from resilience_desktop.charts.plots import exercise as exercise_plots

    monkeypatch.setattr(exercise_plots, "ASSOCIATION_CAVEAT", long_caveat)
    figure = Figure(layout="constrained", figsize=(5.0, 5.0), dpi=100)
    FigureCanvasAgg(figure)
    ax = figure.add_subplot()
    data = MinutesMoodData([(0, -1.0), (150, 0.5), (300, 1.5)], (0.01, -1.0, 0.99), "x")
    plots.draw_minutes_vs_mood(ax, data)
    figure.canvas.draw()
    caveat = ax.texts[0]
    assert "\n" in caveat.get_text() and " ".join(caveat.get_text().split()) == long_caveat
    box = caveat.get_window_extent()
    assert box.x0 >= 0 and box.x1 <= figure.bbox.width
    assert ax.get_position().width > 0.6  # of the figure's width
