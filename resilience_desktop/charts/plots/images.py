"""Charts as PNG images (for the summary PDF): the same draw functions on an Agg figure."""

from __future__ import annotations

import io
from collections.abc import Callable

from resilience_desktop.charts.plots.style import localise_tick_numbers


def render_png(draw: Callable, width: float = 6.4, height: float = 2.6, dpi: int = 120) -> bytes:
    """draw(figure) on a width x height inch figure; returns PNG bytes (no GUI needed)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width, height), dpi=dpi, layout="constrained")
    FigureCanvasAgg(figure)
    draw(figure)
    localise_tick_numbers(figure)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", facecolor="white")
    return buffer.getvalue()
