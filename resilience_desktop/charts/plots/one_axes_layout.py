"""Constrained layout's place for the one Axes of a chart framed only by its tick labels,
title, texts and spines, found with less measuring (Qt-free; issue 20: the Insights
self-check charts).

Constrained layout fits an Axes' decorations inside the figure with a pad, measuring
them twice (the second time at the size the first gave: texts placed in Axes
fractions, like the self-check charts' band labels, move with it). Each pass measured
every spine with a tick update of its own, the axis labels' places and the tick
boxes of sibling axes, then ran a solver: about a sixth of the self-check page's first
show. ``OneAxesLayout`` measures what can stick out of such an Axes — tick labels,
title height, texts, the spines — in the same two passes from the same start
(the Axes' grid cell) and sums the margins and pads as constrained layout does: the
same floating-point place, so the same pixels (``tests/charts/test_one_axes_layout.py``
compares them). It runs at every draw, as a layout engine does: a new size or other
tick labels are laid out anew, and a chart updated in place is laid out as a rebuilt
one. Legends, colour bars, axis labels and more Axes are not measured: such a chart
keeps constrained layout (``fits``).
"""

from __future__ import annotations

from matplotlib.layout_engine import ConstrainedLayoutEngine
from matplotlib.patches import Patch
from matplotlib.ticker import FixedLocator, MaxNLocator, NullLocator
from matplotlib.transforms import Bbox

PASSES = 2  # as constrained layout: the second at the size the first gave


def fits(figure) -> bool:
    """One Axes on a grid cell, with nothing constrained layout would measure left out
    here (legends, axis labels, artists not clipped to the Axes...), on a matplotlib with the private pieces read here (present in
    3.8–3.11); otherwise the chart keeps constrained layout."""
    if len(figure.axes) != 1 or figure.axes[0].get_subplotspec() is None:
        return False
    ax = figure.axes[0]
    extra = set(ax.get_default_bbox_extra_artists())  # what it measures besides the axes
    return (ax.axison and ax.get_frame_on() and not ax.get_xlabel() and not ax.get_ylabel()
            and not ax.get_title(loc="left") and not ax.get_title(loc="right")
            and extra <= {ax.patch, *ax.spines.values(), *ax.texts}  # (and titles)
            and all(text in extra for text in ax.texts if text.get_visible())
            and all(_ticks_keep_to_the_limits(axis) for axis in (ax.xaxis, ax.yaxis))
            and all(hasattr(spine, "_adjust_location") for spine in ax.spines.values()))


def _ticks_keep_to_the_limits(axis) -> bool:
    """The axis' ticks depend on its limits only, not on its length (fixed places, or a
    set number of them): the second pass may reuse the first one's."""
    locator = axis.get_major_locator()
    size_free = (isinstance(locator, FixedLocator)
                 or (isinstance(locator, MaxNLocator) and locator._nbins != "auto"))
    return (size_free and isinstance(axis.get_minor_locator(), NullLocator)
            and hasattr(axis, "_update_ticks") and hasattr(axis, "_get_ticklabel_bboxes"))


class OneAxesLayout(ConstrainedLayoutEngine):
    """A constrained layout (charts/layout_cache.py keeps its places per shape, as it does
    constrained layout's) worked out as above."""

    def execute(self, fig) -> None:
        (ax,) = fig.axes
        renderer = fig._get_renderer()
        ax.set_position(ax.get_subplotspec().get_position(fig))
        ticks = {axis: axis._update_ticks() for axis in (ax.xaxis, ax.yaxis)}  # once:
        for _ in range(PASSES):  # their places and labels do not change with the Axes' size
            position = _inside(fig, ax, _sticking_out(ax, ticks, renderer), self.get())
            if position is None:  # no room left for the Axes: leave them where they are
                break
            ax.set_position(position)
        ax.set_in_layout(True)  # set_position() takes it out (for constrained layout)


def _sticking_out(ax, ticks: dict, renderer) -> Bbox:
    """The box round the Axes and what is drawn around them: tick labels, title (its
    height only, as constrained layout counts it), texts, the spines and background; in
    pixels."""
    boxes = [ax.get_window_extent(renderer), ax.patch.get_window_extent(renderer)]
    for spine in ax.spines.values():  # their lines' ends, as constrained layout counts them
        if spine.get_visible():  # (less its tick marks: the tick labels reach beyond them)
            spine._adjust_location()
            boxes.append(Patch.get_window_extent(spine, renderer))
    for axis, shown in ticks.items():
        if axis.get_visible():
            below, above = axis._get_ticklabel_bboxes(shown, renderer)
            boxes += below + above
    if ax.title.get_visible() and ax.title.get_text():
        title = ax.title.get_window_extent(renderer)
        middle = (title.x0 + title.x1) / 2
        boxes.append(Bbox.from_extents(middle, title.y0, middle, title.y1))
    boxes += [text.get_window_extent(renderer) for text in ax.texts
              if text.get_visible() and text.get_text()]
    return Bbox.union(boxes)


def _inside(fig, ax, around: Bbox, params: dict) -> Bbox | None:
    """The Axes' place (figure fractions) that keeps around inside the figure with the pad,
    worked out as constrained layout does (its margins, sums in its order: the same
    floating-point place, so the same pixels); None when nothing is left for the Axes."""
    width, height = fig.get_size_inches()
    w_pad, h_pad = params["w_pad"] / width, params["h_pad"] / height  # the engine's pads
    position = ax.get_position(original=True)
    around = around.transformed(fig.transFigure.inverted())
    left = max(0.0, position.x0 - around.x0)
    right = max(0.0, around.x1 - position.x1)
    bottom = max(0.0, position.y0 - around.y0)
    top = max(0.0, around.y1 - position.y1)
    x0, x1 = 0.0 + left + w_pad, 1.0 - right - w_pad
    y0, y1 = 0.0 + bottom + h_pad, 1.0 - top - h_pad
    if x1 <= x0 or y1 <= y0:
        return None
    return Bbox.from_extents(x0, y0, x1, y1)
