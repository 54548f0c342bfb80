"""The Year in pixels picture: coloured squares drawn by picking, not resampling (Qt-free).

matplotlib draws an image by resampling it to the chart's size through Agg, then
checking and converting the result: ~15 ms for the pixel chart's ~1,100 x 500 pixels,
a third of a period change (issue 20). The squares need none of that: each screen
pixel takes the colour of the square its centre falls in, which numpy picks from the
small RGBA grid in a few milliseconds. Only for a renderer that draws at magnification
1 (Agg, what the window uses); any other falls back to matplotlib's own resampling.
"""

from __future__ import annotations

import math

import numpy as np
from matplotlib.image import AxesImage
from matplotlib.transforms import Bbox


class PixelPicture(AxesImage):
    """An RGBA grid of squares (uint8, rows from the top) drawn square by square."""

    def make_image(self, renderer, magnification=1.0, unsampled=False):
        grid = self.get_array()
        if magnification != 1.0 or unsampled or grid is None or grid.ndim != 3:
            return super().make_image(renderer, magnification, unsampled)
        left, right, bottom, top = self.get_extent()  # origin "upper": bottom > top in data
        corners = self.get_transform().transform([(left, top), (right, bottom)])
        (x0, y1), (x1, y0) = corners  # display: y grows upwards, the first row at the top
        clip = self.get_clip_box() or self.axes.bbox
        shown = Bbox.intersection(Bbox([[min(x0, x1), min(y0, y1)], [max(x0, x1), max(y0, y1)]]),
                                  clip)
        if shown is None or shown.width < 1 or shown.height < 1:
            return None, 0, 0, None
        first_column, first_row = math.floor(shown.x0), math.floor(shown.y0)
        width = math.ceil(shown.x1) - first_column
        height = math.ceil(shown.y1) - first_row
        rows, columns = grid.shape[:2]
        # Each pixel's centre, in squares across and down the grid (outside: clear). The
        # result's rows go upwards, as the renderer takes them (matplotlib's own images
        # come out so too).
        across = (first_column + np.arange(width) + 0.5 - x0) / (x1 - x0) * columns
        down = (y1 - (first_row + np.arange(height) + 0.5)) / (y1 - y0) * rows
        padded = np.zeros((rows + 1, columns + 1, 4), dtype=np.uint8)  # last row/col: clear
        padded[:rows, :columns] = grid
        column_of = np.where((across >= 0) & (across < columns), np.floor(across), columns)
        row_of = np.where((down >= 0) & (down < rows), np.floor(down), rows)
        # Rows, then columns: two plain takes (~1 ms) where one 2-D pick took ~15.
        picked = padded.take(row_of.astype(np.intp), axis=0).take(column_of.astype(np.intp),
                                                                 axis=1)
        return picked, first_column, first_row, None
