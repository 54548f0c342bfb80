"""What a chart canvas shows, for the tests that compare an update in place with a full
redraw pixel for pixel (issue 20: tests/charts/test_chart_update_in_place.py,
tests/ui/test_charts_update_in_place.py)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt


def settle(qtbot, widget, canvases, size=(700, 460)) -> None:
    """Show widget at size, its canvases laid out and drawn at their shown size, the
    layout worked out there (as in the window, before anything is compared). No focus
    frame: it would resize one of two twins."""
    qtbot.addWidget(widget)
    for canvas in canvases:
        canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    for canvas in canvases:
        canvas.layout().activate()
        widget.layout().activate()
        canvas.canvas.flush_events()
        assert canvas.canvas.size() == canvas.size()
        canvas.draw_now()
        canvas.mark_stale()
        pixels(canvas)


def pixels(canvas) -> np.ndarray:
    """What the window shows: the matplotlib widget painted (a pending draw runs first),
    which copies the canvas's RGBA buffer to the screen. (QWidget.grab would resize the
    widget, and a resized matplotlib canvas redraws in full.)"""
    canvas.canvas.flush_events()  # runs a pending draw_idle
    canvas.canvas.repaint()
    return np.array(canvas.canvas.buffer_rgba())


def same_picture(a, b) -> bool:
    """Exactly the same RGBA pixels (no tolerance) in two canvases of the same size."""
    first, second = pixels(a), pixels(b)
    assert first.shape == second.shape and first.std() > 0  # something was drawn
    return bool(np.array_equal(first, second))


def full_draws(canvas) -> list:
    """Grows by one for every full draw of the canvas from now on (a blit adds nothing)."""
    draws: list = []
    canvas.canvas.mpl_connect("draw_event", draws.append)
    return draws


def go_dark(widget) -> None:
    from PySide6.QtGui import QColor, QPalette

    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    widget.setPalette(palette)
