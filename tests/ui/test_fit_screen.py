"""A window asking for more than its screen is clamped to it and kept on it when shown."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout

from resilience_desktop.ui.widgets.fit_screen import FRAME_ALLOWANCE, fitted_rect


def _dialog(qtbot, width, height):
    dialog = QDialog()
    QVBoxLayout(dialog).addWidget(QLabel("Some settings"))
    qtbot.addWidget(dialog)
    dialog.resize(width, height)
    return dialog


def test_a_dialog_taller_than_a_small_screen_is_clamped_to_it(qtbot):
    small_screen = QRect(0, 0, 853, 480)  # 1280x720 at 1.5x, in logical pixels
    dialog = _dialog(qtbot, 620, 720)
    dialog.move(100, 300)
    target = fitted_rect(dialog, small_screen)
    assert target.height() + FRAME_ALLOWANCE.height() <= 480
    assert target.width() == 620
    assert small_screen.contains(target)


def test_a_dialog_that_fits_keeps_its_size_and_place(qtbot):
    dialog = _dialog(qtbot, 400, 300)
    dialog.move(50, 60)
    assert fitted_rect(dialog, QRect(0, 0, 1280, 720)) == QRect(50, 60, 400, 300)


def test_a_window_never_shrinks_below_what_its_content_needs(qtbot):
    dialog = _dialog(qtbot, 900, 900)
    dialog.setMinimumSize(500, 600)
    target = fitted_rect(dialog, QRect(0, 0, 853, 480))
    assert (target.width(), target.height()) == (853 - FRAME_ALLOWANCE.width(), 600)


def test_a_window_shown_before_the_fitter_is_adopted_and_kept_on_screen(qtbot):
    """A shell-first start installs the fitter after the window is shown (ui/shell.py):
    the window is fitted then, and again when the window manager resizes it soon after."""
    from PySide6.QtWidgets import QApplication

    from resilience_desktop.ui.widgets.fit_screen import ScreenFitter

    dialog = _dialog(qtbot, 400, 300)
    dialog.show()
    qtbot.waitExposed(dialog)
    available = dialog.screen().availableGeometry()
    dialog.resize(available.width() + 300, available.height() + 300)  # grown off the screen
    fitter = ScreenFitter()
    fitter.adopt(dialog)
    assert dialog.width() <= available.width() and dialog.height() <= available.height()
    QApplication.instance().installEventFilter(fitter)
    try:
        dialog.resize(available.width() + 200, available.height() + 200)  # placed again
        qtbot.waitUntil(lambda: dialog.height() <= available.height())
        assert dialog.width() <= available.width()
    finally:
        QApplication.instance().removeEventFilter(fitter)
