"""Start the GUI: QApplication, single-instance lock, database, main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from resilience_desktop import APP_ID, APP_NAME, __version__
from resilience_desktop.core.db import close_database
from resilience_desktop.core.errors import UserFacingError
from resilience_desktop.core.startup import open_app_database
from resilience_desktop.instance_lock import ALREADY_OPEN_MESSAGE, InstanceLock
from resilience_desktop.paths import AppPaths, resource_path
from resilience_desktop.ui.app_context import AppContext
from resilience_desktop.ui.app_signals import AppSignals

log = logging.getLogger(__name__)
DEMO_YEARS = 2


def make_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(resource_path("icons", "resilience.svg"))))
    return app


def _tell_user(message: str, interactive: bool) -> None:
    print(f"resilience-desktop: {message}", file=sys.stderr)
    if interactive and QGuiApplication.platformName() != "offscreen":
        QMessageBox.warning(None, APP_NAME, message)


def run_gui(args, paths: AppPaths, demo: bool = False) -> int:
    app = make_application()
    interactive = not (args.smoke or args.screenshot)
    paths.ensure()
    lock = InstanceLock(paths.lock_path)
    if not lock.acquire():
        _tell_user(ALREADY_OPEN_MESSAGE, interactive)
        return 3
    try:
        try:
            open_app_database(paths)
        except UserFacingError as error:
            _tell_user(str(error), interactive)
            return 2
        if demo:
            from resilience_desktop.services.demo import generate_demo

            generate_demo(DEMO_YEARS)
        return _run_window(app, args, paths)
    finally:
        close_database()
        lock.release()


def _run_window(app: QApplication, args, paths: AppPaths) -> int:
    from resilience_desktop.ui.main_window import MainWindow

    context = AppContext(paths=paths, signals=AppSignals())
    window = MainWindow(context)
    if args.screenshot:
        from resilience_desktop.ui.screenshots import render_all_tabs

        written = render_all_tabs(window, Path(args.screenshot))
        print("\n".join(str(path) for path in written))
        window.close()
        return 0
    window.show()
    if args.smoke:
        # Fire once the event loop has processed everything pending (idle).
        QTimer.singleShot(0, window.close)
    log.info("window open")
    return app.exec()
