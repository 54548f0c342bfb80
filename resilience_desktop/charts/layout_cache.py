"""The constrained layout of a chart, worked out once per shape (Qt-free).

Constrained layout measures every text twice and cost about half of a redraw.
Its result depends only on the canvas size and the figure's "shape" (axes,
titles, labels, legend, the width of the y tick labels), so it runs when that
shape changes and the Axes' positions are reused for redraws that only change
the data (``ChartCanvas``; a chart that places its Axes itself opts out with
``figure.set_layout_engine("none")``).
"""

from __future__ import annotations


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
                          ax.get_legend() is not None, ax.axison, digits))
    return tuple(signature)


def _from_the_grid(figure) -> None:
    """Kept Axes start a new layout where new ones would (their grid cell, in the layout):
    constrained layout's result depends on where it starts in the last bits, and an
    update in place must draw what a rebuild draws."""
    for ax in figure.axes:
        spec = ax.get_subplotspec()
        if spec is not None:
            ax.set_position(spec.get_position(figure))
        ax.set_in_layout(True)  # set_position() takes it out


class LayoutCache:
    def __init__(self) -> None:
        self.signature: tuple | None = None
        self.positions: list | None = None
        self.automatic = True  # the chart left the layout to constrained layout

    def choose(self, figure, size: tuple[int, int]) -> None:
        """After the figure's artists changed: reuse the positions or lay out anew."""
        from matplotlib.layout_engine import ConstrainedLayoutEngine

        self.automatic = isinstance(figure.get_layout_engine(), ConstrainedLayoutEngine)
        if not self.automatic:
            return
        signature = _signature(figure, size)
        if signature == self.signature and self.positions:
            try:
                figure.set_layout_engine("none")
            except RuntimeError:  # colorbars pin the engine: keep constrained
                return
            for ax, position in zip(figure.axes, self.positions):
                ax.set_position(position)
        else:
            figure.set_layout_engine("constrained")
            _from_the_grid(figure)
            self.signature = signature
            self.positions = None  # captured after the next draw

    def drawn(self, figure) -> None:
        """A full draw happened: keep the positions constrained layout gave."""
        from matplotlib.layout_engine import ConstrainedLayoutEngine

        if self.positions is None and isinstance(figure.get_layout_engine(),
                                                 ConstrainedLayoutEngine):
            self.positions = [ax.get_position() for ax in figure.axes]

    def forget(self, figure=None) -> None:
        """A new size (or dpi) needs a new layout: back to constrained before the
        canvas redraws itself."""
        self.signature = None
        self.positions = None
        if figure is not None and self.automatic:
            figure.set_layout_engine("constrained")
            _from_the_grid(figure)
