"""A font's line heights, worked out once per font and size (Qt-free).

Before it lays out a text, matplotlib reads the font's ascent, descent and line gap
from its OS/2 (or hhea) table, found again from the text's font properties: ~60 µs,
and a chart's texts are laid out ~100 times per draw (each tick label, title and
legend entry, by constrained layout and again by the draw). A chart's texts come in
a handful of fonts and sizes, so ``ChartCanvas``' renderers answer matplotlib's own
question for that (``renderer._get_font_height_metrics``, which matplotlib asks of
any renderer that has it) from this cache, with the same arithmetic: the same
numbers, the same pixels.
"""

from __future__ import annotations

# The generic family lists matplotlib resolves a family name like "sans-serif" with.
_FAMILY_LISTS = ("font.serif", "font.sans-serif", "font.cursive", "font.fantasy",
                 "font.monospace")
# (OS/2 first, as matplotlib reads them) table, line gap, ascent and descent keys
_TABLES = (("OS/2", "sTypoLineGap", "sTypoAscender", "sTypoDescender"),
           ("hhea", "lineGap", "ascent", "descent"))


def font_height_metrics(figure, prop) -> tuple:
    """(min_ascent, min_descent, line_gap) in pixels of prop's font at figure's dpi, as
    matplotlib's Text._get_layout works them out; (None, None, None) when the font has
    neither table (matplotlib then measures "lp")."""
    from matplotlib import rcParams

    size, dpi = prop.get_size_in_points(), figure.dpi
    key = (tuple(prop.get_family()), prop.get_style(), prop.get_variant(), prop.get_weight(),
           prop.get_stretch(), size, prop.get_file(), prop.get_math_fontfamily(), dpi,
           tuple(tuple(rcParams[name]) for name in _FAMILY_LISTS))
    if key not in _KNOWN:
        if len(_KNOWN) >= KEPT_FONTS:
            _KNOWN.clear()
        _KNOWN[key] = _scaled(_font_tables(prop), size, dpi)
    return _KNOWN[key]


KEPT_FONTS = 256  # (font, size, dpi) kinds: a window's charts use about ten
_KNOWN: dict[tuple, tuple] = {}  # font properties, dpi, family lists -> the heights


def _font_tables(prop) -> tuple | None:
    """(line gap, ascent, descent, units per em) of prop's font, or None."""
    from matplotlib.font_manager import fontManager, get_font

    font = get_font(fontManager._find_fonts_by_props(prop))
    for table_name, line_gap_key, ascent_key, descent_key in _TABLES:
        table = font.get_sfnt_table(table_name)
        if table is not None:
            return (table[line_gap_key], table[ascent_key], table[descent_key],
                    font.get_sfnt_table("head")["unitsPerEm"])
    return None


def _scaled(tables: tuple | None, fontsize: float, dpi: float) -> tuple:
    if tables is None:
        return None, None, None
    line_gap, ascent, descent, units_per_em = tables
    scale = 1 / units_per_em * fontsize * dpi / 72  # matplotlib's expression, in its order
    return ascent * scale, -descent * scale, line_gap * scale
