"""Each journal chart draws the right values from a known series."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
from matplotlib.colors import to_hex
from matplotlib.figure import Figure

from resilience_desktop.charts import plots
from resilience_desktop.charts.plots.journal import pixel_bands, pixel_position
from resilience_desktop.charts.plots.journal import rolling_mean_by_date
from resilience_desktop.charts.plots.style import QUADRANT_COLOURS
from resilience_desktop.services.journal.stats import (IntensityMonth, MonthValue, MoodDay,
                                                       WordCount)


def axes():
    return Figure().add_subplot()


def test_rolling_mean_uses_a_seven_calendar_day_window():
    days = [date(2026, 1, d) for d in (1, 2, 3, 10)]
    assert rolling_mean_by_date(days, [1, 2, 3, 10]) == [1, 1.5, 2, 10]


def test_mood_over_time_plots_points_and_rolling_means():
    start = date(2026, 1, 1)
    series = [MoodDay(start + timedelta(days=i), float(i % 5 - 2), 1.0) for i in range(10)]
    ax = axes()
    plots.draw_mood_over_time(ax, series)
    pleasant_line, energy_line = ax.get_lines()[:2]
    expected = rolling_mean_by_date([m.day for m in series], [m.pleasantness for m in series])
    assert np.allclose(pleasant_line.get_ydata(), expected)
    assert np.allclose(energy_line.get_ydata(), [1.0] * 10)
    assert expected[6] == sum(i % 5 - 2 for i in range(7)) / 7
    pleasant_dots = ax.get_lines()[2]
    assert list(pleasant_dots.get_ydata()) == [m.pleasantness for m in series]
    assert len(pleasant_dots.get_xdata()) == 10


def test_year_in_pixels_places_each_day_in_its_week_and_weekday():
    values = {date(2026, 1, 1): 4.0, date(2026, 3, 2): -3.0}
    ax = axes()
    plots.draw_year_in_pixels(ax, values, date(2026, 1, 1), date(2026, 3, 31))
    grid = ax.images[0].get_array()
    monday = date(2025, 12, 29)
    assert grid[1 + 3, 0] == 4.0  # Thursday of the first week, first band
    row, column = pixel_position(date(2026, 3, 2), monday, grid.shape[1])
    assert row % 8 == 1 and grid[row, column] == -3.0  # a Monday
    assert int(grid.count()) == 2  # every other day is masked (no data)


def test_year_in_pixels_follows_the_period_and_fills_the_chart():
    ax = axes()
    first, last = date(2025, 12, 2), date(2026, 12, 1)
    plots.draw_year_in_pixels(ax, {last: 1.0}, first, last)
    grid = ax.images[0].get_array()
    rows, columns = grid.shape
    assert rows % 8 == 0 and rows // 8 >= 2  # a wide chart: the year is split into bands
    width, height = ax.figure.get_size_inches()
    assert 0.4 < (columns / rows) / (width / height) < 2.5
    picture = ax.images[1].get_array()  # what is drawn: coloured, grey or clear squares
    assert picture.shape == (rows, columns, 4)
    assert int((picture[..., 3] > 0).sum()) == 365  # exactly the period's days, nothing outside
    assert not ax.images[0].get_visible()  # the values: described, not drawn


def test_year_in_pixels_colours_moods_and_greys_days_without_a_check_in():
    ax = axes()
    first = date(2026, 3, 2)  # a Monday: the first column's first row
    plots.draw_year_in_pixels(ax, {first: -5.0, first + timedelta(days=1): 5.0}, first,
                              date(2026, 3, 8))
    picture = ax.images[1].get_array()
    red, green, grey = picture[1, 0], picture[2, 0], picture[3, 0]
    assert red[0] > 150 > red[1] and green[1] > 100 > green[0] and grey[3] == 255
    assert grey[0] == grey[1] == grey[2] > 200  # no check-in that day
    assert picture[0, 0, 3] == 0  # the label row: clear


def test_pixel_bands_match_the_axes_shape():
    assert pixel_bands(13, 2.0) == 1  # three months: one band
    assert pixel_bands(53, 2.0) == 2  # a year on a wide chart: two half-years
    assert pixel_bands(157, 2.0) >= 3


def test_emotion_words_bars_by_frequency_coloured_by_quadrant():
    counts = [WordCount("calm", 9, "low_pleasant"), WordCount("anxious", 4, "high_unpleasant")]
    ax = axes()
    plots.draw_emotion_frequencies(ax, counts)
    bars = ax.patches[:2]
    assert [b.get_width() for b in bars] == [4, 9]  # most frequent drawn at the top
    assert to_hex(bars[1].get_facecolor()) == QUADRANT_COLOURS["low_pleasant"]
    assert to_hex(bars[0].get_facecolor()) == QUADRANT_COLOURS["high_unpleasant"]


def test_granularity_line_per_month():
    months = [MonthValue(date(2026, m, 1), float(m)) for m in (1, 2, 3)]
    ax = axes()
    plots.draw_granularity(ax, months)
    assert list(ax.get_lines()[0].get_ydata()) == [1.0, 2.0, 3.0]


def test_intensity_drop_bars_and_weighted_average():
    months = [IntensityMonth(date(2026, 1, 1), 8.0, 5.0, 2),
              IntensityMonth(date(2026, 2, 1), 6.0, 5.0, 6)]
    ax = axes()
    plots.draw_intensity_drop(ax, months)
    assert [b.get_height() for b in ax.patches] == [3.0, 1.0]
    assert ax.get_lines()[0].get_ydata()[0] == (3 * 2 + 1 * 6) / 8
    assert "1.5" in ax.get_title()


def test_empty_data_shows_a_message_not_an_empty_plot():
    for draw in (plots.draw_mood_over_time, plots.draw_emotion_frequencies,
                 plots.draw_granularity, plots.draw_intensity_drop):
        ax = axes()
        draw(ax, [])
        assert ax.texts and not ax.axison
    ax = axes()
    plots.draw_year_in_pixels(ax, {}, 2026)
    assert ax.texts


def test_a_partial_month_is_drawn_hollow_not_as_a_full_month():
    months = [MonthValue(date(2026, 10, 1), 9.0), MonthValue(date(2026, 11, 1), 8.0),
              MonthValue(date(2026, 12, 1), 1.0, days_covered=1)]
    ax = axes()
    plots.draw_granularity(ax, months)
    solid = ax.get_lines()[0]
    assert list(solid.get_ydata()) == [9.0, 8.0]  # the one-day-old December is not on the line
    hollow = ax.get_lines()[-1]
    assert list(hollow.get_ydata()) == [1.0] and hollow.get_markerfacecolor() == "none"
    assert "so far" in ax.get_legend().get_texts()[-1].get_text()


def _drawn(draw, data) -> np.ndarray:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    figure = Figure(figsize=(6, 4))
    FigureCanvasAgg(figure)
    draw(figure.add_subplot(), data)
    figure.canvas.draw()
    return np.array(figure.canvas.buffer_rgba())


def test_emotion_words_updated_in_place_draw_what_a_new_chart_draws():
    """Moved bars (as many words, the same quadrants) and bars made anew (another number of
    words, other quadrants) draw the same pixels as a chart drawn from scratch."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    first = [WordCount("calm", 5, "low_pleasant"), WordCount("tense", 3, "high_unpleasant")]
    periods = ([WordCount("tense", 9, "high_unpleasant"), WordCount("calm", 2, "low_pleasant")],
               [WordCount("glad", 4, "high_pleasant"), WordCount("calm", 1, "low_pleasant")],
               [WordCount("sad", 7, "low_unpleasant")],
               [WordCount(f"word {n}", 20 - n, "neutral") for n in range(12)])
    figure = Figure(figsize=(6, 4))
    FigureCanvasAgg(figure)
    ax = figure.add_subplot()
    plots.draw_emotion_frequencies(ax, first)
    bars = list(ax.containers[0].patches)
    for counts in periods:
        assert plots.update_emotion_frequencies(ax, counts)
        figure.canvas.draw()
        expected = _drawn(plots.draw_emotion_frequencies, counts)
        assert np.array_equal(np.array(figure.canvas.buffer_rgba()), expected), counts
        if counts is periods[0]:
            assert list(ax.containers[0].patches) == bars  # moved, not made anew
    assert [t.get_text() for t in ax.get_yticklabels()][-1] == "word 0"


