"""Reminders through the system tray (QSystemTrayIcon), with an injectable
clock and notifier so tests control time; and keeping Resilience in the tray
when its window closes, if the person chose that. Where the desktop has no
tray, nothing is shown and the Settings dialog says so."""

from __future__ import annotations

from datetime import datetime
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from resilience_desktop.core import clock as app_clock
from resilience_desktop import APP_NAME
from resilience_desktop.services import reminders, settings
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from resilience_desktop.core.log import get_logger

log = get_logger(__name__)
CHECK_EVERY_MS = 30_000
NO_TRAY_NOTE = (QT_TRANSLATE_NOOP("Resilience", "This desktop has no system tray, so Resilience cannot show reminders "
                "or stay open in the tray here."))


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


class ReminderService(QObject):
    """Checks every CHECK_EVERY_MS whether a set time has passed since the last check."""

    def __init__(self, context, window_getter: Callable = lambda: None,
                 clock: Callable[[], datetime] = app_clock.now,
                 notify: Callable | None = None, available: Callable[[], bool] = tray_available,
                 parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.window_getter = window_getter  # the main window (a new one after an auto-lock)
        self.clock = clock
        self.available = available
        self.tray: QSystemTrayIcon | None = None
        self._notify = notify
        self._last = clock()
        self._settings = settings.load_settings()
        self.timer = QTimer(self)
        self.timer.setObjectName("reminder_timer")
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        context.signals.preferences_changed.connect(self._on_signals_preferences_changed)
        self._apply()

    def _on_signals_preferences_changed(self, key: str) -> None:
        if key.startswith("reminders.") or key == settings.WEEK_START:
            self._settings = settings.load_settings()
            self._apply()

    def wanted(self) -> bool:
        s = self._settings
        return bool(s[settings.DAILY_REMINDER] or s[settings.WEEKLY_REMINDER]
                    or s[settings.KEEP_IN_TRAY])

    def _apply(self) -> None:
        on = self.available() and self.wanted()
        if on and self._notify is None and self.tray is None:
            self._make_tray()
        if self.tray is not None:
            self.tray.setVisible(on)
        if on:
            self._last = self.clock()
            self.timer.start()
        else:
            self.timer.stop()

    def _make_tray(self) -> None:
        self.tray = QSystemTrayIcon(QApplication.windowIcon(), self)
        self.tray.setToolTip(translate("Resilience", APP_NAME))
        menu = QMenu()
        show = QAction(translate("Resilience", "Open {app_name}").format(app_name=APP_NAME), menu)
        show.triggered.connect(self.show_window)
        quit_action = QAction(translate("Resilience", "Quit"), menu)
        quit_action.triggered.connect(self.quit)
        menu.addAction(show)
        menu.addAction(quit_action)
        self._menu = menu
        self.tray.setContextMenu(menu)
        self.tray.activated.connect(lambda _reason: self.show_window())
        self.tray.messageClicked.connect(self.show_window)

    def check(self) -> list:
        """Send what fell due since the last check (never when off or without a tray)."""
        now = self.clock()
        last, self._last = self._last, now
        if not self.available():
            return []
        s = self._settings
        due = reminders.due_between(last, now, s[settings.DAILY_REMINDER],
                                    s[settings.WEEKLY_REMINDER], s[settings.WEEK_START])
        for reminder in due:
            self._send(reminder)
        return due

    def _send(self, reminder) -> None:
        log.info("reminder shown: %s", reminder.kind)
        if self._notify is not None:
            self._notify(reminder)
        elif self.tray is not None:
            self.tray.showMessage(translate("Resilience", reminder.title), translate("Resilience", reminder.message),
                                  QSystemTrayIcon.MessageIcon.Information, 15_000)

    # -- keeping Resilience in the tray --------------------------------------
    def keeps_in_tray(self) -> bool:
        """Should closing the window hide it to the tray instead of quitting?"""
        return bool(self._settings[settings.KEEP_IN_TRAY]) and self.available() \
            and self.tray is not None

    def show_window(self) -> None:
        window = self.window_getter()
        if window is not None:
            window.showNormal()
            window.raise_()
            window.activateWindow()
            self.context.signals.show_tab_requested.emit("Today")

    def quit(self) -> None:
        window = self.window_getter()
        if window is not None:
            window.quit()
        QApplication.instance().quit()
