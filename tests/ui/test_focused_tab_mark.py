"""The focused tab's title mark stays readable on light and dark palettes."""

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QTabBar

from resilience_desktop.ui.keyboard import mark_focused_tab


def _marked_colour(qtbot, window: str, highlight: str) -> QColor:
    bar = QTabBar()
    qtbot.addWidget(bar)
    palette = bar.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(window))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(highlight))
    bar.setPalette(palette)
    bar.addTab("Today")
    bar.addTab("Journal")
    bar.show()
    bar.setFocus()
    qtbot.waitUntil(bar.hasFocus)
    mark_focused_tab(bar)
    return bar.tabTextColor(0)


def test_marked_tab_is_darker_than_a_light_window(qtbot):
    colour = _marked_colour(qtbot, "#efefef", "#308cc6")
    assert colour.isValid() and colour.lightness() < 100


def test_marked_tab_is_lighter_than_a_dark_window(qtbot):
    colour = _marked_colour(qtbot, "#2b2d31", "#308cc6")
    assert colour.isValid() and colour.lightness() > 128
