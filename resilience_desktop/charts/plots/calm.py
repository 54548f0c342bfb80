"""Draw functions for the Calm charts (Qt-free; tested on a bare Figure).

Data shapes come from services/calm/charts.py: weeks have ``start`` (a
Monday) and ``minutes`` (kind -> minutes); stress changes are
{practice label: [after − before, ...]}.
"""

from __future__ import annotations


from matplotlib.ticker import MaxNLocator

from resilience_desktop.charts.plots.change_boxes import draw_change_boxes
from resilience_desktop.charts.plots.style import empty_message, set_date_ticks
from resilience_desktop.core.i18n import translate
from resilience_desktop.core.kind_names import CALM_KIND_IN_SENTENCE

__all__ = ["draw_weekly_practice", "update_weekly_practice", "draw_stress_change", "PRACTICE_COLOURS"]

PRACTICE_COLOURS = {"breathing": "#3f7f93", "meditation": "#7b6fb0", "imagery": "#5cb85c",
                    "grounding": "#e08a3c"}
MANY_WEEKS = 104
MAX_ROWS = 10


def draw_weekly_practice(ax, weeks) -> None:
    """Stacked minutes per week by practice, as one PolyCollection per practice."""
    if not weeks or not any(w.minutes for w in weeks):
        empty_message(ax, translate("Resilience", "No practice in this period yet.\n"
                          "Even three minutes of slow breathing count."))
        return
    from matplotlib.collections import PolyCollection
    from matplotlib.patches import Patch

    handles = []
    for kind, _vertices in _practice_stacks(weeks)[0]:
        colour = PRACTICE_COLOURS[kind]
        ax.add_collection(PolyCollection([], facecolors=colour, edgecolors="none", gid=kind))
        handles.append(Patch(color=colour, label=translate("Resilience", CALM_KIND_IN_SENTENCE[kind])))
    _set_practice_weeks(ax, weeks)
    ax.yaxis.set_major_locator(MaxNLocator(5, integer=True))
    ax.tick_params(axis="x", labelsize=8)
    ax.set_ylabel(translate("Resilience", "minutes"))
    ax.set_title(translate("Resilience", "Minutes practised per week"), fontsize=11)
    ax.legend(handles=handles, loc="upper left", fontsize=8, frameon=False, ncols=4)


def update_weekly_practice(ax, weeks) -> bool:
    """Move a drawn weekly practice chart to weeks in place (the picture
    ``draw_weekly_practice`` draws, issue 20); False when it must be drawn anew: it was
    or becomes the empty message, or other practices show (its legend changes)."""
    if not ax.axison or not weeks or not any(w.minutes for w in weeks):
        return False
    kinds = [kind for kind, _vertices in _practice_stacks(weeks)[0]]
    if [collection.get_gid() for collection in ax.collections] != kinds:
        return False
    _set_practice_weeks(ax, weeks)
    return True


def _practice_stacks(weeks) -> tuple[list, float]:
    """(practice, bar vertices) of each practice with minutes, bottom up; the tallest week."""
    from matplotlib.dates import date2num

    lefts = date2num([w.start for w in weeks])
    width = 5.5 if len(weeks) <= MANY_WEEKS else 7.0
    bottoms = [0.0] * len(weeks)
    stacks = []
    for kind in PRACTICE_COLOURS:
        tops = [b + w.minutes.get(kind, 0.0) for b, w in zip(bottoms, weeks)]
        if any(t > b for t, b in zip(tops, bottoms)):
            stacks.append((kind, [((x, b), (x, t), (x + width, t), (x + width, b))
                                  for x, b, t in zip(lefts, bottoms, tops) if t > b]))
        bottoms = tops
    return stacks, max(bottoms)


def _set_practice_weeks(ax, weeks) -> None:
    """The bars, limits and date ticks of the weekly practice chart on its kept artists."""
    from matplotlib.dates import date2num

    stacks, tallest = _practice_stacks(weeks)
    for collection, (_kind, vertices) in zip(ax.collections, stacks):
        collection.set_verts(vertices)
        collection.set_antialiased(len(weeks) <= MANY_WEEKS)
    first, last = date2num([weeks[0].start, weeks[-1].start])
    ax.set_xlim(first - 2, last + 9)
    ax.set_ylim(0, max(10.0, tallest * 1.15))
    set_date_ticks(ax, weeks[0].start, weeks[-1].start, max_ticks=6)


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


