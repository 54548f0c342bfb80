"""Draw functions for the exercise charts (Qt-free; tested on a bare Figure).

Data shapes come from services/exercise/charts.py: weeks have ``start``,
``moderate_minutes`` and ``vigorous_minutes``; mix items have ``activity``,
``intensity`` and ``minutes``.
"""

from __future__ import annotations


from matplotlib.ticker import MaxNLocator

from resilience_desktop.charts.plots.change_boxes import draw_change_boxes
from resilience_desktop.charts.plots.style import (ACCENT, MUTED, empty_message, muted_ink,
                                                   set_date_ticks)
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, format_decimal, translate
from resilience_desktop.core.kind_names import INTENSITY_NAMES

__all__ = ["draw_weekly_guideline", "update_weekly_guideline", "mark_partial_weeks", "draw_activity_mix", "draw_mood_change",
           "draw_minutes_vs_mood", "INTENSITY_COLOURS", "ASSOCIATION_CAVEAT"]

INTENSITY_COLOURS = {"light": "#b8c4cc", "moderate": "#3f7f93", "vigorous": "#e08a3c"}
GUIDELINE_BAND = (150, 300)
INTENSITY_MINUTES = {"moderate": QT_TRANSLATE_NOOP("Resilience", "moderate minutes"),
                     "vigorous": QT_TRANSLATE_NOOP("Resilience", "vigorous minutes (× 2)")}
WHO_SOURCE = QT_TRANSLATE_NOOP("Resilience", "Source: WHO guidelines on physical activity and sedentary behaviour, 2020")
ASSOCIATION_CAVEAT = (QT_TRANSLATE_NOOP("Resilience", "Association, not cause: weeks with more activity may differ in other "
                      "ways too."))
MANY_WEEKS = 104
MAX_ROWS = 10


def draw_weekly_guideline(ax, weeks) -> None:
    """Stacked weekly guideline minutes (moderate + 2 x vigorous) with the 150–300 band.

    Bars are two PolyCollections rather than hundreds of Rectangles: ten years
    of weeks draw as fast as twelve.
    """
    if not _has_minutes(weeks):
        empty_message(ax, translate("Resilience", "No moderate or vigorous minutes in this period yet.\n"
                          "Some activity is better than none."))
        return
    from matplotlib.collections import PolyCollection
    from matplotlib.patches import Patch

    for kind in ("moderate", "vigorous"):
        ax.add_collection(PolyCollection(
            [], facecolors=INTENSITY_COLOURS[kind], edgecolors="none",
            label=translate("Resilience", INTENSITY_MINUTES[kind])))
    ax.axhspan(*GUIDELINE_BAND, color="#5cb85c", alpha=0.15, lw=0)
    ax.axhline(GUIDELINE_BAND[0], color="#3c8d3c", lw=0.8, ls="--")
    _set_weekly_bars(ax, weeks)
    ax.yaxis.set_major_locator(MaxNLocator(5, integer=True))  # few ticks: each costs ~3 ms
    ax.tick_params(axis="x", labelsize=8)
    ax.set_ylabel(translate("Resilience", "guideline minutes"))
    ax.set_title(translate("Resilience", "Weekly minutes against the WHO guideline"), fontsize=11)
    ax.set_xlabel(translate("Resilience", WHO_SOURCE), fontsize=7, color=muted_ink())
    handles = [Patch(color="#5cb85c", alpha=0.15, label=translate("Resilience", "WHO 150–300 min a week")),
               Patch(color=INTENSITY_COLOURS["moderate"], label=translate("Resilience", INTENSITY_NAMES["moderate"])),
               Patch(color=INTENSITY_COLOURS["vigorous"], label=translate("Resilience", "vigorous (× 2)"))]
    legend = ax.legend(handles=handles, loc="upper left", fontsize=8, frameon=False, ncols=3)
    # The legend sits inside the axes: constrained layout must not make room for it, or a
    # chart narrower than the three-column legend collapses ("axes sizes collapsed to zero").
    legend.set_in_layout(False)


def mark_partial_weeks(ax, weeks, partial_starts) -> None:
    """Hatch the bars of weeks cut by the period's start or end (the summary PDF counts only
    their days in the period) and say so in the legend."""
    partial = [w for w in weeks if w.start in set(partial_starts)]
    if not partial or not ax.axison:
        return
    from matplotlib.collections import PolyCollection
    from matplotlib.dates import date2num
    from matplotlib.patches import Patch

    width = 5.5 if len(weeks) <= MANY_WEEKS else 7.0
    lefts = date2num([w.start for w in partial])
    tops = [w.moderate_minutes + 2 * w.vigorous_minutes for w in partial]
    ax.add_collection(PolyCollection(_bar_vertices(lefts, width, [0] * len(partial), tops),
                                     facecolors="none", edgecolors="white", hatch="///",
                                     linewidths=0))
    legend = ax.get_legend()
    handles = list(legend.legend_handles) if legend is not None else []
    handles.append(Patch(facecolor="#cccccc", hatch="///", edgecolor="white",
                         label=translate("Resilience", "partial week")))
    legend = ax.legend(handles=handles, loc="upper left", fontsize=8, frameon=False, ncols=2)
    legend.set_in_layout(False)


