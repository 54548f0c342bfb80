"""Draw functions for the journal charts (Qt-free; tested on a bare Figure).

Each takes an Axes and plain data from services/journal/stats.py (objects
with the attributes named below) and draws nothing but a friendly message
when there is no data.
"""

from __future__ import annotations

from datetime import date, timedelta

from resilience_desktop.charts.plots.style import (ACCENT, MUTED, QUADRANT_COLOURS, empty_message,
                                                   set_date_ticks)

__all__ = ["draw_mood_over_time", "draw_year_in_pixels", "draw_emotion_frequencies",
           "draw_granularity", "draw_intensity_drop"]

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
        empty_message(ax, "No mood check-ins in this period yet")
        return
    import numpy as np

    days = [point.day for point in series]
    xs = np.array(days, dtype="datetime64[D]")
    dots = []
    for attribute, colour, label in (("pleasantness", PLEASANT_COLOUR, "Pleasantness"),
                                     ("energy", ENERGY_COLOUR, "Energy")):
        values = [getattr(point, attribute) for point in series]
        ax.plot(xs, rolling_mean_by_date(days, values), color=colour, linewidth=1.8,
                label=f"{label} ({ROLLING_DAYS}-day mean)")
        dots.append((values, colour))
    for values, colour in dots:  # Line2D markers draw far faster than scatter
        ax.plot(xs, values, linestyle="none", marker="o", markersize=2.5, color=colour,
                alpha=0.3)
    ax.axhline(0, color=MUTED, linewidth=0.8)
    ax.set_ylim(-5.5, 5.5)
    ax.set_ylabel("mood (−5 … +5)")
    ax.set_title("Mood over time")
    ax.set_yticks([-5, 0, 5])
    ax.legend(loc="upper left", fontsize=8, frameon=False, ncols=2)
    _date_axis(ax, days[0], days[-1])


def _date_axis(ax, first, last) -> None:
    """Few, short, fixed date labels (no rotation): cheap to lay out and to read."""
    set_date_ticks(ax, first, last)


def draw_year_in_pixels(ax, values: dict, year: int | None = None) -> None:
    """values: {date: mean pleasantness}; one square per day, weeks across."""
    if not values:
        empty_message(ax, "No mood check-ins this year yet")
        return
    import numpy as np
    from matplotlib import colormaps

    year = year or min(values).year
    first = date(year, 1, 1)
    grid = np.full((7, 54), np.nan)
    for day, value in values.items():
        if day.year == year:
            offset = (day - first).days + first.weekday()
            grid[day.weekday(), offset // 7] = value
    cmap = colormaps["RdYlGn"].with_extremes(bad="#eeeeee")
    image = ax.imshow(np.ma.masked_invalid(grid), cmap=cmap, vmin=-5, vmax=5, aspect="equal",
                      interpolation="nearest")
    ax.set_yticks(range(7), ["Mon", "", "Wed", "", "Fri", "", "Sun"], fontsize=8)
    starts = [(date(year, m, 1) - first).days + first.weekday() for m in range(1, 13)]
    ax.set_xticks([s // 7 for s in starts],
                  ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                   "Nov", "Dec"], fontsize=8)
    ax.tick_params(length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    ax.set_title(f"{year} in pixels: pleasantness per day")
    # A colour bar as tall as the grid (an equal-aspect grid is much wider than tall).
    colour_axes = ax.inset_axes([1.015, 0.0, 0.012, 1.0])
    colour_bar = ax.figure.colorbar(image, cax=colour_axes)
    colour_bar.set_ticks([-5, 0, 5], labels=["−5", "0", "+5"], fontsize=8)
    colour_bar.set_label("pleasantness", fontsize=8)


def draw_emotion_frequencies(ax, counts) -> None:
    """counts: WordCount(word, count, quadrant), most frequent first."""
    if not counts:
        empty_message(ax, "No feelings named in this period yet")
        return
    shown = list(counts)[::-1]  # most frequent at the top
    ax.barh([c.word for c in shown], [c.count for c in shown],
            color=[QUADRANT_COLOURS.get(c.quadrant, QUADRANT_COLOURS["neutral"]) for c in shown])
    ax.set_xlabel("times named")
    ax.set_title("Emotion words by frequency")
    ax.tick_params(axis="y", labelsize=8)
    from matplotlib.patches import Patch

    labels = {"high_unpleasant": "high energy, unpleasant", "high_pleasant":
              "high energy, pleasant", "low_unpleasant": "low energy, unpleasant",
              "low_pleasant": "low energy, pleasant", "neutral": "mixed / neutral"}
    used = [q for q in labels if any(c.quadrant == q for c in shown)]
    ax.legend(handles=[Patch(color=QUADRANT_COLOURS[q], label=labels[q]) for q in used],
              loc="lower right", fontsize=7, frameon=False)


def draw_granularity(ax, months) -> None:
    """months: MonthValue(month, value) = distinct emotion words per month."""
    if not months:
        empty_message(ax, "Name some feelings to see your emotional granularity")
        return
    xs = [m.month for m in months]
    ys = [m.value for m in months]
    ax.plot(xs, ys, color=ACCENT, marker="o" if len(xs) < 40 else None, markersize=3,
            linewidth=1.4)
    ax.set_ylim(bottom=0)
    ax.set_ylabel("distinct words")
    ax.set_title("Emotional granularity: different words used per month (rising is good)")
    _date_axis(ax, xs[0], xs[-1])


def intensity_title(overall_drop: float, entries: int) -> str:
    """'dropped by 1.2', 'rose by 1.0' or 'stayed the same': never a negative drop."""
    count = f"{entries} {'entry' if entries == 1 else 'entries'}"
    if round(overall_drop, 1) == 0:
        return f"After naming a feeling its strength stayed about the same ({count})"
    verb = "dropped" if overall_drop > 0 else "rose"
    return (f"After naming a feeling its strength {verb} by {abs(overall_drop):.1f} "
            f"on average ({count})")


def draw_intensity_drop(ax, months) -> None:
    """months: IntensityMonth(month, before, after, entries): mean strength of
    the feeling before and after naming it; bars show the drop."""
    if not months:
        empty_message(ax, "Rate how strong a feeling is before and after naming it "
                          "to see the effect here")
        return
    xs = [m.month for m in months]
    drops = [m.before - m.after for m in months]
    width = 20 if len(xs) < 60 else 25
    ax.bar(xs, drops, width=width, color=[ACCENT if d >= 0 else "#d9534f" for d in drops])
    total = sum(m.entries for m in months)
    overall = sum((m.before - m.after) * m.entries for m in months) / total
    ax.axhline(overall, color=MUTED, linestyle="--", linewidth=1)
    ax.set_ylabel("drop in strength (0–10 scale)")
    ax.set_title(intensity_title(overall, total))
    _date_axis(ax, xs[0], xs[-1])
