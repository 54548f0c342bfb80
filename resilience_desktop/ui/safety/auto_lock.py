"""Auto-lock: after the chosen idle time a locked journal closes its database and
its window (so every editor is cleared), then asks for the passphrase again."""

from __future__ import annotations


from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from resilience_desktop.core import vault
from resilience_desktop.services.settings import AUTOLOCK_MINUTES, read_setting
from resilience_desktop.ui.safety.lock_settings_dialog import AUTOLOCK_PREFERENCE
from resilience_desktop.core.log import get_logger

log = get_logger(__name__)
_INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                 QEvent.Type.Wheel}


class AutoLock(QObject):
    def __init__(self, context, make_window, ask_for_key, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.make_window = make_window  # () -> a shown main window
        self.ask_for_key = ask_for_key  # (paths) -> key or None
        self.window = None
        self.timer = QTimer(self)
        self.timer.setObjectName("auto_lock_timer")
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock_now)
        context.signals.preferences_changed.connect(self._on_signals_preferences_changed)
        QApplication.instance().installEventFilter(self)

    def start(self, window) -> None:
        self.window = window
        self.restart()

    def minutes(self) -> int:
        if not vault.is_locked(self.context.paths):
            return 0
        return read_setting(AUTOLOCK_MINUTES)

    def restart(self) -> None:
        minutes = self.minutes()
        if minutes > 0:
            self.timer.start(minutes * 60_000)
        else:
            self.timer.stop()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() in _INPUT_EVENTS and self.timer.isActive():
            self.timer.start()
        return False

    def _on_signals_preferences_changed(self, key: str) -> None:
        if key == AUTOLOCK_PREFERENCE:
            self.restart()

    def lock_now(self) -> bool:
        """Close everything; True once unlocked again (False: the app quits)."""
        app = QApplication.instance()
        app.setQuitOnLastWindowClosed(False)
        if self.window is not None:
            self.window.save_state()
            self.window.hide()
            self.window.deleteLater()  # every editor goes with it
            self.window = None
        session = self.context.session
        from resilience_desktop.ui.sync.runner import wait_until_idle

        wait_until_idle()  # a sync on its worker thread ends before the journal closes
        session.suspend()  # the key is forgotten; the writer lock stays ours
        log.info("auto-lock: journal closed")
        key = self.ask_for_key(self.context.paths)
        if key is None:
            app.quit()
            return False
        session.resume(key)
        self.window = self.make_window()
        app.setQuitOnLastWindowClosed(True)
        self.restart()
        return True
