"""Horizontal box plots of before/after changes, one row per kind (activity, practice).

Shared by the exercise "Mood change per activity" and the calm "Stress change
per practice" charts: a box for the middle half, whiskers up to 1.5 box
lengths, a line for the median, a dot for the mean and ``n`` in each label.
Drawn from collections (one artist each) because a redraw must stay cheap.
"""

from __future__ import annotations

from math import fsum
from statistics import quantiles

from matplotlib.ticker import MaxNLocator

from resilience_desktop.charts.plots.style import MUTED, line_ink

MEAN_COLOUR = "#e08a3c"


def draw_change_boxes(ax, kept: list, face: str, edge: str) -> None:
    """Draw kept = [(name, sorted values), ...] top to bottom around a zero line."""
    from matplotlib.collections import LineCollection, PolyCollection

    boxes, whiskers, medians = [], [], []
    for y, (_name, values) in enumerate(kept, start=1):
        q1, median, q3 = quartiles(values)
        reach = 1.5 * (q3 - q1)
        low = min(v for v in values if v >= q1 - reach)
        high = max(v for v in values if v <= q3 + reach)
        boxes.append(((q1, y - 0.3), (q1, y + 0.3), (q3, y + 0.3), (q3, y - 0.3)))
        whiskers += [((low, y), (q1, y)), ((q3, y), (high, y)),
                     ((low, y - 0.15), (low, y + 0.15)), ((high, y - 0.15), (high, y + 0.15))]
        medians.append(((median, y - 0.3), (median, y + 0.3)))
    ax.add_collection(PolyCollection(boxes, facecolors=face, edgecolors=edge))
    ax.add_collection(LineCollection(whiskers, colors=line_ink(), linewidths=1))
    ax.add_collection(LineCollection(medians, colors=edge, linewidths=2))
    positions = list(range(1, len(kept) + 1))
    ax.plot([_mean(values) for _, values in kept], positions, linestyle="none", marker="o",
            markersize=4.5, color=MEAN_COLOUR, zorder=3, label="mean")
    spread = [v for _, values in kept for v in values]
    ax.set_xlim(min(*spread, -1) - 0.5, max(*spread, 1) + 0.5)
    ax.set_ylim(len(kept) + 0.6, 0.4)
    ax.axvline(0, color=MUTED, lw=0.8)
    ax.xaxis.set_major_locator(MaxNLocator(6, integer=True))
    ax.set_yticks(positions, [f"{name} (n={len(values)})" for name, values in kept], fontsize=8)


def _mean(values: list) -> float:
    """statistics.mean's value (for these small whole numbers, exactly) without its
    fractions: ~15 ms for a century of sessions."""
    return fsum(values) / len(values)


def quartiles(values: list) -> tuple[float, float, float]:
    if len(values) == 1:
        return values[0], values[0], values[0]
    q1, median, q3 = quantiles(values, n=4, method="inclusive")
    return q1, median, q3
