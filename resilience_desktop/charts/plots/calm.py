"""Draw functions for the Calm charts (Qt-free; tested on a bare Figure).

Data shapes come from services/calm/charts.py: weeks have ``start`` (a
Monday) and ``minutes`` (kind -> minutes); stress changes are
{practice label: [after − before, ...]}.
"""

from __future__ import annotations


from matplotlib.ticker import MaxNLocator

from resilience_desktop.charts.plots.change_boxes import draw_change_boxes
from resilience_desktop.charts.plots.style import empty_message, set_date_ticks
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

__all__ = ["draw_weekly_practice", "draw_stress_change", "PRACTICE_COLOURS"]

PRACTICE_COLOURS = {"breathing": "#3f7f93", "meditation": "#7b6fb0", "imagery": "#5cb85c",
                    "grounding": "#e08a3c"}
KIND_NAMES = {"breathing": QT_TRANSLATE_NOOP("Resilience", "breathing"),
              "meditation": QT_TRANSLATE_NOOP("Resilience", "meditation"),
              "imagery": QT_TRANSLATE_NOOP("Resilience", "imagery"),
              "grounding": QT_TRANSLATE_NOOP("Resilience", "grounding")}
MANY_WEEKS = 104
MAX_ROWS = 10


def draw_weekly_practice(ax, weeks) -> None:
    """Stacked minutes per week by practice, as one PolyCollection per practice."""
    if not weeks or not any(w.minutes for w in weeks):
        empty_message(ax, translate("Resilience", "No practice in this period yet.\n"
                          "Even three minutes of slow breathing count."))
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
            handles.append(Patch(color=colour, label=translate("Resilience", KIND_NAMES[kind])))
        bottoms = tops
    ax.set_xlim(lefts[0] - 2, lefts[-1] + 9)
    ax.set_ylim(0, max(10.0, max(bottoms) * 1.15))
    set_date_ticks(ax, weeks[0].start, weeks[-1].start, max_ticks=6)
    ax.yaxis.set_major_locator(MaxNLocator(5, integer=True))
    ax.tick_params(axis="x", labelsize=8)
    ax.set_ylabel(translate("Resilience", "minutes"))
    ax.set_title(translate("Resilience", "Minutes practised per week"), fontsize=11)
    ax.legend(handles=handles, loc="upper left", fontsize=8, frameon=False, ncols=4)


def draw_stress_change(ax, changes: dict) -> None:
    """Stress after − before per practice: box for the middle half, whiskers up to 1.5
    box lengths, a dot for the mean, n in the label. Below zero = calmer."""
    kept = [(name, sorted(values)) for name, values in changes.items() if values][:MAX_ROWS]
    if not kept:
        empty_message(ax, translate("Resilience", "Rate your stress before and after a practice (one tap each)\n"
                          "to see which practice settles you most."))
        return
    draw_change_boxes(ax, kept, face="#e3def2", edge="#7b6fb0")
    ax.set_xlabel(translate("Resilience", "change in stress, 0–10 (after − before; below 0 = calmer)"))
    ax.set_title(translate("Resilience", "Stress change per practice (box: middle half, dot: mean)"), fontsize=11)
    ax.spines[["top", "right"]].set_visible(False)


