"""Year in pixels: a square per day coloured by its mood, weeks across in stacked bands
(Qt-free; drawn and moved in place like the other journal charts, re-exported by
journal.py). A period over twenty years is drawn a step coarser, a square per week and a
row per year (year_in_weeks.py); a change between the two levels moves in place too.

A period change moves everything in place (issue 20): the picture is worked out once per
period as RGBA bytes and drawn by ``pixel_picture.PixelPicture``; month names are kept
Text artists; the day names and title are written anew.
"""

from __future__ import annotations

from datetime import date, timedelta

from resilience_desktop.charts.plots.style import empty_message, muted_ink
from resilience_desktop.charts.plots.year_in_weeks import (is_weekly, label_weeks, week_grids,
                                                           weeks_title)
from resilience_desktop.core.i18n import day_name, month_name, translate

NO_CHECK_IN = "#e2e2e2"
KEPT_PERIODS = 6  # periods whose moods the chart keeps as arrays (Journal has 4)


def pixel_bands(weeks: int, axes_aspect: float, most: int = 12) -> int:
    """How many stacked bands of weeks make the grid's shape closest to the axes'.

    A band is 7 rows (a week, from its first day) plus one label row; the weeks are
    split evenly."""
    import math

    def misfit(bands: int) -> float:
        shape = math.ceil(weeks / bands) / (bands * 8)
        return abs(math.log(shape / axes_aspect))

    return min(range(1, max(1, min(most, weeks)) + 1), key=misfit)


