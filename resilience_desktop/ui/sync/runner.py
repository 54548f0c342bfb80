"""Run one sync on a worker thread (never on the GUI thread) and report back by signals.

Unlike ui/widgets/background.py there is no modal progress dialog: sync on open, on
close and on a folder change happens while the person writes; the status line says
"Syncing…". One sync at a time: a request while one runs is remembered and runs once
more afterwards (the folder may have changed meanwhile). The worker's connection to
the journal is closed when its work ends (``close_thread_connection``), before the
GUI thread hears of the end.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from resilience_desktop.core.session import close_thread_connection
from resilience_desktop.core.log import get_logger

log = get_logger(__name__)
# Jobs still running (kept referenced; ``wait_until_idle`` waits for them).
_running: set = set()
_done = threading.Condition()
# GUI thread only: jobs whose end the GUI thread has not heard yet, and what waits for
# the last of them (``when_idle``).
_unheard: list = []
_when_idle: list = []


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    ended = Signal()  # after succeeded/failed: for ``when_idle``


class _Job(QRunnable):
    def __init__(self, work, signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.work, self.signals = work, signals

    def run(self) -> None:
        try:
            result = self.work()
        except BaseException as error:  # noqa: BLE001 - reported on the GUI thread
            signal, value = self.signals.failed, error
        else:
            signal, value = self.signals.succeeded, result
        try:
            close_thread_connection()
        finally:
            with _done:
                _running.discard(self)
                _done.notify_all()
            try:
                signal.emit(value)
            finally:
                self.signals.ended.emit()


class SyncRunner(QObject):
    """Starts work() on the pool; ``succeeded(result)`` / ``failed(error)`` on the GUI thread."""

    started = Signal()
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._signals = _Signals()  # no parent: outlives this runner if the window goes
        self._signals.succeeded.connect(self._on_succeeded)
        self._signals.failed.connect(self._on_failed)
        self._signals.ended.connect(_hearer().heard)
        self.running = False

    def start(self, work) -> bool:
        """False (nothing started) while a sync runs."""
        if self.running:
            return False
        self.running = True
        job = _Job(work, self._signals)
        with _done:
            _running.add(job)
        _unheard.append(job)
        self.started.emit()
        QThreadPool.globalInstance().start(job)
        return True

    def _on_succeeded(self, result) -> None:
        self.running = False
        self.succeeded.emit(result)

    def _on_failed(self, error) -> None:
        self.running = False
        self.failed.emit(error)


def when_idle(callback) -> bool:
    """Call callback() on the GUI thread once no sync runs and the window has heard how
    the last one ended (at once, returning True, when none runs). Without blocking:
    work that replaces the journal file waits this way for a running sync."""
    if not _unheard:
        callback()
        return True
    _when_idle.append(callback)
    return False


class _Hearer(QObject):
    """Lives on the GUI thread for the whole run (a window and its runner may go first)."""

    @Slot()
    def heard(self) -> None:
        if _unheard:
            _unheard.pop(0)
        if _unheard:
            return
        callbacks = list(_when_idle)
        _when_idle.clear()
        for callback in callbacks:
            callback()


_HEARER: list[_Hearer] = []


def _hearer() -> _Hearer:
    if not _HEARER:
        _HEARER.append(_Hearer())
    return _HEARER[0]


def wait_until_idle(timeout: float | None = None) -> bool:
    """Block until no sync job runs (quitting: the journal is closed after this)."""
    with _done:
        return _done.wait_for(lambda: not _running, timeout)


def idle() -> bool:
    return not _running