def _updated_like_new(draw, update, datasets) -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    figure = Figure(figsize=(6, 4))
    FigureCanvasAgg(figure)
    ax = figure.add_subplot()
    draw(ax, datasets[0])
    for data in datasets[1:]:
        assert update(ax, data)
        figure.canvas.draw()
        assert np.array_equal(np.array(figure.canvas.buffer_rgba()), _drawn(draw, data)), data


def test_granularity_updated_in_place_draws_what_a_new_chart_draws():
    def months(first: date, count: int, partial: bool) -> list:
        days = [date(first.year + (first.month + n - 1) // 12, (first.month + n - 1) % 12 + 1, 1)
                for n in range(count)]
        return [MonthValue(day, float(3 + n % 4), 9 if partial and n == count - 1 else None)
                for n, day in enumerate(days)]

    _updated_like_new(plots.draw_granularity, plots.update_granularity, [
        months(date(2025, 1, 1), 12, True), months(date(2020, 1, 1), 60, False),
        months(date(2026, 3, 1), 3, True), months(date(2024, 6, 1), 8, False)])


def test_year_in_pixels_updated_in_place_draws_what_a_new_chart_draws():
    last = date(2026, 6, 15)
    moods = {last - timedelta(days=n): float(n % 11 - 5) for n in range(0, 2000, 3)}

    def period(days: int):
        return moods, last - timedelta(days=days - 1), last, f"{days} days"

    _updated_like_new(lambda ax, p: plots.draw_year_in_pixels(ax, *p),
                      lambda ax, p: plots.update_year_in_pixels(ax, *p),
                      [period(365), period(1800), period(91), period(365)])


def test_the_pixel_picture_draws_the_squares_matplotlib_would():
    """PixelPicture picks each screen pixel's square instead of resampling: the same
    picture as imshow's nearest-neighbour image, but for a rounding step at a square's
    edge here and there."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from resilience_desktop.charts.plots.pixel_picture import PixelPicture

    rng = np.random.default_rng(7)
    grid = rng.integers(0, 256, (24, 53, 4), dtype=np.uint8)
    grid[..., 3] = np.where(rng.random((24, 53)) < 0.2, 0, 255)  # some squares clear
    drawn = []
    for picked in (False, True):
        figure = Figure(figsize=(9, 4))
        FigureCanvasAgg(figure)
        ax = figure.add_subplot()
        if picked:
            image = PixelPicture(ax, interpolation="nearest")
            image.set_data(grid)
            image.set_clip_path(ax.patch)
            image.set_extent(image.get_extent())
            ax.add_image(image)
            ax.set_aspect("equal")
        else:
            ax.imshow(grid, aspect="equal", interpolation="nearest")
        figure.canvas.draw()
        drawn.append(np.array(figure.canvas.buffer_rgba()))
    reference = drawn[0].astype(int)
    differ = np.any(drawn[0] != drawn[1], axis=-1)
    edge = np.zeros(differ.shape, dtype=bool)  # a pixel next to another colour
    for shift, axis in ((1, 0), (-1, 0), (1, 1), (-1, 1)):
        edge |= np.any(reference != np.roll(reference, shift, axis=axis), axis=-1)
    assert not (differ & ~edge).any()  # only ever at a square's edge
    assert differ.mean() < 0.01