def _has_minutes(weeks) -> bool:
    return bool(weeks) and any(w.moderate_minutes or w.vigorous_minutes for w in weeks)


def _set_weekly_bars(ax, weeks) -> None:
    """The bars, limits and date ticks of the weekly chart, set on its kept artists."""
    from matplotlib.dates import date2num

    lefts = date2num([w.start for w in weeks])
    moderate = [w.moderate_minutes for w in weeks]
    totals = [m + 2 * w.vigorous_minutes for m, w in zip(moderate, weeks)]
    width = 5.5 if len(weeks) <= MANY_WEEKS else 7.0
    for collection, bottoms, tops in zip(ax.collections[:2], ([0] * len(weeks), moderate),
                                         (moderate, totals)):
        collection.set_verts(_bar_vertices(lefts, width, bottoms, tops))
        collection.set_antialiased(len(weeks) <= MANY_WEEKS)  # no hairline gaps when dense
    ax.set_xlim(lefts[0] - 2, lefts[-1] + 9)
    ax.set_ylim(0, max(GUIDELINE_BAND[1] * 1.15, max(totals) * 1.1))
    set_date_ticks(ax, weeks[0].start, weeks[-1].start, max_ticks=6)


def update_weekly_guideline(ax, weeks) -> bool:
    """Move an already drawn weekly chart to new weeks in place (same picture as
    ``draw_weekly_guideline``); False when it must be drawn anew (it was or becomes
    the empty message, or has partial weeks hatched)."""
    if not ax.axison or len(ax.collections) != 2 or not _has_minutes(weeks):
        return False
    _set_weekly_bars(ax, weeks)
    return True


def _bar_vertices(lefts, width, bottoms, tops) -> list:
    return [((x, b), (x, t), (x + width, t), (x + width, b))
            for x, b, t in zip(lefts, bottoms, tops) if t > b]


def draw_activity_mix(ax, items, weeks: int = 12) -> None:
    """Horizontal bars: minutes per activity, coloured by intensity."""
    if not items:
        empty_message(ax, translate("Resilience", "No sessions in the last {weeks} weeks.").format(weeks=weeks))
        return
    shown = list(items[:MAX_ROWS])
    rest = sum(item.minutes for item in items[MAX_ROWS:])
    names = [item.activity for item in shown] + ([translate("Resilience", "other activities")] if rest else [])
    minutes = [item.minutes for item in shown] + ([rest] if rest else [])
    colours = [INTENSITY_COLOURS[item.intensity] for item in shown] + ([MUTED] if rest else [])
    positions = range(len(names))
    ax.barh(list(positions), minutes, color=colours)
    ax.set_yticks(list(positions), names, fontsize=8)
    ax.xaxis.set_major_locator(MaxNLocator(5, integer=True))
    ax.invert_yaxis()
    ax.set_xlabel(translate("Resilience", "minutes"))
    ax.set_title(translate("Resilience", "Activity mix, last {weeks} weeks").format(weeks=weeks), fontsize=11)
    _intensity_legend(ax)


def _intensity_legend(ax) -> None:
    from matplotlib.patches import Patch

    handles = [Patch(color=colour, label=translate("Resilience", INTENSITY_NAMES[kind]))
               for kind, colour in INTENSITY_COLOURS.items()]
    ax.legend(handles=handles, loc="lower right", fontsize=8, frameon=False)


def draw_mood_change(ax, changes: dict) -> None:
    """Mood after − before per activity: a box for the middle half, whiskers for the
    spread (up to 1.5 box lengths, as a box plot), a dot for the mean."""
    kept = [(name, sorted(values)) for name, values in changes.items() if values][:MAX_ROWS]
    if not kept:
        empty_message(ax, translate("Resilience", "Record your mood before and after a session to see\n"
                          "how each activity changes it."))
        return
    draw_change_boxes(ax, kept, face="#d6e6ea", edge=ACCENT)
    # The dot is explained under the axis: a legend would cost a box, a marker
    # and a text on every redraw. The title stays short: long activity names
    # make the axes narrow, and a centred title wider than them was cut off.
    ax.set_xlabel(translate("Resilience", "change in pleasantness (after − before)\nbox: middle half · dot: mean"))
    ax.set_title(translate("Resilience", "Mood change per activity"), fontsize=11)


