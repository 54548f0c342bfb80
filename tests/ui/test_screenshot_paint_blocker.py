"""--screenshot renders each picture into an image, so the window does not also paint
itself to the screen meanwhile (ui/screenshots.ScreenPaintBlocker); afterwards it
paints again."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from resilience_desktop.ui.screenshots import ScreenPaintBlocker, rendered


class _PaintCounter(QObject):
    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.paints = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def _window(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    label = QLabel("before", window)
    QVBoxLayout(window).addWidget(label)
    window.resize(300, 80)
    window.show()
    qtbot.waitExposed(window)
    _settle()  # its first paint done
    return window, label


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def test_a_blocked_window_is_not_painted_but_its_pictures_show_every_change(qtbot):
    window, label = _window(qtbot)
    counter = _PaintCounter(label)
    blocker = ScreenPaintBlocker(window)
    label.setText("after")
    _settle()
    assert counter.paints == 0  # nothing painted to the screen
    picture = rendered(window)
    assert counter.paints == 1  # the picture
    blocker.remove()
    unblocked = window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    assert picture == unblocked  # the same pixels as a normal grab


def test_the_window_paints_again_once_the_blocker_is_removed(qtbot):
    window, label = _window(qtbot)
    blocker = ScreenPaintBlocker(window)
    label.setText("held back")
    _settle()
    blocker.remove()
    counter = _PaintCounter(label)
    qtbot.waitUntil(lambda: counter.paints > 0, timeout=5_000)
    painted = counter.paints
    label.setText("and later changes too")
    qtbot.waitUntil(lambda: counter.paints > painted, timeout=5_000)
