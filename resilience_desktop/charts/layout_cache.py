"""The constrained layout of a chart, worked out once per shape (Qt-free; a few shapes
kept per chart, so flicking between periods reuses each period's layout).

Constrained layout measures every text twice and cost about half of a redraw.
Its result depends only on the canvas size and the figure's "shape" (axes,
titles, labels, legend, the width of the y tick labels, names written as y tick
labels), so it runs when that
shape changes and the Axes' positions are reused for redraws that only change
the data (``ChartCanvas``; a chart that places its Axes itself opts out with
``figure.set_layout_engine("none")``).
"""

from __future__ import annotations

from collections import OrderedDict

KEPT_LAYOUTS = 8  # shapes kept per chart: a few periods' titles, labels, limits


def layout_pending(figure) -> bool:
    """True while a layout engine is to place the Axes on the next draw."""
    from matplotlib.layout_engine import PlaceHolderLayoutEngine

    engine = figure.get_layout_engine()
    return engine is not None and not isinstance(engine, PlaceHolderLayoutEngine)


def _signature(figure, size: tuple[int, int]) -> tuple:
    signature: list = list(size)
    for ax in figure.axes:
        low, high = ax.get_ylim() if ax.axison else (0, 0)
        digits = len(f"{max(abs(low), abs(high)):.0f}")
        signature.append((ax.get_title(), ax.get_xlabel(), ax.get_ylabel(),
                          ax.get_legend() is not None, ax.axison, digits, _row_names(ax)))
    return tuple(signature)


def _row_names(ax) -> tuple:
    """Names written as y tick labels (a row per activity, word, factor): their width
    sets the left margin, so other names are another shape."""
    from matplotlib.ticker import FixedFormatter

    formatter = ax.yaxis.get_major_formatter()
    return tuple(formatter.seq) if isinstance(formatter, FixedFormatter) else ()


def _from_the_grid(figure) -> None:
    """Kept Axes start a new layout where new ones would (their grid cell, in the layout):
    constrained layout's result depends on where it starts in the last bits, and an
    update in place must draw what a rebuild draws."""
    for ax in figure.axes:
        spec = ax.get_subplotspec()
        if spec is not None:
            ax.set_position(spec.get_position(figure))
        ax.set_in_layout(True)  # set_position() takes it out


def _measuring_once(engine):
    """Plain constrained layout becomes the same layout with each axis' ticks measured
    once a pass (charts/ticks_measured_once.py: the same places); a chart's own kind of
    engine is kept."""
    from matplotlib.layout_engine import ConstrainedLayoutEngine

    from resilience_desktop.charts.ticks_measured_once import TicksMeasuredOnce

    return TicksMeasuredOnce.like(engine) if type(engine) is ConstrainedLayoutEngine else engine


class LayoutCache:
    """The positions constrained layout gave, per shape (a few kept: the periods a person
    flicks between have shapes of their own, e.g. a title naming the period)."""

    def __init__(self) -> None:
        self.signature: tuple | None = None  # the shape shown now
        self.positions: list | None = None  # its positions (None: laid out on the next draw)
        self._kept: OrderedDict[tuple, list] = OrderedDict()
        self.automatic = True  # the chart left the layout to constrained layout
        self._engine = None  # that engine (the chart's own kind of it, if any), for new shapes

    def choose(self, figure, size: tuple[int, int], rebuilt: bool = True) -> None:
        """After the figure's artists changed (rebuilt, or moved in place): reuse the
        positions of its shape or lay out anew. Whether the chart leaves its layout to
        constrained layout is known from its build (an update in place finds the
        engine this cache set)."""
        from matplotlib.layout_engine import ConstrainedLayoutEngine

        if rebuilt:
            self.automatic = isinstance(figure.get_layout_engine(), ConstrainedLayoutEngine)
            self._engine = _measuring_once(figure.get_layout_engine()) if self.automatic else None
        if not self.automatic:
            return
        signature = _signature(figure, size)
        positions = self._kept.get(signature)
        if positions:
            try:
                figure.set_layout_engine("none")
            except RuntimeError:  # colorbars pin the engine: keep constrained
                return
            for ax, position in zip(figure.axes, positions):
                ax.set_position(position)
            self._kept.move_to_end(signature)
        else:
            figure.set_layout_engine(self._engine or "constrained")
            _from_the_grid(figure)
        self.signature, self.positions = signature, positions  # None: captured when drawn

    def drawn(self, figure) -> None:
        """A full draw happened: keep the positions constrained layout gave."""
        from matplotlib.layout_engine import ConstrainedLayoutEngine

        if (self.positions is None and self.signature is not None
                and isinstance(figure.get_layout_engine(), ConstrainedLayoutEngine)):
            self.positions = [ax.get_position() for ax in figure.axes]
            self._kept[self.signature] = self.positions
            while len(self._kept) > KEPT_LAYOUTS:
                self._kept.popitem(last=False)

    def forget(self, figure=None) -> None:
        """A new size (or dpi) needs a new layout: back to constrained before the
        canvas redraws itself."""
        self.signature = None
        self.positions = None
        self._kept.clear()
        if figure is not None and self.automatic:
            figure.set_layout_engine(self._engine or "constrained")
            _from_the_grid(figure)
