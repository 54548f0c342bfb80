"""Render every tab and every sub-tab to PNG (``--screenshot DIR``), for the README and review.

Tabs are written as ``DIR/<tab>.png``; every page of every QTabWidget inside a
tab as ``DIR/<tab>-<subtab>.png`` (found generically, so new tabs are covered);
every page with a focus mode (``supports_focus``: the pacer, the meditation timer)
in focus mode as ``DIR/<tab>-<kind>-focus.png``; the Settings and Sync dialogs as
``settings.png`` and ``sync.png``.

The window is 1280×800 pixels at 1× scale. ``RESILIENCE_SCREENSHOT_PIXELS=1280x720`` with
``QT_FONT_DPI=144`` gives what a person with a 1280×720 screen and 1.5× text sees: the
window is that many device pixels, 853×480 of Qt's logical ones (``make screenshots``'
large set).
"""

from __future__ import annotations

import gc
import os
import re
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QStackedWidget, QTabWidget, QWidget

from resilience_desktop.charts.canvas import ChartCanvas
from resilience_desktop.charts.warm_up import warm_up
from resilience_desktop.ui.picture_png import PictureBuffers
from resilience_desktop.ui.insights import insights_tab
from resilience_desktop.ui.tab_registry import TAB_TITLES
from resilience_desktop.core.i18n import translate

SIZE = (1280, 800)
PIXELS_VARIABLE = "RESILIENCE_SCREENSHOT_PIXELS"
_BUFFERS = PictureBuffers()  # one run's pictures are one size: their buffers are kept


def window_size(device_pixel_ratio: float) -> tuple[int, int]:
    """The pictures' window size in logical pixels: SIZE, or the device pixels named by
    RESILIENCE_SCREENSHOT_PIXELS ("1280x720") divided by the screen's scale."""
    named = os.environ.get(PIXELS_VARIABLE, "")
    match = re.fullmatch(r"(\d{3,5})x(\d{3,5})", named.strip())
    if not match:
        return SIZE
    ratio = device_pixel_ratio or 1.0
    return round(int(match.group(1)) / ratio), round(int(match.group(2)) / ratio)


def slug(text: str) -> str:
    """'Year in pixels' -> 'year-in-pixels' (file-name safe)."""
    return re.sub(r"[^a-z0-9]+", "-", text.replace("&", "").lower()).strip("-") or "page"


def save_picture(widget: QWidget, path: Path, data_dir: Path) -> Path:
    """widget rendered to the PNG at path, through the output guard (core/output_path):
    never inside the data folder, never over a device, pipe or folder; an earlier
    picture of the same name is replaced (re-running --screenshot into one folder)."""
    from resilience_desktop.core.output_path import guarded_path

    picture = _BUFFERS.rendered(widget)
    if picture.isNull():
        raise OSError(translate("Resilience", "could not write {path}").format(path=path))
    with guarded_path(path, data_dir, force=True, suffix=".png") as temporary:
        temporary.write_bytes(_BUFFERS.png_bytes(picture))
    return path


def rendered(widget: QWidget) -> QImage:
    """What QWidget.grab() shows, rendered straight into an image of its own."""
    return PictureBuffers().rendered(widget)


def png_bytes(image: QImage) -> bytes:
    """image as an 8-bit RGB PNG file (ui/picture_png.py)."""
    return PictureBuffers().png_bytes(image)


def screenshot_folder(out_dir: Path, data_dir: Path) -> Path:
    """The --screenshot folder, checked by the output guard and created (0700) if missing."""
    from resilience_desktop.core.output_path import make_output_folder

    return make_output_folder(out_dir, data_dir, force=True)


def render_all_tabs(window, out_dir: Path, free_pictured_tabs: bool = False) -> list[Path]:
    """Every picture (module doc). free_pictured_tabs: each tab is freed once pictured
    (the --screenshot command: its peak memory is one tab's, not all seven)."""
    out_dir = screenshot_folder(out_dir, window.context.paths.data_dir)
    window.resize(*window_size(window.devicePixelRatioF()))
    window.show()
    unpainted = ScreenPaintBlocker(window)
    written = _render_first_run(window, out_dir)
    try:
        with _one_tab_at_a_time(free_pictured_tabs):
            for previous, title in zip((None, *TAB_TITLES), TAB_TITLES):
                window.show_tab(title)
                if free_pictured_tabs and previous is not None:  # pictured, and hidden now
                    _release(window, previous)
                written.append(_save(window, window.tab(title), out_dir / f"{slug(title)}.png"))
                written.extend(_render_sub_tabs(window, title, out_dir))
                written.extend(_render_focus_modes(window, title, out_dir))
                window.show_tab(title)
    finally:
        unpainted.remove()
    written.append(_render_dialog(window.open_settings(), out_dir / "settings.png", window))
    written.append(_render_dialog(window.open_sync(), out_dir / "sync.png", window))
    return written


