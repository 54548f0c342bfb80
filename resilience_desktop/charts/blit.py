"""Redraw a chart updated in place without re-rendering its frame text (issue 20).

A chart's frame text — every Axes' titles and axis labels — does not change when
its data moves in place (``ChartCanvas(update=...)``), yet rendering it was a third
of a redraw (the guideline chart's source line alone ~9 ms). ``FrameBlitter`` keeps
the frame text's pixels per place those texts sit: a strip around each text,
rendered once on the figure's face (strips, not the whole figure: a few KB, not
1–5 MB, a background). A redraw paints the face, puts the strips back and draws
the Axes over them with the frame text hidden: the same pixels as a full draw,
because the frame text never overlaps what the Axes draw (titles sit above the Axes, labels beyond the
tick labels, with their pads). ``tests/charts/test_chart_update_in_place.py``
compares the buffers.

A blit needs the layout of the previous draw (``ChartCanvas`` reuses it while the
chart's shape holds) and the renderer of that draw (same size and dpi); a figure
with its own texts, legends or images is drawn in full.

The update callback's contract: it may change data, limits, ticks, tick labels and
legends; not the style of titles and axis labels (their text and place are part of
the strips' key, their colour and font are only checked cheaply).
"""

from __future__ import annotations

from collections import OrderedDict
from contextlib import contextmanager

KEPT_BACKGROUNDS = 6  # a few ranges' label places (one- or two-line date ticks ...)
TEXT_MARGIN = 4  # pixels kept around a text's extent: its antialiased edge, rounding


def frame_texts(figure) -> list:
    """The texts that a data change leaves alone: titles and axis labels."""
    texts = []
    for ax in figure.axes:
        texts += [ax.title, ax._left_title, ax._right_title, ax.xaxis.label, ax.yaxis.label]
    return [text for text in texts if text.get_visible() and text.get_text()]


def uses_known_matplotlib(figure) -> bool:
    """The blit reads two private matplotlib pieces (Axes' side titles, an axis'
    label placement; present in 3.8–3.11): on a matplotlib without them the chart
    is drawn in full instead of failing."""
    return all(hasattr(ax, "_left_title") and hasattr(ax, "_right_title")
               and hasattr(ax.xaxis, "_update_label_position")
               and hasattr(ax.yaxis, "_update_label_position") for ax in figure.axes)


@contextmanager
def _hidden(texts):
    for text in texts:
        text.set_visible(False)
    try:
        yield
    finally:
        for text in texts:
            text.set_visible(True)


class FrameBlitter:
    """The frame text's pixels of one canvas, keyed by where the texts sit."""

    def __init__(self) -> None:
        self._backgrounds: OrderedDict = OrderedDict()
        self._renderer = None  # the renderer of the last full draw

    def forget(self) -> None:
        """The figure was rebuilt or redrawn in full: nothing kept is known to fit."""
        self._backgrounds.clear()

    def full_draw_done(self, renderer) -> None:
        if renderer is not self._renderer:  # another size or dpi: other pixels
            self.forget()
        self._renderer = renderer

    def draw(self, canvas) -> bool:
        """Render the figure into canvas's buffer from a background; False: draw it in full."""
        figure = canvas.figure
        if (figure.texts or figure.legends or figure.images or figure.lines
                or figure.patches or figure.artists or figure.subfigs
                or not uses_known_matplotlib(figure)):
            return False
        renderer = canvas.get_renderer()
        if renderer is not self._renderer:  # the size or dpi changed since the last draw
            return False
        for ax in figure.axes:  # where the labels go, beyond this draw's tick labels
            ax.xaxis._update_label_position(renderer)
            ax.yaxis._update_label_position(renderer)
        texts = frame_texts(figure)
        renderer.clear()
        figure.patch.draw(renderer)
        for region in self._frame_text(canvas, renderer, texts):
            canvas.restore_region(region)
        with _hidden(texts):
            for ax in sorted(figure.axes, key=lambda ax: ax.get_zorder()):
                ax.draw(renderer)
        return True

    def _frame_text(self, canvas, renderer, texts) -> list:
        """The frame text's pixels, a strip around each text (on the figure's face)."""
        from matplotlib.transforms import Bbox

        figure = canvas.figure
        key = (renderer.width, renderer.height, figure.dpi, figure.patch.get_facecolor()) + tuple(
            (text.get_text(), tuple(text.get_transform().transform(text.get_unitless_position())),
             text.get_color(), text.get_fontsize(), text.get_rotation()) for text in texts)
        if key in self._backgrounds:
            self._backgrounds.move_to_end(key)
            return self._backgrounds[key]
        for text in texts:
            text.draw(renderer)
        boxes = [Bbox.intersection(text.get_window_extent(renderer).padded(TEXT_MARGIN),
                                   figure.bbox) for text in texts]
        self._backgrounds[key] = [canvas.copy_from_bbox(box) for box in boxes if box]
        while len(self._backgrounds) > KEPT_BACKGROUNDS:
            self._backgrounds.popitem(last=False)
        return []  # drawn already