CAVEAT_FONT_SIZE = 8
CAVEAT_OFFSET = 4  # points between the axes and the caveat's text
CAVEAT_BOX_PAD = 0.3  # its box's padding, in ems (matplotlib's "round" default)
LINE_SPACING = 1.2  # matplotlib's default line height, in ems
TITLE_GAP = 4  # points between the caveat's box and the title
# The share of the figure's width the caveat may take (it starts at the axes' left edge,
# after the y label and its ticks), and at most a width that fits the Exercise tab's
# narrowest chart beside a German table: the figure may not have its final size yet
# when the chart is drawn.
CAVEAT_WIDTH_SHARE = 0.78
CAVEAT_MAX_POINTS = 290


def draw_minutes_vs_mood(ax, data) -> None:
    """Weekly guideline minutes against mean weekly mood, a fitted line and the caveat."""
    points = list(data.points)
    if len(points) < 3:
        empty_message(ax, translate("Resilience", "A few weeks with recorded moods are needed for this chart.")
                  + "\n" + translate("Resilience", ASSOCIATION_CAVEAT))
        return
    import numpy as np

    # Arrays, not lists: scatter makes a masked array of a list element by element
    # (~50 ms for a century of weeks).
    xs = np.array([x for x, _ in points], float)
    ys = np.array([y for _, y in points], float)
    ax.scatter(xs, ys, s=12, alpha=0.5, color=ACCENT, label=translate("Resilience", "one week"))
    if data.fit is not None:
        slope, intercept, r = data.fit
        ends = [float(xs.min()), float(xs.max())]
        ax.plot(ends, [intercept + slope * x for x in ends], color="#e08a3c", lw=2,
                label=translate("Resilience", "fitted line (r = {r})").format(r=format_decimal(r, 2)))
    ax.axvspan(*GUIDELINE_BAND, color="#5cb85c", alpha=0.1, lw=0)
    ax.set_xlabel(translate("Resilience", "guideline minutes in the week"))
    ax.set_ylabel(translate("Resilience", "mean weekly mood\n({mood_source})").format(
        mood_source=translate("Resilience", data.mood_source)), fontsize=8)
    ax.set_ylim(-5.5, 5.5)
    ax.set_yticks([-5, 0, 5])
    ax.xaxis.set_major_locator(MaxNLocator(5, integer=True))
    ax.legend(loc="lower right", fontsize=8, frameon=False)
    # The caveat sits above the plot (between title and axes), never on the points,
    # wrapped to the chart's width: one long line (German) pushed the layout to squeeze
    # the axes to half the chart, or to nothing in a narrow one.
    caveat = _wrapped(translate("Resilience", ASSOCIATION_CAVEAT), ax, CAVEAT_FONT_SIZE)
    ax.annotate(caveat, xy=(0, 1), xycoords="axes fraction", xytext=(0, CAVEAT_OFFSET),
                textcoords="offset points", va="bottom", ha="left", fontsize=CAVEAT_FONT_SIZE,
                color="#5c3d00", annotation_clip=False,
                bbox={"boxstyle": f"round,pad={CAVEAT_BOX_PAD}", "facecolor": "#fff4e5",
                      "edgecolor": "#f0c36d"})
    # The title stands above the caveat: its pad (points above the axes) is the caveat's
    # height. (Its message ends in a line break from when a blank line made that room; a
    # blank line's box lay over the caveat's, and the contrast check read the title there.)
    lines = caveat.count("\n") + 1
    caveat_height = CAVEAT_OFFSET + lines * CAVEAT_FONT_SIZE * LINE_SPACING \
        + 2 * CAVEAT_BOX_PAD * CAVEAT_FONT_SIZE
    ax.set_title(translate("Resilience", "Weekly minutes and mood\n").rstrip("\n"), fontsize=11,
                 pad=caveat_height + TITLE_GAP)


def _wrapped(text: str, ax, font_size: float) -> str:
    """text in lines that fit the figure's width at font_size, measured in the font."""
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import text_to_path

    font = FontProperties(size=font_size)
    room = min(CAVEAT_MAX_POINTS, ax.figure.get_figwidth() * 72 * CAVEAT_WIDTH_SHARE)  # points

    def width(line: str) -> float:
        return float(text_to_path.get_text_width_height_descent(line, font, ismath=False)[0])

    lines: list[str] = []
    for word in text.split():
        if lines and width(f"{lines[-1]} {word}") <= room:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return "\n".join(lines)
