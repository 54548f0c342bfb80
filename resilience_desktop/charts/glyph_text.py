"""Chart text drawn glyph by glyph, each font's size set once a text (Qt-free).

matplotlib 3.11's Agg renderer draws a text one glyph at a time and sets the font's
size again before every glyph (``RendererAgg._draw_text_glyphs_and_boxes``). Setting
a TrueType font's size makes FreeType run the font's size program again before the
next glyph: ~27 µs a glyph, two thirds of drawing it, ~3,500 glyphs in the
--screenshot run. ``draw_text_glyphs_and_boxes`` is that method with the size set
only when a glyph's font is not at its size already (a text's glyphs share one font
and size; fallback fonts and mathtext's sizes are set as they change) and the
rotation matrix worked out once per slant and stretch; everything else, and so every
pixel, is the same (tests/charts/test_glyph_text.py). ``ChartCanvas``' renderers use
it on the matplotlib it was copied from (``applies()``), any other keeps its own.
"""

from __future__ import annotations

import math

COPIED_FROM = "3.11."  # the matplotlib minor version this follows, line for line


def applies() -> bool:
    """True on the matplotlib whose method this one is a copy of."""
    import matplotlib
    from matplotlib.backends.backend_agg import RendererAgg

    return (matplotlib.__version__.startswith(COPIED_FROM)
            and hasattr(RendererAgg, "_draw_text_glyphs_and_boxes"))


def draw_text_glyphs_and_boxes(self, gc, x, y, angle, glyphs, boxes):
    """RendererAgg._draw_text_glyphs_and_boxes (matplotlib 3.11), bound to a renderer."""
    import matplotlib as mpl
    import numpy as np
    from matplotlib.backends.backend_agg import get_hinting_flag
    from matplotlib.ft2font import RenderMode
    from matplotlib.path import Path

    # y is downwards.
    cos = math.cos(math.radians(angle))
    sin = math.sin(math.radians(angle))
    load_flags = get_hinting_flag()
    sized: tuple | None = None  # (font, size) set last; setting a size also sets its fallbacks'
    matrices: dict[tuple, object] = {}
    for font, size, glyph_index, slant, extend, dx, dy in glyphs:  # dy is upwards.
        if sized is None or sized[0] is not font or sized[1] != size:
            font.set_size(size, self.dpi)
            sized = (font, size)
        matrix = matrices.get((slant, extend))
        if matrix is None:
            matrix = matrices[(slant, extend)] = (
                0x10000 * np.array([[cos, -sin], [sin, cos]])
                @ [[extend, extend * slant], [0, 1]]).round().astype(int)
        font._set_transform(
            matrix,
            [round(0x40 * (x + dx * cos - dy * sin)),
             # FreeType's y is upwards.
             round(0x40 * (self.height - y + dx * sin + dy * cos))]
        )
        bitmap = font._render_glyph(
            glyph_index, load_flags,
            RenderMode.NORMAL if gc.get_antialiased() else RenderMode.MONO)
        buffer = bitmap.buffer
        if not gc.get_antialiased():
            buffer *= 0xff
        # draw_text_image's y is downwards & the bitmap bottom side.
        self._renderer.draw_text_image(
            buffer,
            bitmap.left, int(self.height) - bitmap.top + buffer.shape[0],
            0, gc)

    rgba = gc.get_rgb()
    if len(rgba) == 3 or gc.get_forced_alpha():
        rgba = rgba[:3] + (gc.get_alpha(),)
    gc1 = self.new_gc()
    gc1.set_linewidth(0)
    gc1.set_snap(gc.get_snap())
    for dx, dy, w, h in boxes:  # dy is upwards.
        if gc1.get_snap() in [None, True]:
            # Prevent thin bars from disappearing by growing symmetrically.
            if w < 1:
                dx -= (1 - w) / 2
                w = 1
            if h < 1:
                dy -= (1 - h) / 2
                h = 1
        path = Path._create_closed(
            [(dx, dy), (dx + w, dy), (dx + w, dy + h), (dx, dy + h)])
        self._renderer.draw_path(
            gc1, path,
            mpl.transforms.Affine2D()
            .rotate_deg(angle).translate(x, self.height - y),
            rgba)
    gc1.restore()
