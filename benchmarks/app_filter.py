"""Cost of the app-wide keyboard/F1 event filter (ui/support/help_lines_dialog.py).

Every event of the app passes through AppKeyboardFilter.eventFilter (F1 help,
keyboard defaults at polish time, tab-bar focus marks). This sends the same
ordinary (user-type) events to a widget with and without the filter installed and
prints the median extra cost per event, and what that means for start-up
(events delivered while the window opens on a 1-year demo).
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtWidgets import QApplication, QPushButton  # noqa: E402

EVENTS = 20_000
RUNS = 7


def _send_events(widget) -> float:
    start = time.perf_counter()
    for _ in range(EVENTS):
        QApplication.sendEvent(widget, QEvent(QEvent.Type.User))
    return (time.perf_counter() - start) / EVENTS * 1e6


class _Counter(QObject):
    count = 0

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        _Counter.count += 1
        return False


def _startup_events() -> int:
    """Events the app filter sees while the main window opens and settles."""
    import tempfile

    from resilience_desktop.core.startup import open_script_session
    from resilience_desktop.paths import AppPaths
    from resilience_desktop.services.demo import generate_demo
    from resilience_desktop.ui.app_context import AppContext
    from resilience_desktop.ui.app_signals import AppSignals
    from resilience_desktop.ui.main_window import MainWindow

    paths = AppPaths.resolve(Path(tempfile.mkdtemp()) / "data")
    session = open_script_session(paths)
    generate_demo(1)
    counter = _Counter()
    QApplication.instance().installEventFilter(counter)
    window = MainWindow(AppContext(paths, AppSignals(), session))
    window.show()
    for _ in range(20):
        QApplication.processEvents()
    QApplication.instance().removeEventFilter(counter)
    return _Counter.count


def main() -> None:
    app = QApplication.instance() or QApplication([])
    widget = QPushButton("x")
    without = [_send_events(widget) for _ in range(RUNS)]
    from resilience_desktop.ui.support.help_lines_dialog import install_app_keyboard

    install_app_keyboard(app)
    with_filter = [_send_events(widget) for _ in range(RUNS)]
    extra = statistics.median(with_filter) - statistics.median(without)
    events = _startup_events()
    print(f"per event: {statistics.median(without):.2f} µs without the filter, "
          f"{statistics.median(with_filter):.2f} µs with it: +{extra:.2f} µs "
          f"(median of {RUNS} x {EVENTS:,} events)")
    print(f"opening the window (1-year demo, Today tab): {events:,} events "
          f"-> about {events * extra / 1000:.1f} ms of filter time")


if __name__ == "__main__":
    main()
