"""Run under a real X server (tests/realwindow): show the window on a demo journal, visit
every tab and sub-tab, open every dialog of the catalogue, and print one JSON line per
screen with the real frame geometry the window manager gave it and the screen's
available geometry. Usage: python -m tests.realwindow.fit_probe DATA_DIR
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtWidgets import QTabWidget


def _settle(app, rounds: int = 8) -> None:
    """Let the window manager frame and place what was shown (as a person would wait)."""
    import time

    for _ in range(rounds):
        app.processEvents()
        time.sleep(0.02)


def _record(app, name: str, widget) -> None:
    frame = widget.frameGeometry()
    screen = (widget.screen() or app.primaryScreen()).availableGeometry()
    print(json.dumps({"name": name, "frame": frame.getRect(), "screen": screen.getRect(),
                      "ratio": widget.devicePixelRatioF()}), flush=True)


def main(data_dir: str) -> int:
    from resilience_desktop.core.startup import open_script_session
    from resilience_desktop.paths import AppPaths
    from resilience_desktop.services.demo import generate_demo
    from resilience_desktop.ui.app_context import AppContext
    from resilience_desktop.ui.app_signals import AppSignals
    from resilience_desktop.ui.application import make_application
    from resilience_desktop.ui.main_window import MainWindow
    from resilience_desktop.ui.screenshots import _reveal
    from resilience_desktop.ui.tab_registry import TAB_TITLES
    from tests.ui.dialog_catalogue import DIALOG_NAMES, build_dialog

    paths = AppPaths.resolve(Path(data_dir))
    app = make_application()
    session = open_script_session(paths)
    generate_demo(1)
    context = AppContext(paths=paths, signals=AppSignals(), session=session)
    window = MainWindow(context)
    window.show()
    _settle(app)
    _record(app, "window at start", window)
    for title in TAB_TITLES:
        window.show_tab(title)
        _settle(app)
        _record(app, title, window)
        for tabs in window.tab(title).findChildren(QTabWidget):
            for index in range(tabs.count()):
                _reveal(tabs)
                tabs.setCurrentIndex(index)
                _settle(app)
                _record(app, f"{title} / {tabs.tabText(index).replace('&', '')}", window)
    for name in DIALOG_NAMES:
        dialog = build_dialog(name, context, window)
        dialog.show()
        _settle(app)
        _record(app, f"dialog: {name}", dialog)
        dialog.close()
        dialog.deleteLater()
    _record(app, "window at the end", window)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
