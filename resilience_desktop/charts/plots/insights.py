"""Draw functions for the Insights tab (Qt-free; tested on a bare Figure).

``draw_scale_history`` takes a ScaleSeries: the scores of one questionnaire
over time with its published bands (none for Rosenberg: trend only);
``update_scale_history`` moves a drawn one to another period or other scores in
place (issue 20: the same picture, the Axes and their text kept).
``draw_helps`` takes comparison rows (label, difference, low, high) and draws
each difference with its 95 % interval.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from matplotlib.ticker import MaxNLocator

from resilience_desktop.charts.plots.style import ACCENT, MUTED, empty_message, set_date_ticks
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

__all__ = ["ScaleSeries", "draw_scale_history", "update_scale_history", "draw_helps", "update_helps", "NOT_A_DIAGNOSIS_NOTE"]

NOT_A_DIAGNOSIS_NOTE = QT_TRANSLATE_NOOP("Resilience", "This is not a diagnosis.")


@dataclass(frozen=True)
class ScaleSeries:
    title: str
    score_range: tuple[float, float]
    points: list  # (date, score), oldest first
    bands: list = field(default_factory=list)  # (low, high, colour, label)
    first: date | None = None  # the range shown (None: the points' own)
    last: date | None = None


def draw_scale_history(ax, series: ScaleSeries) -> None:
    """Scores over time on the scale's full range, published bands shaded."""
    low, high = series.score_range
    if not series.points:
        empty_message(ax, translate("Resilience", "No {title} answers in this period.").format(title=series.title))
        return
    pad = (high - low) * 0.04
    for band_low, band_high, colour, _label in series.bands:
        ax.axhspan(band_low, band_high, color=colour, alpha=0.6, lw=0)
    ax.plot([], [], color=ACCENT, lw=1.4, marker="o")
    _set_scores(ax, series)
    ax.set_ylim(low - pad, high + pad)
    ax.yaxis.set_major_locator(MaxNLocator(5))
    ax.tick_params(labelsize=8)
    title = series.title if series.bands else translate("Resilience", "{title} (trend only)").format(
        title=series.title)
    ax.set_title(title, fontsize=10)
    # Band labels sit outside the plot, right of it, so the score line never runs
    # through them; they take the tick colour (readable in both themes).
    label_colour = ax.yaxis.label.get_color()
    for band_low, band_high, _colour, label in series.bands:
        ax.text(1.02, (band_low + band_high) / 2, _two_lines(label),
                transform=ax.get_yaxis_transform(), fontsize=7, color=label_colour,
                va="center", ha="left", clip_on=False, linespacing=0.95)


def _set_scores(ax, series: ScaleSeries) -> None:
    """The score line, the period's x limits and its date ticks, on the kept artists."""
    from matplotlib.dates import date2num

    days = [day for day, _ in series.points]
    first, last = series.first or days[0], series.last or days[-1]
    if first >= last:
        first, last = date.fromordinal(last.toordinal() - 30), date.fromordinal(
            last.toordinal() + 1)
    xs = date2num(days)
    line = ax.lines[0]
    line.set_data(xs, [value for _, value in series.points])
    line.set_markersize(3.5 if len(xs) < 80 else 2)
    ax.set_xlim(date2num(first), date2num(last))
    set_date_ticks(ax, first, last, max_ticks=6)


def update_scale_history(ax, series: ScaleSeries) -> bool:
    """Move a drawn scale chart to series in place (the picture ``draw_scale_history``
    draws); False when it must be drawn anew (it was or becomes the empty message)."""
    if not ax.axison or len(ax.lines) != 1 or not series.points:
        return False
    _set_scores(ax, series)
    return True


def _two_lines(label: str) -> str:
    """A long band label broken at its first space ("suggests\nlikely depression")."""
    return label.replace(" ", "\n", 1) if len(label) > 12 else label


def draw_helps(ax, rows, unit: str = "pleasantness") -> None:
    """Each factor's with-minus-without difference and its 95 % interval, largest first."""
    if not rows:
        empty_message(ax, translate("Resilience", "Not enough days yet: each comparison needs at least\n"
                          "5 days with and 5 days without."))
        return
    _set_helps_rows(ax, rows)
    ax.xaxis.set_major_locator(MaxNLocator(6))
    ax.tick_params(axis="x", labelsize=8)
    ax.set_xlabel(translate("Resilience", "difference in mean {unit} (with − without), 95 % interval").format(unit=unit), fontsize=8)
    ax.set_title(translate("Resilience", "An association, not proof of cause."), fontsize=10)


def update_helps(ax, rows) -> bool:
    """Another period's comparisons on a drawn chart: its lines made anew on the kept Axes
    (same picture as ``draw_helps``, issue 20); False when it must be drawn anew (it was
    or becomes the "not enough days" message)."""
    if not rows or not ax.axison or not ax.lines:
        return False
    for line in list(ax.lines):
        line.remove()
    _set_helps_rows(ax, rows)
    ax.relim()  # the x limits from the new lines, as on a new Axes
    ax.autoscale_view()
    return True


def _set_helps_rows(ax, rows) -> None:
    """A line and a dot per comparison, the zero line, the names and the y limits."""
    positions = list(range(len(rows)))
    for y, (_label, difference, low, high) in zip(positions, rows):
        colour = ACCENT if low > 0 or high < 0 else MUTED
        ax.plot([low, high], [y, y], color=colour, lw=2)
        ax.plot([difference], [y], marker="o", color=colour, markersize=5)
    ax.axvline(0, color=MUTED, lw=0.8)
    ax.set_yticks(positions, [label for label, *_ in rows], fontsize=8)
    ax.set_ylim(len(rows) - 0.5, -0.5)