class ScreenPaintBlocker(QObject):
    """Keeps a shown window from painting itself to the screen while it is pictured.

    Every picture is the window rendered into an image (``rendered``); painting the
    same widgets into the window's backing store as well (each tab, page and focus
    mode as it appears) was about a tenth of a --screenshot run. Only the window's
    update requests are held back: the widgets are shown, laid out, active and drawn
    as before (the pictures are pixel-identical), and ``remove()`` lets the window
    paint again."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        return event.type() == QEvent.Type.UpdateRequest

    def remove(self) -> None:
        """The window paints again: what was held back, at the next turn of the loop.
        (Qt asks once and waits for the held-back request: it is asked for anew.)"""
        self._window.removeEventFilter(self)
        QApplication.postEvent(self._window, QEvent(QEvent.Type.UpdateRequest))


@contextmanager
def _one_tab_at_a_time(freed: bool):
    """While each tab is freed once pictured (freed): matplotlib (the first chart imports
    it anyway) and the window's lasting objects are frozen out of the garbage collector,
    so each release (``_release``) walks only that tab's objects; and the collector runs
    only there: in between, what it would walk is the shown tab, alive until its release
    (~0.1 s of collections at 100 years; the peak memory is the same)."""
    if not freed:
        yield
        return
    collecting = gc.isenabled()
    warm_up()
    gc.freeze()
    gc.disable()
    insights_tab.PREFETCH_OTHER_RANGES = False  # each picture shows one range
    try:
        yield
    finally:
        gc.unfreeze()
        if collecting:
            gc.enable()


def _release(window, title: str) -> None:
    """Free a tab whose pictures are taken, at once: each tab's charts and rows would
    otherwise add up to the run's peak memory."""
    window.release_tab(title)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    gc.collect()  # matplotlib's figures and canvases hold each other


def _render_first_run(window, out_dir: Path) -> list[Path]:
    """A fresh data folder opens on the first-run page: that is the first picture."""
    page = getattr(window, "first_run_page", None)
    if page is None:
        return []
    _settle()
    path = save_picture(window, out_dir / "first-run.png", window.context.paths.data_dir)
    window.stack.setCurrentWidget(window.tab_widget)  # the tabs behind it, for the rest
    return [path]


def _render_dialog(dialog, path: Path, window) -> Path:
    """A dialog of the File menu (Settings…, Sync…), as it opens."""
    _settle()
    path = save_picture(dialog, path, window.context.paths.data_dir)
    dialog.close()
    return path


def _render_sub_tabs(window, title: str, out_dir: Path) -> list[Path]:
    tab = window.tab(title)
    written, used = [], set()
    for tab_widget in tab.findChildren(QTabWidget):
        original = tab_widget.currentIndex()
        for index in range(tab_widget.count()):
            _reveal(tab_widget)
            tab_widget.setCurrentIndex(index)
            name = f"{slug(title)}-{slug(tab_widget.tabText(index))}"
            while name in used:
                name += "-2"
            used.add(name)
            written.append(_save(window, tab, out_dir / f"{name}.png"))
        tab_widget.setCurrentIndex(original)
    return written


def _render_focus_modes(window, title: str, out_dir: Path) -> list[Path]:
    written = []
    for page in window.tab(title).findChildren(QWidget):
        if not getattr(page, "supports_focus", False):
            continue
        _reveal(page)
        page.enter_focus(full_screen=False)  # the window's size, like every picture
        _settle()
        written.append(save_picture(window, out_dir / f"{slug(title)}-{slug(page.kind)}-focus.png",
                                    window.context.paths.data_dir))
        page.leave_focus()
    return written


def _reveal(widget: QWidget) -> None:
    """Make the pages of stacks (and tab widgets) that hold widget the current ones."""
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QStackedWidget) and parent.indexOf(child) >= 0:
            owner = parent.parentWidget()
            if isinstance(owner, QTabWidget):  # keep the tab bar in step with the page
                owner.setCurrentWidget(child)
            else:
                parent.setCurrentWidget(child)
        child, parent = parent, parent.parentWidget()


def _save(window, tab: QWidget, path: Path) -> Path:
    _settle()
    for canvas in tab.findChildren(ChartCanvas):
        if canvas.isVisible():
            canvas.draw_if_needed()
    _settle()
    return save_picture(window, path, window.context.paths.data_dir)


def _settle() -> None:
    """Let the window finish: queued events, and work on worker threads (Insights'
    figures) whose results it shows."""
    import time

    from resilience_desktop.ui.widgets import background

    for _ in range(5):
        QApplication.processEvents()
    give_up = time.monotonic() + 30
    while not background.idle() and time.monotonic() < give_up:
        QApplication.processEvents()
        time.sleep(0.005)
    for _ in range(2):
        QApplication.processEvents()
