"""DraftAutosaver: decides when the draft is written.

``touch()`` on every keystroke restarts a 1 s quiet-period timer; a second
timer, started by the first unsaved keystroke and not restarted by the next
ones, saves at most 1.5 s after it while typing goes on. So every keystroke
is in the database within 1.5 s (plus one small write), and the promise
"within 2 seconds" holds with margin. ``flush()`` saves now if anything is
pending (focus loss, close). While the data session says the journal file is being
replaced (lock, unlock, restore on a worker thread) the write waits.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer

QUIET_MS = 1000
MAX_WAIT_MS = 1500
# What the README promises: a draft is in the database this soon after a keystroke.
PROMISED_MS = 2000


class DraftAutosaver(QObject):
    def __init__(self, save: Callable[[], bool], session, parent=None) -> None:
        super().__init__(parent)
        self._save = save
        self._session = session  # core.session.DataSession
        self._pending = False
        self.quiet_timer = QTimer(self)
        self.quiet_timer.setSingleShot(True)
        self.quiet_timer.setInterval(QUIET_MS)
        self.quiet_timer.timeout.connect(self.flush)
        self.max_wait_timer = QTimer(self)
        self.max_wait_timer.setSingleShot(True)
        self.max_wait_timer.setInterval(MAX_WAIT_MS)
        for timer in (self.quiet_timer, self.max_wait_timer):
            timer.setTimerType(Qt.TimerType.PreciseTimer)  # coarse timers may fire 5 % late
        self.max_wait_timer.timeout.connect(self.flush)

    def touch(self) -> None:
        self._pending = True
        self.quiet_timer.start()
        if not self.max_wait_timer.isActive():
            self.max_wait_timer.start()

    def cancel(self) -> None:
        """The draft was saved as an entry or discarded: nothing to write."""
        self._pending = False
        self.quiet_timer.stop()
        self.max_wait_timer.stop()

    def flush(self) -> None:
        if not self._pending:
            return
        if self._session.journal_is_being_replaced():  # lock/unlock/restore running: write after it
            self.quiet_timer.start()
            return
        self.quiet_timer.stop()
        self.max_wait_timer.stop()
        if self._save():
            self._pending = False
        else:  # could not write: try again shortly, keep the text pending
            self.quiet_timer.start()
