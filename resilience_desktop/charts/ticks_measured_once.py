"""Constrained layout with each axis' ticks updated and their labels measured once a pass
(Qt-free; issue 20: ~a fifth of each chart's first draw).

Constrained layout asks an Axes for its tight box; for every axis that updates the ticks
(locator, formatter, each tick moved) and measures their labels, then does both again
for the axis label's place (``Axis._get_tick_boxes_siblings``), and every spine updates
its axis' ticks once more to add its tick marks: four to six tick updates and two or
three measurings of the same labels an axis, per pass. While the Axes stay where they
are (one pass), every one of them gives what the first gave: matplotlib's own code runs
once and its answer is handed to the later calls, so the layout — and the pixels — are
the same (tests/charts/test_ticks_measured_once.py draws every chart both ways). The
answers are kept per place of the Axes (a new pass, after the Axes moved, updates
again) and only while the layout runs.
"""

from __future__ import annotations

from matplotlib.layout_engine import ConstrainedLayoutEngine


class TicksMeasuredOnce(ConstrainedLayoutEngine):
    """Constrained layout (its parameters as given), ticks updated once a pass."""

    @classmethod
    def like(cls, engine: ConstrainedLayoutEngine) -> TicksMeasuredOnce:
        """This engine with the parameters of engine (a chart's own pads, say)."""
        params = engine.get()
        return cls(h_pad=params["h_pad"], w_pad=params["w_pad"], hspace=params["hspace"],
                   wspace=params["wspace"], rect=params["rect"],
                   compress=engine._compress)

    def execute(self, fig):
        axes = [axis for ax in fig.axes for axis in ax._axis_map.values()]
        for axis in axes:
            _answer_once(axis)
        try:
            return super().execute(fig)
        finally:
            for axis in axes:
                vars(axis).pop("_update_ticks", None)
                vars(axis).pop("_get_ticklabel_bboxes", None)


def _answer_once(axis) -> None:
    """The axis' _update_ticks and _get_ticklabel_bboxes answer from what they gave for
    the Axes' current place (instance attributes over the methods, removed after)."""
    update_ticks = axis._update_ticks  # the bound methods
    ticklabel_bboxes = axis._get_ticklabel_bboxes
    kept: dict = {}

    def place() -> tuple:
        return (tuple(axis.axes.bbox.bounds), tuple(axis.get_view_interval()))

    def ticks():
        key = ("ticks", place())
        if key not in kept:
            kept[key] = update_ticks()
        return kept[key]

    def bboxes(drawn, renderer):
        key = ("boxes", place(), id(drawn), id(renderer))
        if kept.get(("ticks", key[1])) is not drawn:  # not our list of ticks: measure
            return ticklabel_bboxes(drawn, renderer)
        if key not in kept:
            kept[key] = ticklabel_bboxes(drawn, renderer)
        below, above = kept[key]
        return list(below), list(above)

    axis._update_ticks = ticks
    axis._get_ticklabel_bboxes = bboxes
