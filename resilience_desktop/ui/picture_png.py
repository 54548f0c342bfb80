"""The --screenshot pictures as PNG files, quickly (ui/screenshots.py).

Qt's PNG writer (libpng trying every row filter) took ~30 ms a picture; this one
writes every row unfiltered and deflates it at zlib level 2 (PNG_ZLIB_LEVEL), a
third of the time, files a little smaller (docs/performance.md).

The 37 pictures of a run are the same size, so the image they are rendered into
and the rows handed to zlib are kept from one picture to the next (``PictureBuffers``):
a fresh 4 MB image and two 3 MB copies a picture were ~4,000 page faults each, about
as long as deflating it.
"""

from __future__ import annotations

import struct
import zlib

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QWidget

PNG_ZLIB_LEVEL = 2


class PictureBuffers:
    """The image a widget is rendered into and the PNG rows, kept while the size holds.
    An image handed out is overwritten by the next picture: write it first."""

    def __init__(self) -> None:
        self._image: QImage | None = None
        self._rows = None  # numpy (height, 1 + 3 * width): a filter byte, then RGB
        self._rows_view: QImage | None = None  # the rows' pixels as an RGB888 image

    def rendered(self, widget: QWidget) -> QImage:
        """What QWidget.grab() shows, rendered straight into the kept image."""
        ratio = widget.devicePixelRatioF()
        width, height = round(widget.width() * ratio), round(widget.height() * ratio)
        image = self._image
        if image is None or (image.width(), image.height()) != (width, height):
            image = self._image = QImage(width, height, QImage.Format.Format_RGB32)
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)  # as grab() starts a widget that is not opaque
        widget.render(image)
        return image

    def png_rows(self, image: QImage):
        """image's pixels as PNG rows (filter byte 0, "none", then R, G, B per pixel)."""
        import numpy as np

        width, height = image.width(), image.height()
        if self._rows is None or self._rows.shape != (height, 1 + 3 * width):
            self._rows = np.zeros((height, 1 + 3 * width), np.uint8)
            # An RGB888 image over the rows, after each row's filter byte: Qt converts
            # straight into them, no copy in between.
            self._rows_view = QImage(memoryview(self._rows.reshape(-1)[1:]), width, height,
                                     1 + 3 * width, QImage.Format.Format_RGB888)
        if image.format() != QImage.Format.Format_RGB32:  # only RGB32 is copied exactly
            image = image.convertToFormat(QImage.Format.Format_RGB32)
        painter = QPainter(self._rows_view)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
        painter.drawImage(QRect(0, 0, width, height), image, QRect(0, 0, width, height))
        painter.end()
        return self._rows

    def png_bytes(self, image: QImage) -> bytes:
        """image as an 8-bit RGB PNG file: every row unfiltered, zlib at PNG_ZLIB_LEVEL."""
        rows = self.png_rows(image)
        header = struct.pack(">IIBBBBB", image.width(), image.height(), 8, 2, 0, 0, 0)  # RGB
        return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header)
                + _chunk(b"IDAT", zlib.compress(rows, PNG_ZLIB_LEVEL)) + _chunk(b"IEND", b""))


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
