"""Start the GUI: QApplication, single-instance lock, database, main window."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from resilience_desktop.ui import pyside_speedups  # noqa: F401 - first: see its doc
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from resilience_desktop import APP_ID, APP_NAME, DESKTOP_ID, __version__
from resilience_desktop.core.errors import UserFacingError
from resilience_desktop.paths import AppPaths, resource_path
from resilience_desktop.core.i18n import translate
from resilience_desktop.core.log import get_logger

if TYPE_CHECKING:  # imported where used: after the shell's first paint (ui/shell.py)
    from resilience_desktop.ui.app_context import AppContext

log = get_logger(__name__)
DEMO_YEARS = 2


def make_application(shell_first: bool = False) -> QApplication:
    """shell_first: the app-wide event filters (F1/keyboard, screen fitting) come once the
    shown tab is built (every event of the start through a Python filter cost ~100 ms;
    ui/app_keyboard.py), and the help lines' default region after the shell's first frame
    (``use_system_help_region``: its module is ~3 ms of imports)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(QIcon(str(resource_path("icons", "resilience.svg"))))
    if not shell_first:
        use_system_help_region()
        _install_filters(app)
    return app


def use_system_help_region() -> None:
    """Help lines default to the system's territory until the person chooses (first run)."""
    from resilience_desktop.services import help_resources

    help_resources.use_system_locale(QLocale.system().name())


def _install_filters(app) -> None:
    """The app-wide event filters (idempotent)."""
    from resilience_desktop.ui.app_keyboard import install_app_keyboard
    from resilience_desktop.ui.widgets.fit_screen import install_screen_fitter

    install_app_keyboard(app)  # F1 shows the help lines from every window and dialog
    install_screen_fitter(app)  # no window or dialog grows off a small screen


def _tell_user(message: str, interactive: bool) -> None:
    print(f"resilience-desktop: {message}", file=sys.stderr)
    if interactive and QGuiApplication.platformName() != "offscreen":
        QMessageBox.warning(None, translate("Resilience", APP_NAME), translate("Resilience", message))


def run_gui(args, paths: AppPaths, demo: bool = False) -> int:
    from resilience_desktop.core.startup import release_start_lock

    try:
        return _run_gui(args, paths, demo)
    finally:
        release_start_lock()


def _run_gui(args, paths: AppPaths, demo: bool) -> int:
    from resilience_desktop.core.startup import start_lock_state
    from resilience_desktop.ui.error_dialog import install_excepthook

    shell_first = bool(start_lock_state()) and not (demo or args.screenshot)
    app = make_application(shell_first=shell_first)
    from resilience_desktop.services.language import read_language
    from resilience_desktop.ui.i18n import install_translators

    install_translators(app, read_language(paths))  # before any window: Settings → Language
    interactive = not (args.smoke or args.screenshot)
    if args.screenshot:
        from resilience_desktop.core.output_path import OutputRefused, check_output_folder

        try:  # before anything is opened: a folder the pictures may not go to says so
            check_output_folder(args.screenshot, paths.data_dir, force=True)
        except OutputRefused as error:
            _tell_user(str(error), False)
            return 1
    install_excepthook(paths.log_dir)
    if start_lock_state() is False:  # another window has this journal: say so, show nothing
        from resilience_desktop.instance_lock import ALREADY_OPEN_MESSAGE

        _tell_user(ALREADY_OPEN_MESSAGE, interactive)
        return 3
    if shell_first:
        from resilience_desktop.ui.shell import show_shell

        global _SHELL
        _SHELL = show_shell(app, paths, theme=getattr(args, "theme", None))  # before the data layer
        use_system_help_region()  # before any window that shows help lines
        if _SHELL is None:  # journal first: the unlock prompt and first run have F1 too
            _install_filters(app)
    from resilience_desktop.ui.termination import install_termination_handler

    # logout/shutdown close it like File → Quit (after the shell's first paint: until
    # the journal is opened below there is nothing to close)
    install_termination_handler(app)
    try:
        return _open_and_run(app, args, paths, demo, interactive)
    finally:
        _close_shell()


def _open_and_run(app: QApplication, args, paths: AppPaths, demo: bool, interactive: bool) -> int:
    from resilience_desktop.core import vault
    from resilience_desktop.core.session import AlreadyOpenError, DataSession
    from resilience_desktop.core.startup import release_start_lock

    session = DataSession(paths, key_provider=_key_provider(interactive))
    try:
        try:
            session.open_writer(create=True, allow_damaged=True)
        except AlreadyOpenError as error:
            _tell_user(str(error), interactive)
            return 3
        except vault.KeyNotGiven:
            return 0
        except UserFacingError as error:
            _close_shell()
            _tell_user(str(error), interactive)
            return 2
        release_start_lock()  # the session holds the lock now
        if session.damage:
            _close_shell()
            if not _run_recovery(app, args, session):
                return 1
        if demo:
            from resilience_desktop.services.demo import generate_demo

            generate_demo(DEMO_YEARS)
        _daily_maintenance(session)
        if session.damage:  # the day's full check found damage the cheap check let by
            _close_shell()
            if not _run_recovery(app, args, session):
                return 1
        return _run_window(app, args, session, demo)
    finally:
        from resilience_desktop.ui.sync.runner import wait_until_idle
        from resilience_desktop.ui.widgets import background

        background.end_all()  # reads on worker threads (Insights) end before the journal closes
        wait_until_idle()  # a last sync on its worker thread ends before the journal closes
        session.close()


