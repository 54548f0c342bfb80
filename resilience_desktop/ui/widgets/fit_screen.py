"""Keep every window and dialog on its screen.

A dialog that asks for 620x720 is fine on a laptop at 1x, but at 1.5x font on a
1280x720 screen (853x480 logical pixels) it grows off the bottom and its buttons
cannot be reached. An application-wide event filter clamps each top-level
window to the available part of its screen when it is shown, and moves it back
onto the screen. Content that is taller than that scrolls (tabs, Settings) or
wraps: a window can only shrink to its minimum size, so layouts must allow it
(tests/realwindow checks the real window under X11 at 1.5x).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

# The window manager's title bar and borders, before the window is mapped and
# Qt knows them (logical pixels; generous for common window managers).
FRAME_ALLOWANCE = QSize(12, 40)


def fitted_rect(window: QWidget, available: QRect) -> QRect:
    """Where window should go: its size clamped to available (minus the frame), kept on it."""
    frame = window.frameGeometry().size() - window.geometry().size()
    if frame.width() <= 0 and frame.height() <= 0:
        frame = FRAME_ALLOWANCE
    max_w = available.width() - frame.width()
    max_h = available.height() - frame.height()
    minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
    width = max(min(window.width(), max_w), minimum.width())
    height = max(min(window.height(), max_h), minimum.height())
    x = min(max(window.x(), available.left()), available.right() + 1 - width - frame.width())
    y = min(max(window.y(), available.top()), available.bottom() + 1 - height - frame.height())
    return QRect(max(x, available.left()), max(y, available.top()), width, height)


def fit_to_screen(window: QWidget) -> None:
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    available = screen.availableGeometry()
    target = fitted_rect(window, available)
    if target.size() != window.size():
        window.resize(target.size())
    # Position by the frame the window manager drew (known once mapped), moving by the
    # difference: Qt and the window manager agree on differences, not always on origins.
    frame = window.frameGeometry()
    extra = frame.size() - window.geometry().size()
    if extra.width() <= 0 and extra.height() <= 0:
        extra = FRAME_ALLOWANCE
    width, height = target.width() + extra.width(), target.height() + extra.height()
    x = max(min(frame.x(), available.right() + 1 - width), available.left())
    y = max(min(frame.y(), available.bottom() + 1 - height), available.top())
    if (x, y) != (frame.x(), frame.y()):
        window.move(window.pos() + QPoint(x - frame.x(), y - frame.y()))


class ScreenFitter(QObject):
    """Clamps every top-level window to its screen as it is shown, and again while the
    window manager frames and places it (moves and resizes in its first second)."""

    SETTLING_SECONDS = 1.0

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settling: dict[int, float] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        kind = event.type()
        if kind not in (QEvent.Type.Show, QEvent.Type.Move, QEvent.Type.Resize):
            return False
        if not (isinstance(watched, QWidget) and watched.isWindow()):
            return False
        key = id(watched)
        if kind == QEvent.Type.Show:
            self._settle(watched)
        elif self._settling.get(key, 0.0) < time.monotonic():
            self._settling.pop(key, None)  # placed: the person may move it where they like
            return False
        fit_to_screen(watched)
        return False

    def _settle(self, window: QWidget) -> None:
        self._settling[id(window)] = time.monotonic() + self.SETTLING_SECONDS

    def adopt(self, window: QWidget) -> None:
        """A window shown before this fitter was installed: fitted now, and kept fitted
        while the window manager places it, as if it had just been shown."""
        self._settle(window)
        fit_to_screen(window)


# Platforms with no real screen: their "screen" is a fixed virtual size (offscreen:
# 800x800) and --screenshot renders the window at 1280x800 on purpose.
HEADLESS_PLATFORMS = ("offscreen", "minimal")


def install_screen_fitter(app: QApplication) -> None:
    """Fit every window from now on (idempotent). A shell-first start installs it once
    the shown tab is built (an app-wide Python filter makes every event of the start
    slower: docs/performance.md); windows already shown are adopted then."""
    if QGuiApplication.platformName() in HEADLESS_PLATFORMS:
        return
    if getattr(app, "_screen_fitter", None) is None:
        fitter = ScreenFitter(app)
        app.installEventFilter(fitter)
        app._screen_fitter = fitter
        for window in app.topLevelWidgets():
            if window.isVisible():
                fitter.adopt(window)


def fit_shown_window(window: QWidget) -> None:
    """Fit a window just shown while no fitter is installed (the start-up shell)."""
    if QGuiApplication.platformName() not in HEADLESS_PLATFORMS:
        fit_to_screen(window)
