"""Draw functions for the Calm charts (Qt-free; tested on a bare Figure).

Data shapes come from services/calm/charts.py: weeks have ``start`` (a
Monday) and ``minutes`` (kind -> minutes); stress changes are
{practice label: [after − before, ...]}.
"""

from __future__ import annotations

from statistics import mean, quantiles

from matplotlib.ticker import MaxNLocator

from resilience_desktop.charts.plots.style import MUTED, empty_message, set_date_ticks

__all__ = ["draw_weekly_practice", "draw_stress_change", "PRACTICE_COLOURS"]

PRACTICE_COLOURS = {"breathing": "#3f7f93", "meditation": "#7b6fb0", "imagery": "#5cb85c",
                    "grounding": "#e08a3c"}
KIND_NAMES = {"breathing": "breathing", "meditation": "meditation", "imagery": "imagery",
              "grounding": "grounding"}
MANY_WEEKS = 104
MAX_ROWS = 10


def draw_weekly_practice(ax, weeks) -> None:
    """Stacked minutes per week by practice, as one PolyCollection per practice."""
    if not weeks or not any(w.minutes for w in weeks):
        empty_message(ax, "No practice in this period yet.\n"
                          "Even three minutes of slow breathing count.")
        return
    from matplotlib.collections import PolyCollection
    from matplotlib.dates import date2num
    from matplotlib.patches import Patch

    lefts = date2num([w.start for w in weeks])
    width = 5.5 if len(weeks) <= MANY_WEEKS else 7.0
    bottoms = [0.0] * len(weeks)
    handles = []
    for kind, colour in PRACTICE_COLOURS.items():
        tops = [b + w.minutes.get(kind, 0.0) for b, w in zip(bottoms, weeks)]
        if any(t > b for t, b in zip(tops, bottoms)):
            ax.add_collection(PolyCollection(
                [((x, b), (x, t), (x + width, t), (x + width, b))
                 for x, b, t in zip(lefts, bottoms, tops) if t > b],
                facecolors=colour, edgecolors="none", antialiaseds=len(weeks) <= MANY_WEEKS))
            handles.append(Patch(color=colour, label=KIND_NAMES[kind]))
        bottoms = tops
    ax.set_xlim(lefts[0] - 2, lefts[-1] + 9)
    ax.set_ylim(0, max(10.0, max(bottoms) * 1.15))
    set_date_ticks(ax, weeks[0].start, weeks[-1].start, max_ticks=6)
    ax.yaxis.set_major_locator(MaxNLocator(5, integer=True))
    ax.tick_params(axis="x", labelsize=8)
    ax.set_ylabel("minutes")
    ax.set_title("Minutes practised per week", fontsize=11)
    ax.legend(handles=handles, loc="upper left", fontsize=8, frameon=False, ncols=4)


def draw_stress_change(ax, changes: dict) -> None:
    """Stress after − before per practice: box for the middle half, whiskers up to 1.5
    box lengths, a dot for the mean, n in the label. Below zero = calmer."""
    kept = [(name, sorted(values)) for name, values in changes.items() if values][:MAX_ROWS]
    if not kept:
        empty_message(ax, "Rate your stress before and after a practice (one tap each)\n"
                          "to see which practice settles you most.")
        return
    from matplotlib.collections import LineCollection, PolyCollection

    boxes, whiskers, medians = [], [], []
    for y, (_name, values) in enumerate(kept, start=1):
        q1, median, q3 = _quartiles(values)
        reach = 1.5 * (q3 - q1)
        low = min(v for v in values if v >= q1 - reach)
        high = max(v for v in values if v <= q3 + reach)
        boxes.append(((q1, y - 0.3), (q1, y + 0.3), (q3, y + 0.3), (q3, y - 0.3)))
        whiskers += [((low, y), (q1, y)), ((q3, y), (high, y)),
                     ((low, y - 0.15), (low, y + 0.15)), ((high, y - 0.15), (high, y + 0.15))]
        medians.append(((median, y - 0.3), (median, y + 0.3)))
    ax.add_collection(PolyCollection(boxes, facecolors="#e3def2", edgecolors="#7b6fb0"))
    ax.add_collection(LineCollection(whiskers, colors="#333333", linewidths=1))
    ax.add_collection(LineCollection(medians, colors="#7b6fb0", linewidths=2))
    positions = list(range(1, len(kept) + 1))
    ax.plot([mean(values) for _, values in kept], positions, linestyle="none", marker="o",
            markersize=4.5, color="#e08a3c", zorder=3)
    spread = [v for _, values in kept for v in values]
    ax.set_xlim(min(min(spread), -1) - 0.5, max(max(spread), 1) + 0.5)
    ax.set_ylim(len(kept) + 0.6, 0.4)
    ax.axvline(0, color=MUTED, lw=0.8)
    ax.xaxis.set_major_locator(MaxNLocator(6, integer=True))
    ax.set_yticks(positions, [f"{name} (n={len(values)})" for name, values in kept], fontsize=8)
    ax.set_xlabel("change in stress, 0–10 (after − before; below 0 = calmer)")
    ax.set_title("Stress change per practice (box: middle half, dot: mean)", fontsize=11,
                 color="#222222")
    ax.tick_params(axis="y", colors="#222222")
    ax.spines[["top", "right"]].set_visible(False)


def _quartiles(values: list) -> tuple[float, float, float]:
    if len(values) == 1:
        return values[0], values[0], values[0]
    q1, median, q3 = quantiles(values, n=4, method="inclusive")
    return q1, median, q3
