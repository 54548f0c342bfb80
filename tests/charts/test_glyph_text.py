"""Chart renderers set a font's size once a text, not before every glyph
(charts/glyph_text.py): every text is drawn with exactly matplotlib's pixels."""

from __future__ import annotations

import string
from types import MethodType

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from resilience_desktop.charts import glyph_text
from tests.charts.conftest import same_pixels

pytestmark = pytest.mark.skipif(not glyph_text.applies(),
                                reason="another matplotlib: its own text drawing is used")

TEXTS = [string.printable.strip(), "Gefühle äöü ÄÖÜ ß · ¿Qué tal? ñ é −5 … “quotes”",
         "Weekly minutes and mood\n(two lines)", "n=3", "Jan\n2025", "$x^2_{i} + \\sqrt{y}$",
         "mixed $\\alpha$ text"]
FALLBACK = "Gefühle −5 ñ · cmr10 then DejaVu"  # glyphs missing from cmr10 come from DejaVu


def _figure(dpi: float, ours: bool) -> Figure:
    figure = Figure(figsize=(6, 5), dpi=dpi)
    canvas = FigureCanvasAgg(figure)
    if ours:
        renderer = canvas.get_renderer()
        renderer._draw_text_glyphs_and_boxes = MethodType(glyph_text.draw_text_glyphs_and_boxes,
                                                          renderer)
    for index, text in enumerate(TEXTS):
        for column, (size, angle, weight, style) in enumerate(
                ((8, 0, "normal", "normal"), (11.5, 30, "bold", "italic"), (6, 90, "normal", "normal"))):
            figure.text(0.02 + 0.33 * column + 0.001 * index, 0.95 - 0.11 * index, text,
                        fontsize=size, rotation=angle, weight=weight, style=style,
                        antialiased=index % 3 != 2, color="#203040")
    for size in (8, 13):  # glyphs of two fonts taking turns
        figure.text(0.02, 0.02 + 0.002 * size, FALLBACK, fontsize=size,
                    family=["cmr10", "DejaVu Sans"])
    return figure


@pytest.mark.parametrize("dpi", [100, 137.5])
def test_texts_are_drawn_with_matplotlibs_own_pixels(dpi):
    theirs, ours = _figure(dpi, ours=False), _figure(dpi, ours=True)
    assert same_pixels(theirs, ours)


def test_chart_canvases_draw_their_text_so(titled_chart_canvas):
    renderer = titled_chart_canvas.canvas.get_renderer()
    assert renderer._draw_text_glyphs_and_boxes.__func__ is glyph_text.draw_text_glyphs_and_boxes
