"""Draw functions for the journal charts (Qt-free; tested on a bare Figure).

Each takes an Axes and plain data from services/journal/stats.py (objects
with the attributes named below) and draws nothing but a friendly message
when there is no data.
"""

from __future__ import annotations

from datetime import date, timedelta

from resilience_desktop.charts.plots.style import (ACCENT, MUTED, QUADRANT_COLOURS, empty_message,
                                                   set_date_ticks)
# Year in pixels has a module of its own; its draw functions are looked up here (plots'
# __getattr__ reads this module's __all__), pixel_bands/pixel_position by tests.
from resilience_desktop.charts.plots.year_in_pixels import (  # noqa: F401
    draw_year_in_pixels, pixel_bands, pixel_position, update_year_in_pixels, without_axis_label)
from resilience_desktop.core.i18n import format_decimal, translate

__all__ = ["draw_mood_over_time", "update_mood_over_time", "draw_year_in_pixels", "update_year_in_pixels", "draw_emotion_frequencies",
           "update_emotion_frequencies",
           "draw_granularity", "update_granularity", "draw_intensity_drop", "update_intensity_drop"]

PLEASANT_COLOUR = "#e08e0b"
ENERGY_COLOUR = "#3f7f93"
ROLLING_DAYS = 7


def rolling_mean_by_date(days: list[date], values: list[float],
                         window: int = ROLLING_DAYS) -> list[float]:
    """Mean of the values dated within the last `window` calendar days
    (the day itself included) for each point; days must be ascending."""
    means, total, start = [], 0.0, 0
    for index, day in enumerate(days):
        total += values[index]
        while days[start] <= day - timedelta(days=window):
            total -= values[start]
            start += 1
        means.append(total / (index - start + 1))
    return means


def draw_mood_over_time(ax, series) -> None:
    """series: MoodDay(day, pleasantness, energy) per day, oldest first.
    Daily values are faint dots, the 7-day rolling means solid lines (the
    two lines come first in ax.get_lines(), then the dots)."""
    if not series:
        empty_message(ax, translate("Resilience", "No mood check-ins in this period yet"))
        return
    import numpy as np

    days = [point.day for point in series]
    xs = np.array(days, dtype="datetime64[D]")
    dots = []
    for attribute, colour, label in (("pleasantness", PLEASANT_COLOUR, translate("Resilience", "Pleasantness")),
                                     ("energy", ENERGY_COLOUR, translate("Resilience", "Energy"))):
        values = [getattr(point, attribute) for point in series]
        ax.plot(xs, rolling_mean_by_date(days, values), color=colour, linewidth=1.8,
                label=translate("Resilience", "{label} ({rolling_days}-day mean)").format(label=label, rolling_days=ROLLING_DAYS))
        dots.append((values, colour))
    for values, colour in dots:  # Line2D markers draw far faster than scatter
        ax.plot(xs, values, linestyle="none", marker="o", markersize=2.5, color=colour,
                alpha=0.3)
    ax.axhline(0, color=MUTED, linewidth=0.8)
    ax.set_ylim(-5.5, 5.5)
    ax.set_ylabel(translate("Resilience", "mood (−5 … +5)"))
    ax.set_title(translate("Resilience", "Mood over time"), loc="left")
    ax.set_yticks([-5, 0, 5])
    # above the plot, beside the title: never over the data
    ax.legend(loc="lower right", bbox_to_anchor=(1.0, 1.0), borderaxespad=0.2, fontsize=8,
              frameon=False, ncols=2)
    _date_axis(ax, days[0], days[-1])


def update_mood_over_time(ax, series) -> bool:
    """Move a drawn mood chart to a new series in place (the picture
    ``draw_mood_over_time`` draws: same lines, limits and ticks); False when it must be
    drawn anew (it was or becomes the empty message)."""
    if not series or not ax.axison or len(ax.lines) != 5:
        return False
    import numpy as np

    days = [point.day for point in series]
    xs = np.array(days, dtype="datetime64[D]")
    for index, attribute in enumerate(("pleasantness", "energy")):
        values = [getattr(point, attribute) for point in series]
        ax.lines[index].set_data(xs, rolling_mean_by_date(days, values))
        ax.lines[index + 2].set_data(xs, values)  # the dots
    ax.relim()  # the x limits from the new days, as the first plot() found them
    ax.autoscale_view()
    _date_axis(ax, days[0], days[-1])
    return True


def _date_axis(ax, first, last) -> None:
    """Few, short, fixed date labels (no rotation): cheap to lay out and to read."""
    set_date_ticks(ax, first, last)


