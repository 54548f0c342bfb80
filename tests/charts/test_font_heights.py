"""A chart's renderers answer matplotlib's question for a font's line heights from a
cache (charts/font_heights.py): every text is laid out exactly as matplotlib lays it
out itself, and the figure's pixels are the same."""

from __future__ import annotations

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from resilience_desktop.charts.font_heights import font_height_metrics
from tests.charts.conftest import same_pixels

TEXTS = [("Jan\n2025", {}), ("Mood change per activity", {"fontsize": 11}),
         ("n=3", {"fontsize": 8, "weight": "bold"}), ("−5", {"family": "monospace"}),
         ("two\nlines, serif", {"family": "serif", "style": "italic", "fontsize": 13.5}),
         ("rotated", {"rotation": 30, "linespacing": 2.0})]


def _figure(dpi: float) -> Figure:
    figure = Figure(figsize=(4, 3), dpi=dpi, layout="constrained")
    FigureCanvasAgg(figure)
    ax = figure.add_subplot()
    ax.plot([0, 1, 2], [3, -1, 2], label="a line")
    ax.set_title("Weekly minutes and mood\n")
    ax.legend(loc="lower right", fontsize=8)
    for index, (text, props) in enumerate(TEXTS):
        ax.text(0.1, 0.1 * index, text, **props)
    return figure


def _with_cached_heights(figure: Figure):
    renderer = figure.canvas.get_renderer()
    renderer._get_font_height_metrics = lambda prop: font_height_metrics(figure, prop)
    return renderer


def test_every_text_is_laid_out_as_matplotlib_lays_it_out():
    for dpi in (100, 137.5):
        plain, cached = _figure(dpi), _figure(dpi)
        plain_renderer, cached_renderer = plain.canvas.get_renderer(), _with_cached_heights(cached)
        for ours, theirs in zip(cached.axes[0].texts + [cached.axes[0].title],
                                plain.axes[0].texts + [plain.axes[0].title]):
            assert (ours.get_window_extent(cached_renderer).bounds
                    == theirs.get_window_extent(plain_renderer).bounds)


def test_a_figure_drawn_with_cached_heights_has_the_same_pixels():
    plain, cached = _figure(100), _figure(100)
    _with_cached_heights(cached)
    assert same_pixels(plain, cached)


def test_chart_canvases_use_the_cached_heights(titled_chart_canvas):
    canvas = titled_chart_canvas
    assert canvas.canvas.get_renderer()._get_font_height_metrics is not None