def _close_shell() -> None:
    """The shell goes when the journal cannot be shown in it (damaged, refused)."""
    global _SHELL
    if _SHELL is not None:
        _SHELL.hide()  # not close(): closing the last window would end the next event loop
        _SHELL.deleteLater()
        _SHELL = None
        _install_filters(QApplication.instance())  # for the recovery screen or the message


def _key_provider(interactive: bool):
    from resilience_desktop.core import vault

    def provide(session) -> bytes:
        if not interactive:
            raise vault.JournalLockedError(translate("Resilience", vault.LOCKED_MESSAGE))
        from resilience_desktop.ui.safety.unlock_dialog import ask_for_key

        key = ask_for_key(session.paths)
        if key is None:
            raise vault.KeyNotGiven(translate("Resilience", vault.LOCKED_MESSAGE))
        return key

    return provide


def _run_recovery(app: QApplication, args, session) -> bool:
    """The recovery screen instead of the window; True once a backup is restored."""
    from resilience_desktop.ui.safety.recovery_window import RecoveryWindow

    paths = session.paths
    print(f"resilience-desktop: {session.damage}", file=sys.stderr)
    window = RecoveryWindow(session, session.damage)
    window.show()
    if args.smoke or args.screenshot:
        if args.screenshot:
            from resilience_desktop.ui.screenshots import save_picture, screenshot_folder

            folder = screenshot_folder(Path(args.screenshot), paths.data_dir)
            save_picture(window, folder / "recovery.png", paths.data_dir)
        window.close()
        return False
    app.exec()
    return window.was_restored


def _daily_maintenance(session) -> None:
    """At each start: the day's full check and automatic backup (at most one a day),
    then the entries that have been in the Trash longer than its 30 days are deleted
    for good. A failed check leaves the session DAMAGED: the caller shows recovery."""
    from resilience_desktop.core.errors import DatabaseDamagedError
    from resilience_desktop.services.journal import entries as journal

    try:
        session.daily_maintenance()
    except DatabaseDamagedError:
        return
    except UserFacingError as error:
        log.error("automatic backup failed: %s", type(error).__name__)
    journal.purge_trash()


def _run_window(app: QApplication, args, session, demo: bool = False) -> int:
    from resilience_desktop.services import settings
    from resilience_desktop.ui.app_context import AppContext
    from resilience_desktop.ui.app_signals import AppSignals

    context = AppContext(paths=session.paths, signals=AppSignals(), session=session)
    chosen = settings.load_settings()
    theme = getattr(args, "theme", None) or chosen[settings.THEME]  # --theme: this run only
    if theme != getattr(_SHELL, "shell_theme", None):
        from resilience_desktop.ui.settings.theme import apply_theme

        apply_theme(theme, app)  # "system" too: its check boxes (indicator_style)
    window = _make_window(context)
    if not demo and not chosen[settings.FIRST_RUN_DONE]:
        window.show_first_run()
    if args.screenshot:
        from resilience_desktop.ui.screenshots import render_all_tabs

        written = render_all_tabs(window, Path(args.screenshot), free_pictured_tabs=True)
        print("\n".join(str(path) for path in written))
        window.close()
        return 0
    window.show()
    if args.smoke:
        # Fire once the event loop has processed everything pending (idle).
        QTimer.singleShot(0, window.close)
    else:
        _start_interactive(app, context, window)
    log.info("window open")
    return app.exec()


def _start_interactive(app: QApplication, context: AppContext, window) -> None:
    """Auto-lock and the (opt-in) reminders; not needed for --smoke or --screenshot."""
    global _REMINDERS
    from resilience_desktop.ui.safety.auto_lock import AutoLock
    from resilience_desktop.ui.safety.unlock_dialog import ask_for_key
    from resilience_desktop.ui.settings.reminders import ReminderService

    auto_lock = AutoLock(context, lambda: _show(_make_window(context)), ask_for_key, app)
    auto_lock.start(window)
    window.sync.start()  # sync on open, then whenever the sync folder changes
    _REMINDERS = ReminderService(context, window_getter=lambda: auto_lock.window, parent=app)
    window.keeps_in_tray = _REMINDERS.keeps_in_tray
    from resilience_desktop.charts.warm_up import start_warm_up

    QTimer.singleShot(0, start_warm_up)  # once idle: the first chart opens without the import


_REMINDERS = None  # the running ReminderService (interactive runs only)
_SHELL = None  # the window shell shown before the journal opened (ui/shell.py), until used


def _make_window(context: AppContext):
    global _SHELL
    if _SHELL is not None:  # the shell shown at start-up: filled in place
        window, _SHELL = _SHELL, None
        window.attach(context)
        _install_filters(QApplication.instance())  # now that the shown tab is built
        return window
    from resilience_desktop.ui.main_window import MainWindow

    window = MainWindow(context)
    if _REMINDERS is not None:  # a window made again after an auto-lock
        window.keeps_in_tray = _REMINDERS.keeps_in_tray
    return window


def _show(window):
    window.show()
    window.sync.start()
    return window
