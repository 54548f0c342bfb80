"""Year in pixels one step coarser, for long periods: a square per week, a row per year
(Qt-free; drawn by year_in_pixels.py, which picks it for a period over WEEKLY_FROM_DAYS).

A square per day stops reading somewhere past twenty years: at a century (36,500 days)
in a ~500 px chart each day is under a pixel and a hundred year labels overlap. Here a
square is a week (its first day on Settings → Week starts on) coloured by the mean
pleasantness of its check-ins, grey when it has none; the week belongs to the year its
first day falls in, so each year's row holds 52 or 53 squares. Years are labelled every
1, 2, 5, 10, ... years, as often as the rows leave room for the labels' height.
"""

from __future__ import annotations

from datetime import date

import numpy as np

from resilience_desktop.core.i18n import month_name, translate

WEEKLY_FROM_DAYS = 20 * 365 + 5  # longer periods (over twenty years) get a square per week
COLUMNS = 53  # weeks starting in one year: 52, or 53 when it starts on the week's first day
YEAR_STEPS = (1, 2, 5, 10, 20, 25, 50, 100)
LABEL_ROOM = 1.6  # a year label's row band, in label heights (the labels never touch)
_EPOCH = date(1970, 1, 1).toordinal()  # numpy's day 0


def is_weekly(first: date, last: date) -> bool:
    """A square per week rather than per day for this period."""
    return (last - first).days + 1 > WEEKLY_FROM_DAYS


def _week_first(ordinals, start_weekday: int):
    """Each day's week's first day (ordinals; date.weekday() of ordinal o is (o - 1) % 7)."""
    return ordinals - (ordinals - 1 - start_weekday) % 7


def _year_of(ordinals):
    return (ordinals - _EPOCH).astype("datetime64[D]").astype("datetime64[Y]").astype(np.int64) + 1970


def _week_places(week_firsts, start_weekday: int, first_year: int) -> tuple:
    """(rows, columns) of weeks given by their first days: the row is the year of the
    first day, the column the week's place among the weeks starting in that year."""
    years = _year_of(week_firsts)
    january_first = (years - 1970).astype("datetime64[Y]").astype("datetime64[D]").astype(
        np.int64) + _EPOCH
    year_week_one = january_first + (start_weekday - (january_first - 1)) % 7
    return years - first_year, (week_firsts - year_week_one) // 7


def week_grids(days, moods, first: date, last: date, week_start: str, colours, norm,
               no_check_in) -> tuple:
    """The weekly mood grid (masked where a week has no check-in), the picture drawn of it
    (RGBA bytes: the mean mood's colour, grey for a week without a check-in, clear
    outside the period) and the first row's year. days: ordinals, moods: floats."""
    from matplotlib.colors import to_rgba_array

    start_weekday = 6 if week_start == "sunday" else 0
    week_one = int(_week_first(np.int64(first.toordinal()), start_weekday))
    week_last = int(_week_first(np.int64(last.toordinal()), start_weekday))
    weeks = np.arange(week_one, week_last + 1, 7, dtype=np.int64)
    first_year = int(_year_of(np.int64(week_one)))
    rows, columns = _week_places(weeks, start_weekday, first_year)
    grid = np.full((int(rows[-1]) + 1, COLUMNS), np.nan)
    picture = np.zeros(grid.shape + (4,), dtype=np.uint8)
    picture[rows, columns] = (to_rgba_array(no_check_in) * 255).round()
    shown = (days >= first.toordinal()) & (days <= last.toordinal())
    week_of = (_week_first(days[shown], start_weekday) - week_one) // 7
    counts = np.bincount(week_of, minlength=weeks.size)
    sums = np.bincount(week_of, weights=moods[shown], minlength=weeks.size)
    checked = counts > 0
    if checked.any():
        means = sums[checked] / counts[checked]
        squares = rows[checked], columns[checked]
        grid[squares] = means
        picture[squares] = colours(norm(means), bytes=True)
    return np.ma.masked_invalid(grid), picture, first_year


def _square_and_label_inches(ax, rows: int) -> tuple[float, float]:
    """A square's side (as tall as the grid's width or height allows in the Axes,
    estimated from the figure as pixel_bands does) and an x-small label's height, in
    inches: their ratio does not depend on the dpi."""
    from matplotlib.font_manager import FontProperties

    width, height = ax.figure.get_size_inches()
    square = min(width * 0.78 / COLUMNS, height * 0.78 / max(1, rows))
    return square, FontProperties(size="x-small").get_size_in_points() / 72


def year_step(ax, rows: int) -> int:
    """Label every how many years so that the labels (x-small) never overlap."""
    square, label = _square_and_label_inches(ax, rows)
    return next((step for step in YEAR_STEPS if step * square >= LABEL_ROOM * label),
                YEAR_STEPS[-1])


def _months_across(ax, rows: int) -> tuple[int, ...]:
    """The months named across: the quarters', or fewer on a grid too narrow for them
    (a short month name is up to ~2.5 label heights wide, "Juli"; a quarter is 13 squares)."""
    square, label = _square_and_label_inches(ax, rows)
    for months in ((1, 4, 7, 10), (1, 7)):
        if 13 * square * 12 / len(months) / 3 >= 3.2 * label:
            return months
    return (1,)


def label_weeks(ax, first_year: int, rows: int) -> None:
    """Years down the left (every year_step years), the quarters' months across."""
    step = year_step(ax, rows)
    labelled = [row for row in range(rows) if (first_year + row) % step == 0]
    ax.set_yticks(labelled, [str(first_year + row) for row in labelled], fontsize="x-small")
    ax.set_ylim(rows - 0.5, -0.5)
    # The week a month begins in, roughly (a week's column moves by a day a year).
    months = _months_across(ax, rows)
    starts = [(date(2001, month, 1).timetuple().tm_yday - 1) / 7 - 0.5 for month in months]
    ax.set_xticks(starts, [month_name(month, short=True) for month in months],
                  fontsize="x-small", ha="left")
    ax.tick_params(length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)


def weeks_title(ax, period: str) -> None:
    ax.set_title(translate("Resilience", "Pleasantness per week{value} (grey: no check-in)").format(
        value=', ' + period.lower() if period else ''))
