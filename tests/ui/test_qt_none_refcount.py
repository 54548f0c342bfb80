"""The installed PySide6 keeps None's reference count (PySide6 6.12.0 on Python 3.11 did not).

Each void Qt call there dropped one reference to None; the pacer makes
hundreds a second, so the app aborted with "none_dealloc" after seconds.
pyproject.toml excludes that release; this test fails if a broken one is installed.
"""

import sys

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QLabel


def test_void_qt_calls_do_not_drop_references_to_none(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    image = QImage(20, 20, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.update()
        label.setText("x")
        painter.fillRect(QRectF(0, 0, 5, 5), QColor("#ffffff"))
    after = sys.getrefcount(None)
    painter.end()
    assert after - before > -100, f"None lost {before - after} references in 3,000 Qt calls"