def draw_emotion_frequencies(ax, counts) -> None:
    """counts: WordCount(word, count, quadrant), most frequent first."""
    if not counts:
        empty_message(ax, translate("Resilience", "No feelings named in this period yet"))
        return
    shown = list(counts)[::-1]  # most frequent at the top
    _word_bars(ax, shown)
    _word_legend(ax, shown)
    ax.set_xlabel(translate("Resilience", "times named"))
    ax.set_title(translate("Resilience", "Emotion words by frequency"))
    ax.tick_params(axis="y", labelsize=8)
    without_axis_label(ax.yaxis)


def update_emotion_frequencies(ax, counts) -> bool:
    """Another period's words on a drawn chart (same picture as ``draw_emotion_frequencies``,
    issue 20): as many words as before move the kept bars (length, colour) and rename the
    rows, other words make them anew on the kept Axes; the legend is kept while the same
    quadrants are named. False when it must be drawn anew (it was or becomes the message)."""
    if not counts or not ax.axison or len(ax.containers) != 1:
        return False
    shown = list(counts)[::-1]  # most frequent at the top
    if len(shown) == len(ax.containers[0].patches):
        _move_word_bars(ax, shown)
    else:
        ax.containers[0].remove()
        _fresh_limits(ax)
        _word_bars(ax, shown)
    if _quadrants(shown) != _quadrants_shown(ax):
        _word_legend(ax, shown)
    return True


def _move_word_bars(ax, shown) -> None:
    import numpy as np

    bars = ax.containers[0]
    for patch, count in zip(bars.patches, shown):
        patch.set_width(count.count)
        patch.set_facecolor(_word_colour(count))
    bars.datavalues = np.asarray([c.count for c in shown])  # what the data text reads
    ax.yaxis.set_ticklabels([c.word for c in shown])
    # The bars' data limits, as barh found them (relim() measures each bar's outline: as
    # slow as making them): the same rows, so the same y; x from 0 to the longest.
    ax.dataLim.intervalx = (0.0, float(max(c.count for c in shown)))
    ax.autoscale_view()


def _word_colour(count) -> str:
    return QUADRANT_COLOURS.get(count.quadrant, QUADRANT_COLOURS["neutral"])


def _quadrant_labels() -> dict:
    return {"high_unpleasant": translate("Resilience", "high energy, unpleasant"),
            "high_pleasant": translate("Resilience", "high energy, pleasant"),
            "low_unpleasant": translate("Resilience", "low energy, unpleasant"),
            "low_pleasant": translate("Resilience", "low energy, pleasant"),
            "neutral": translate("Resilience", "mixed / neutral")}


def _quadrants(counts) -> list[str]:
    """The legend's quadrants, in its order: those the words are in."""
    return [q for q in _quadrant_labels() if any(c.quadrant == q for c in counts)]


def _quadrants_shown(ax) -> list[str]:
    legend = ax.get_legend()
    return [] if legend is None else getattr(legend, "quadrants", [])


def _word_bars(ax, shown) -> None:
    """A bar per word, least named first (rows at 0, 1, ... named by their tick labels:
    kept Axes take new words as a new Axes does, not after the old ones)."""
    rows = list(range(len(shown)))
    ax.barh(rows, [c.count for c in shown], color=[_word_colour(c) for c in shown])
    ax.set_yticks(rows, [c.word for c in shown])


def _word_legend(ax, shown) -> None:
    """The quadrants the words are in (a new legend replaces the one before)."""
    from matplotlib.patches import Patch

    labels, used = _quadrant_labels(), _quadrants(shown)
    legend = ax.legend(handles=[Patch(color=QUADRANT_COLOURS[q], label=labels[q]) for q in used],
                       loc="lower right", fontsize=7, frameon=False)
    legend.quadrants = used  # a period naming the same quadrants keeps it


def draw_granularity(ax, months) -> None:
    """months: MonthValue(month, value, days_covered) = distinct emotion words per month.

    Whole months are a solid line; a month only partly covered (the one still
    going, or one cut by the period's start) is a hollow dot, dashed to its
    neighbour, so a one-day-old month does not read as a sudden drop."""
    if not months:
        empty_message(ax, translate("Resilience", "Name some feelings to see your emotional granularity"))
        return
    _granularity_lines(ax, months)
    ax.set_ylabel(translate("Resilience", "distinct words"))
    ax.set_title(translate("Resilience", "Emotional granularity: different words used per month (rising is good)"))


