"""Shared pieces of the chart tests."""

from __future__ import annotations

import numpy as np
import pytest


def same_pixels(first, second) -> bool:
    """Two Agg figures drawn, compared exactly (no tolerance)."""
    first.canvas.draw()
    second.canvas.draw()
    return np.array_equal(np.asarray(first.canvas.buffer_rgba()),
                          np.asarray(second.canvas.buffer_rgba()))


@pytest.fixture
def titled_chart_canvas(qtbot):
    """A shown ChartCanvas with a titled Axes, drawn: what the window's charts draw with."""
    from resilience_desktop.charts.canvas import ChartCanvas

    canvas = ChartCanvas(lambda figure: figure.add_subplot().set_title("A title"))
    qtbot.addWidget(canvas)
    canvas.resize(400, 300)
    canvas.show()
    canvas.draw_now()
    return canvas
