"""The window shell, shown before the data layer is imported (docs/performance.md).

At start-up the tabs, menus, remembered size and tab and the theme need no journal:
``show_shell`` shows them at once, from the preferences read on the start-up thread
(core/shell_preferences.py), and returns after the first frame is painted. The
application then opens and checks the journal (peewee, the services) and
``MainWindow.attach`` fills the shown tab in place. A journal that is locked, new,
not set up yet (first run) or not closed cleanly starts the usual way instead,
journal first (``show_shell`` returns None).

What the first frame does not need waits until it is painted (no key or click is read
before the journal is opened, so nothing is missed): the start-up check of the journal
(core/startup.py), the window's shortcuts and focus policies (``MainWindow.add_keyboard``:
they build the Python enums of Qt's whole namespace, ~15 ms) and the check-box style
(QStyle's enums, ~6 ms). docs/performance.md, "Start-up".
"""

from __future__ import annotations

from collections.abc import Callable

from resilience_desktop.ui import pyside_speedups  # noqa: F401 - first: see its doc
from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication

from resilience_desktop.core.shell_preferences import FIRST_RUN_DONE, THEME
from resilience_desktop.core.startup import run_prefetched_check, shell_preferences
from resilience_desktop.paths import AppPaths

# Called once the shell's first frame is painted (benchmarks and tests listen here).
FIRST_PAINT_LISTENERS: list[Callable[[], None]] = []
# A paint that never comes (a window on a hidden workspace) does not hold the start.
FIRST_PAINT_TIMEOUT_MS = 1000


def show_shell(app: QApplication, paths: AppPaths, theme: str | None = None):
    """The shown, painted shell, or None when this start must open the journal first.
    theme: the run's own theme (``--theme``), else the one chosen in Settings."""
    remembered = shell_preferences(paths.db_path)
    if not remembered or remembered.get(FIRST_RUN_DONE) is not True:
        run_prefetched_check(paths.db_path)
        return None
    theme = theme or remembered.get(THEME)
    theme = theme if theme in ("light", "dark") else "system"
    from resilience_desktop.ui.settings.theme import apply_theme

    apply_theme(theme, app, indicators=False)  # the check boxes: after the first frame
    from resilience_desktop.ui.main_window import MainWindow

    window = MainWindow(None, remembered=remembered, keyboard_later=True)
    window.shell_theme = theme
    window.show()
    from resilience_desktop.ui.widgets.fit_screen import fit_shown_window

    fit_shown_window(window)  # the app-wide fitter comes once the tab is built
    wait_for_first_paint(window)
    run_prefetched_check(paths.db_path)  # on its thread, while the data layer is imported
    window.add_keyboard()
    from resilience_desktop.ui.settings.indicator_style import install_indicator_style

    install_indicator_style(app)  # "system" too: its check boxes (indicator_style)
    return window


class _FirstPaint(QObject):
    def __init__(self, loop: QEventLoop) -> None:
        super().__init__()
        self.loop = loop

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint:
            self.loop.quit()
        return False


def wait_for_first_paint(window) -> None:
    """Run the event loop (no keyboard or mouse yet) until window has painted once."""
    loop = QEventLoop()
    watcher = _FirstPaint(loop)
    window.installEventFilter(watcher)
    timeout = QTimer()
    timeout.setSingleShot(True)
    timeout.timeout.connect(loop.quit)
    timeout.start(FIRST_PAINT_TIMEOUT_MS)
    loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    timeout.stop()
    window.removeEventFilter(watcher)
    for listener in FIRST_PAINT_LISTENERS:
        listener()
