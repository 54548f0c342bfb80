"""Year in pixels over a long period: a square per week, a row per year (year_in_weeks.py)."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure

from resilience_desktop.charts import plots
from resilience_desktop.charts.plots.describe import describe_figure
from resilience_desktop.charts.plots.year_in_pixels import NO_CHECK_IN

LAST = date(2026, 6, 15)


def _figure() -> Figure:
    figure = Figure(figsize=(5.6, 5))
    FigureCanvasAgg(figure)
    return figure


def _moods(years: int) -> dict:
    """A mood every third day for `years` years up to LAST, none in 1990."""
    days = (LAST - timedelta(days=n) for n in range(0, round(years * 365.25), 3))
    return {day: float(day.toordinal() % 11 - 5) for day in days if day.year != 1990}


def _apart(labels, renderer, horizontal: bool) -> bool:
    """No two labels' drawn extents overlap."""
    boxes = sorted((t.get_window_extent(renderer) for t in labels),
                   key=lambda box: box.x0 if horizontal else box.y0)
    if horizontal:
        return all(left.x1 < right.x0 for left, right in zip(boxes, boxes[1:]))
    return all(lower.y1 < upper.y0 for lower, upper in zip(boxes, boxes[1:]))


def test_a_century_draws_a_square_per_week_with_years_that_never_overlap():
    figure = _figure()
    ax = figure.add_subplot()
    first = LAST - timedelta(days=round(100 * 365.25))
    plots.draw_year_in_pixels(ax, _moods(100), first, LAST, "Everything")
    grid = ax.images[0].get_array()
    assert grid.shape == (LAST.year - first.year + 1, 53)  # a row per year, weeks across
    assert "per week" in ax.get_title()
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    labels = [t for t in ax.get_yticklabels() if t.get_text()]
    assert len(labels) >= 5 and all(t.get_text().isdigit() for t in labels)
    assert _apart(labels, renderer, horizontal=False)
    months = [t for t in ax.get_xticklabels() if t.get_text()]
    assert len(months) == 4 and _apart(months, renderer, horizontal=True)
    assert not ax.texts  # no month names per band, no day names
    assert all(not t.get_text().startswith(("Mon", "Sun")) for t in ax.get_yticklabels())


def test_a_small_chart_of_a_long_period_names_fewer_years_and_months_apart():
    from matplotlib import rc_context

    with rc_context({"font.size": 15}):  # a large interface font
        figure = Figure(figsize=(3, 2.5), layout="constrained")
        FigureCanvasAgg(figure)
        ax = figure.add_subplot()
        plots.draw_year_in_pixels(ax, _moods(150), LAST - timedelta(days=150 * 366), LAST)
        figure.canvas.draw()
        renderer = figure.canvas.get_renderer()
        for labels, horizontal in ((ax.get_yticklabels(), False), (ax.get_xticklabels(), True)):
            shown = [t for t in labels if t.get_text()]
            assert shown and _apart(shown, renderer, horizontal)


def test_a_week_square_is_the_weeks_mean_and_grey_without_a_check_in():
    ax = _figure().add_subplot()
    first = date(1990, 1, 1)  # a Monday: week one of 1990 in the first row
    values = {first: -5.0, first + timedelta(days=6): 5.0, first + timedelta(days=7): 3.0,
              LAST: 2.0}
    plots.draw_year_in_pixels(ax, values, first, LAST, "", "monday")
    grid, picture = ax.images[0].get_array(), ax.images[1].get_array()
    assert grid[0, 0] == 0.0 and grid[0, 1] == 3.0  # (-5 + 5) / 2 (Monday, Sunday), then 3
    assert np.ma.is_masked(grid[0, 2])
    assert tuple(picture[0, 2] / 255) == to_rgba(NO_CHECK_IN)  # a week without: grey
    assert int(grid.count()) == 3
    monday = LAST - timedelta(days=LAST.weekday())
    january_week_one = date(2026, 1, 5)  # 2026's first Monday
    assert grid[-1, (monday - january_week_one).days // 7] == 2.0
    assert picture[-1, -1, 3] == 0  # after the period: clear
    # Weeks from Sunday: 1 January 1990 is in the week from Sunday 31 December 1989, the
    # 53rd starting in 1989 (its row); 1990's first week holds the 7th and 8th.
    sunday_first = _figure().add_subplot()
    plots.draw_year_in_pixels(sunday_first, values, first, LAST, "", "sunday")
    grid = sunday_first.images[0].get_array()
    assert grid.shape == (2026 - 1989 + 1, 53)
    assert grid[0, 52] == -5.0 and grid[1, 0] == 4.0


def test_two_years_still_draw_a_square_per_day():
    ax = _figure().add_subplot()
    plots.draw_year_in_pixels(ax, _moods(2), LAST - timedelta(days=730), LAST, "2 years")
    assert "per day" in ax.get_title() and ax.images[0].get_array().shape[0] % 8 == 0


def _drawn(period) -> np.ndarray:
    figure = _figure()
    plots.draw_year_in_pixels(figure.add_subplot(), *period)
    figure.canvas.draw()
    return np.array(figure.canvas.buffer_rgba())


def test_periods_update_in_place_as_a_new_chart_draws_them():
    """Weekly to weekly, and between a square per day and per week both ways (the day
    names, month names and month ticks set and cleared), in light and dark ink."""
    from matplotlib import rc_context

    moods = _moods(100)

    def period(years: int):
        return moods, LAST - timedelta(days=round(years * 365.25)), LAST, f"{years} years"

    for ink in ("black", "#dddddd"):
        with rc_context({"text.color": ink, "xtick.color": ink, "ytick.color": ink}):
            figure = _figure()
            ax = figure.add_subplot()
            plots.draw_year_in_pixels(ax, *period(100))
            images = list(ax.images)
            for shown in (period(40), period(25), period(3), period(100), period(1),
                          period(60), period(2)):
                assert plots.update_year_in_pixels(ax, *shown)
                figure.canvas.draw()
                assert np.array_equal(np.array(figure.canvas.buffer_rgba()), _drawn(shown)), \
                    shown[3]
            assert list(ax.images) == images  # moved in place


def test_the_data_text_tells_the_weeks():
    figure = _figure()
    ax = figure.add_subplot()
    first = LAST - timedelta(days=round(30 * 365.25))
    plots.draw_year_in_pixels(ax, _moods(30), first, LAST, "30 years")
    text = describe_figure(figure)
    assert text.startswith("Pleasantness per week, 30 years (grey: no check-in)")
    weeks = int(ax.images[0].get_array().count())
    assert f"{weeks} coloured squares" in text.replace(",", "")