def pixel_position(day: date, first_week_day: date, weeks_per_band: int) -> tuple[int, int]:
    """(row, column) of a day: band k holds rows 8k+1..8k+7 (the week from first_week_day's
    weekday: Monday..Sunday or Sunday..Saturday), row 8k its labels."""
    days = (day - first_week_day).days
    band, column = divmod(days // 7, weeks_per_band)
    return band * 8 + 1 + days % 7, column


def draw_year_in_pixels(ax, values: dict, first=None, last: date | None = None,
                        period: str = "", week_start: str = "monday") -> None:
    """values: {date: mean pleasantness}; one square per day from first to last.

    Weeks run across, their days down from week_start ("monday"/"sunday": Settings →
    Week starts on); a long period is split into stacked bands so the grid fills the
    chart instead of leaving blank bands. ``first`` may be a year (int): that whole
    calendar year."""
    if isinstance(first, int):
        first, last = date(first, 1, 1), date(first, 12, 31)
    first = first or (min(values) if values else None)
    last = last or (max(values) if values else None)
    if not values or first is None:
        empty_message(ax, translate("Resilience", "No mood check-ins in this period yet"))
        return
    from matplotlib.cm import ScalarMappable

    weekly = is_weekly(first, last)
    values_grid, picture, label = _period_grids(ax, values, first, last, week_start, weekly)
    # The values, for the data text and the limits; not drawn: the picture below shows
    # them already coloured, the grey of the days without a check-in included (one image
    # resampled per draw instead of two, and no colour look-up at the chart's size).
    ax.imshow(values_grid, aspect="equal", interpolation="nearest", visible=False)
    _add_picture(ax, picture)
    label([])
    (weeks_title if weekly else _pixels_title)(ax, period)
    without_axis_label(ax.yaxis)
    colour_axes = ax.inset_axes([1.015, 0.0, 0.012, 1.0])
    colour_bar = ax.figure.colorbar(ScalarMappable(_mood_norm(), _mood_colours()),
                                    cax=colour_axes)
    colour_bar.set_ticks([-5, 0, 5], labels=["−5", "0", "+5"])
    colour_bar.set_label(translate("Resilience", "Pleasantness"))


def _add_picture(ax, picture) -> None:
    """The coloured squares, as imshow would place them (charts/plots/pixel_picture.py)."""
    from resilience_desktop.charts.plots.pixel_picture import PixelPicture

    image = PixelPicture(ax, interpolation="nearest")
    image.set_data(picture)
    image.set_clip_path(ax.patch)
    image.set_extent(image.get_extent())
    ax.add_image(image)


def _mood_colours():
    """The pixel chart's colours, -5 (red) to +5 (green)."""
    from matplotlib import colormaps

    return colormaps["RdYlGn"]


def _mood_norm():
    from matplotlib.colors import Normalize

    return Normalize(-5, 5)


def update_year_in_pixels(ax, values: dict, first: date | None, last: date,
                          period: str = "", week_start: str = "monday") -> bool:
    """Another period on a drawn pixel chart: the images take the new grids, the month
    names are moved and rewritten (kept Text artists, made or removed only when their
    number changes), the day names (or a weekly period's years and months) and title
    written anew; the Axes and the colour bar are kept (same picture as
    ``draw_year_in_pixels``, issue 20), from days to weeks and back too. False when it
    must be drawn anew (it was or becomes the message)."""
    first = first or (min(values) if values else None)
    if not values or first is None or not ax.axison or len(ax.images) != 2:
        return False
    weekly = is_weekly(first, last)  # per day <-> per week too: the labels set all they use
    from matplotlib.transforms import Bbox

    values_grid, picture, label = _period_grids(ax, values, first, last, week_start, weekly)
    ax.dataLim.ignore(True)  # the limits from the new grids, as on a new Axes
    ax.dataLim.set_points(Bbox.null().get_points())
    ax.ignore_existing_data_limits = True
    rows, columns = values_grid.shape
    for image, grid in zip(ax.images, (values_grid, picture)):
        image.set_data(grid)
        image.set_extent((-0.5, columns - 0.5, rows - 0.5, -0.5))
    label(list(ax.texts))
    (weeks_title if weekly else _pixels_title)(ax, period)
    return True


def without_axis_label(axis) -> None:
    """An axis whose tick labels name rows (days, words) and that has no label: left to
    itself matplotlib measures every tick label twice a draw to place the empty label
    beyond them (~5 ms with twenty words). Placed by hand and hidden, it is not measured,
    nor counted in the layout."""
    axis.set_label_coords(0.0, 0.5)
    axis.label.set_visible(False)


def _pixels_title(ax, period: str) -> None:
    ax.set_title(translate("Resilience", "Pleasantness per day{value} (grey: no check-in)").format(value=', ' + period.lower() if period else ''))


def _period_grids(ax, values: dict, first: date, last: date, week_start: str,
                  weekly: bool) -> tuple:
    """The values grid, the picture and how to label them (given the kept texts): a
    square per week (year_in_weeks.py) or per day."""
    if weekly:
        days, moods = _as_arrays(ax, values)
        grid, picture, first_year = week_grids(days, moods, first, last, week_start,
                                               _mood_colours(), _mood_norm(), NO_CHECK_IN)

        def label_years(kept: list) -> None:
            _place_month_names(ax, kept, [])  # a daily period's month names: hidden
            label_weeks(ax, first_year, grid.shape[0])
            without_axis_label(ax.xaxis)

        return grid, picture, label_years
    values_grid, picture, week_one, per_band, bands = _pixel_grids(ax, values, first, last,
                                                                    week_start)

    def label(kept: list) -> None:
        texts = _label_pixel_bands(ax, week_one, first, last, per_band, bands)
        _place_month_names(ax, kept, texts)

    return values_grid, picture, label


def _pixel_grids(ax, values: dict, first: date, last: date, week_start: str) -> tuple:
    """The mood grid (masked where empty) and the picture drawn of it (RGBA bytes: the
    mood's colour, grey for a day in the period without a check-in, clear outside), the
    first week's first day, the weeks per band and the bands, for the Axes' shape."""
    import numpy as np
    from matplotlib.colors import to_rgba_array

    week_one = first - timedelta(days=(first.weekday() + (week_start == "sunday")) % 7)
    weeks = (last - week_one).days // 7 + 1
    width, height = ax.figure.get_size_inches()
    bands = pixel_bands(weeks, (width * 0.88) / max(0.5, height * 0.78))
    per_band = -(-weeks // bands)
    grid = np.full((bands * 8, per_band), np.nan)
    picture = np.zeros(grid.shape + (4,), dtype=np.uint8)
    # Every day's square at once (pixel_position for arrays: a century is 36,500 days).
    offsets = np.arange((first - week_one).days, (last - week_one).days + 1)
    picture[_pixel_rows(offsets, per_band)] = (to_rgba_array(NO_CHECK_IN) * 255).round()
    days, moods = _as_arrays(ax, values)
    shown = (days >= first.toordinal()) & (days <= last.toordinal())
    days, moods = days[shown] - week_one.toordinal(), moods[shown]
    if days.size:
        squares = _pixel_rows(days, per_band)
        grid[squares] = moods
        picture[squares] = _mood_colours()(_mood_norm()(moods), bytes=True)
    return np.ma.masked_invalid(grid), picture, week_one, per_band, bands


def _as_arrays(ax, values: dict) -> tuple:
    """The days (ordinals) and moods as arrays, the period's days then picked at once: a
    century is 36,500 days, ~10 ms in a loop, ~2 to convert; kept on the Axes per dict
    for the periods a person flicks between (the caller keeps each period's dict until
    the data changes, and a new dict is converted anew)."""
    import numpy as np

    kept = ax.__dict__.setdefault("_mood_arrays", [])
    for dict_, days, moods in kept:
        if dict_ is values:
            return days, moods
    days = np.fromiter((day.toordinal() for day in values), dtype=np.int64, count=len(values))
    moods = np.fromiter(values.values(), dtype=float, count=len(values))
    kept[:] = [(values, days, moods)] + kept[:KEPT_PERIODS - 1]
    return days, moods


def _pixel_rows(offsets, per_band: int) -> tuple:
    """(rows, columns) of days given as days after the first week's first day."""
    band, column = divmod(offsets // 7, per_band)
    return band * 8 + 1 + offsets % 7, column


def _label_pixel_bands(ax, week_one: date, first: date, last: date, per_band: int,
                       bands: int) -> list[tuple[float, float, str]]:
    """Day names at each band's ends; the month names (only January's year when the period
    is long) for each band's label row, returned as (x, y, text) to be placed."""
    months_only_january = (last - first).days > 3 * 366
    names = []
    cursor = date(first.year, first.month, 1)
    while cursor <= last:
        shown = max(cursor, first)
        row, column = pixel_position(shown, week_one, per_band)
        band_top = row - 1 - (shown - week_one).days % 7
        if months_only_january:  # the first month's year, then each January's
            names.append((column - 0.5, band_top + 0.3, f"{cursor.year}"))
            cursor = date(cursor.year + 1, 1, 1)
            continue
        month = month_name(cursor.month, short=True)  # in the interface language
        text = month if cursor.month != 1 and cursor > first else f"{month} {cursor.year}"
        names.append((column - 0.5, band_top + 0.3, text))
        cursor = date(cursor.year + cursor.month // 12, cursor.month % 12 + 1, 1)
    ticks = [band * 8 + 1 + offset for band in range(bands) for offset in (0, 6)]
    ends = [day_name(week_one.weekday(), short=True), day_name((week_one.weekday() + 6) % 7,
                                                               short=True)]
    ax.set_yticks(ticks, ends * bands, fontsize="x-small")
    ax.set_ylim(bands * 8 - 0.5, -0.5)
    if ax.get_xticks().size or any(spine.get_visible() for spine in ax.spines.values()):
        ax.set_xticks([])  # once: a kept Axes has none left
        ax.tick_params(length=0)
        for spine in ax.spines.values():
            spine.set_visible(False)
    return names


def _place_month_names(ax, kept: list, names: list[tuple[float, float, str]]) -> None:
    """The month names as texts in the label rows: kept texts moved and rewritten, as
    ax.text would make them. Texts left over are emptied and hidden, not removed: a
    century's 100 years after 3 years' 37 months would make them anew each time."""
    for text, (x, y, name) in zip(kept, names):
        text.set_position((x, y))
        text.set_text(name)
        text.set_visible(True)
    for text in kept[len(names):]:
        text.set_text("")  # neither drawn, measured nor described
        text.set_visible(False)
    for x, y, name in names[len(kept):]:
        ax.text(x, y, name, fontsize="x-small", va="bottom", ha="left", color=muted_ink())
