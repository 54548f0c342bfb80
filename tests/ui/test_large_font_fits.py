"""At a 1.5x font every tab and dialog still fits a 1280x720 screen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from resilience_desktop.ui.tab_registry import TAB_TITLES
from tests.ui.dialog_catalogue import DIALOG_NAMES, build_dialog

SCREEN = (1280, 720)


@pytest.fixture
def large_font(qapp):
    original = QApplication.font()
    bigger = QApplication.font()
    bigger.setPointSizeF(original.pointSizeF() * 1.5)
    QApplication.setFont(bigger)
    yield bigger
    QApplication.setFont(original)


def _fits(size) -> bool:
    return size.width() <= SCREEN[0] and size.height() <= SCREEN[1]


def test_the_window_with_every_tab_fits_at_one_and_a_half_times_the_font(large_font, context,
                                                                           qtbot):
    from resilience_desktop.services.demo import generate_demo
    from resilience_desktop.ui.main_window import MainWindow

    generate_demo(1)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    for title in TAB_TITLES:
        window.show_tab(title)
        qtbot.waitUntil(window.tab(title).isVisible)
        size = window.minimumSizeHint()
        assert _fits(size), f"with {title} built the window needs {size.toTuple()}"


@pytest.mark.parametrize("name", DIALOG_NAMES)
def test_every_dialog_fits_at_one_and_a_half_times_the_font(large_font, main_window, name):
    dialog = build_dialog(name, main_window.context, main_window)
    dialog.show()
    size = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
    dialog.close()
    assert _fits(size), f"the {name} dialog needs {size.toTuple()}"
