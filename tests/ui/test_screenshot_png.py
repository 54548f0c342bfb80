"""--screenshot writes its pictures with its own PNG writer (ui/picture_png.py, a third
of Qt's PNG time, its buffers kept from one picture to the next): a picture read back
shows exactly the pixels the window showed."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QLabel

from resilience_desktop.ui.picture_png import PictureBuffers
from resilience_desktop.ui.screenshots import png_bytes, save_picture


def _picture(width: int, height: int) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#fafafa"))
    painter = QPainter(image)
    painter.fillRect(3, 2, width // 2, height // 3, QColor(200, 30, 90))
    painter.setPen(QColor(10, 120, 250))
    painter.drawLine(0, height - 1, width - 1, 0)  # every row, antialiasing off
    painter.drawText(5, height - 5, "Résilience 42")
    painter.end()
    return image


def test_a_picture_read_back_has_exactly_its_pixels_at_any_width(qtbot):
    for width, height in ((101, 37), (1280, 80), (7, 3)):  # odd widths pad Qt's rows
        image = _picture(width, height)
        back = QImage.fromData(png_bytes(image), "PNG")
        assert (back.width(), back.height()) == (width, height)
        assert back.convertToFormat(QImage.Format.Format_RGB32) == image


def test_save_picture_writes_what_the_widget_shows_privately(qtbot, tmp_path):
    label = QLabel("A label with some words in it")
    label.setStyleSheet("background: #203040; color: #f0e0a0; font-size: 20px;")
    qtbot.addWidget(label)
    label.resize(333, 61)
    label.show()
    qtbot.waitExposed(label)
    (tmp_path / "shots").mkdir()
    path = save_picture(label, tmp_path / "shots" / "label.png", tmp_path / "data")
    shown = label.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    assert QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32) == shown
    assert path.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in path.parent.iterdir()] == ["label.png"]  # no temporary left


def test_kept_buffers_write_each_picture_exactly_whatever_came_before(qtbot):
    buffers = PictureBuffers()  # as one --screenshot run keeps them
    for width, height, ratio in ((1280, 80, 1.0), (1280, 80, 2.0), (101, 37, 1.0), (1280, 80, 1.0)):
        image = _picture(width, height)
        image.setDevicePixelRatio(ratio)  # pixels, not logical points, are written
        back = QImage.fromData(buffers.png_bytes(image), "PNG")
        assert back.convertToFormat(QImage.Format.Format_RGB32) == _picture(width, height)


def test_a_kept_render_image_shows_only_the_latest_widget(qtbot):
    buffers = PictureBuffers()
    labels = []
    for text, colour in (("first, longer words", "#203040"), ("second", "#f0f0f0")):
        label = QLabel(text)
        label.setStyleSheet(f"background: {colour}; color: #a03010; font-size: 18px;")
        qtbot.addWidget(label)
        label.resize(240, 50)
        label.show()
        qtbot.waitExposed(label)
        labels.append(label)
    for label in (*labels, labels[0]):
        shown = label.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        assert buffers.rendered(label) == shown