def update_granularity(ax, months) -> bool:
    """Another period's months on a drawn chart: its lines (and the legend, when a month
    is partly covered) made anew on the kept Axes (same picture as ``draw_granularity``,
    issue 20); False when it must be drawn anew (it was or becomes the message)."""
    if not months or not ax.axison or not ax.lines:
        return False
    for line in list(ax.lines):
        line.remove()
    if ax.get_legend() is not None:
        ax.get_legend().remove()
    _fresh_limits(ax)
    _granularity_lines(ax, months)
    return True


def _fresh_limits(ax) -> None:
    """The data limits start empty and both axes autoscale, as on a new Axes, so the
    limits grow from the artists drawn next (``set_ylim(bottom=0)`` had fixed y)."""
    from matplotlib.transforms import Bbox

    ax.dataLim.ignore(True)
    ax.dataLim.set_points(Bbox.null().get_points())
    ax.ignore_existing_data_limits = True
    ax.set_autoscalex_on(True)
    ax.set_autoscaley_on(True)


def _granularity_lines(ax, months) -> None:
    whole = [m for m in months if not getattr(m, "partial", False)]
    partial = [m for m in months if getattr(m, "partial", False)]
    many = len(months) >= 40
    if whole:
        ax.plot([m.month for m in whole], [m.value for m in whole], color=ACCENT,
                marker=None if many else "o", markersize=3, linewidth=1.4,
                label=translate("Resilience", "distinct words in the month"))
    for month in partial:
        neighbours = [m for m in whole if abs((m.month - month.month).days) < 32]
        for other in neighbours[:1]:
            ax.plot([other.month, month.month], [other.value, month.value], color=ACCENT,
                    linestyle=":", linewidth=1.2)
    if partial:
        ax.plot([m.month for m in partial], [m.value for m in partial], linestyle="none",
                marker="o", markersize=6, markerfacecolor="none", markeredgecolor=ACCENT,
                label=translate("Resilience", "part of a month (so far)"))
        ax.legend(loc="upper left", fontsize="small", frameon=False)
    ax.set_ylim(bottom=0)
    _date_axis(ax, months[0].month, months[-1].month)


def intensity_title(overall_drop: float, entries: int) -> str:
    """'dropped by 1.2', 'rose by 1.0' or 'stayed the same': never a negative drop."""
    if round(overall_drop, 1) == 0:
        return translate("Resilience", "After naming a feeling its strength stayed about the same"
                         " (%n entries)", "After naming a feeling its strength stayed about the"
                         " same (%n entry)", entries)
    if overall_drop > 0:
        text = translate("Resilience", "After naming a feeling its strength dropped by {drop} on"
                         " average (%n entries)", "After naming a feeling its strength dropped by"
                         " {drop} on average (%n entry)", entries)
    else:
        text = translate("Resilience", "After naming a feeling its strength rose by {drop} on"
                         " average (%n entries)", "After naming a feeling its strength rose by"
                         " {drop} on average (%n entry)", entries)
    return text.format(drop=format_decimal(abs(overall_drop), 1))


def draw_intensity_drop(ax, months) -> None:
    """months: IntensityMonth(month, before, after, entries): mean strength of
    the feeling before and after naming it; bars show the drop."""
    if not months:
        empty_message(ax, translate("Resilience", "Rate how strong a feeling is before and after naming it "
                          "to see the effect here"))
        return
    _intensity_bars(ax, months)
    ax.set_ylabel(translate("Resilience", "drop in strength (0–10 scale)"))


def update_intensity_drop(ax, months) -> bool:
    """Another period's months on a drawn chart: its bars, average line and title made
    anew on the kept Axes (same picture as ``draw_intensity_drop``, issue 20); False
    when it must be drawn anew (it was or becomes the message)."""
    if not months or not ax.axison or len(ax.containers) != 1 or len(ax.lines) != 1:
        return False
    from matplotlib.transforms import Bbox

    ax.containers[0].remove()
    ax.lines[0].remove()
    # The data limits start empty, as on a new Axes, and grow with the new bars.
    ax.dataLim.ignore(True)
    ax.dataLim.set_points(Bbox.null().get_points())
    ax.ignore_existing_data_limits = True
    _intensity_bars(ax, months)
    return True


def _intensity_bars(ax, months) -> None:
    xs = [m.month for m in months]
    drops = [m.before - m.after for m in months]
    width = 20 if len(xs) < 60 else 25
    ax.bar(xs, drops, width=width, color=[ACCENT if d >= 0 else "#d9534f" for d in drops])
    total = sum(m.entries for m in months)
    overall = sum((m.before - m.after) * m.entries for m in months) / total
    ax.axhline(overall, color=MUTED, linestyle="--", linewidth=1)
    ax.set_title(intensity_title(overall, total))
    _date_axis(ax, xs[0], xs[-1])
