"""Run long work on a worker thread behind a progress dialog; the window stays responsive.

``run_in_background(parent, title, work, on_done)`` calls ``work(progress)`` on
a QThreadPool thread. ``progress(done, total, what)`` (core/progress.py) moves
the dialog's bar and label; with ``cancellable=True`` the dialog has a Cancel
button and the next ``progress`` call raises ``Cancelled`` (the work then
leaves the before state). ``on_done(result)`` runs on the GUI thread; a
``UserFacingError`` goes to ``on_error(error)`` (default: a warning box); any
other error to the calm unexpected-error dialog (ui/error_dialog.py).

Database use: each thread has its own connection (peewee); the worker's is
closed when the work ends. Work that replaces the journal file (lock,
unlock, restore) passes ``closes_journal=True`` so the GUI thread's
connection is closed first and reopens lazily on the new file afterwards.
"""

from __future__ import annotations

import logging
import threading
import time

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from resilience_desktop.core.errors import UserFacingError
from resilience_desktop.core.progress import Cancelled

log = logging.getLogger(__name__)
#: Tasks still running (kept referenced so Python does not collect them).
_running: set = set()
#: Running tasks that replace the journal file (lock, unlock, restore).
_replacing: set = set()


class _Signals(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work, signals: _Signals, cancel: threading.Event) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.work, self.signals, self.cancel = work, signals, cancel
        self.last_emit, self.last_what = 0.0, None

    def progress(self, done: int, total: int, what: str) -> None:
        """Called by the work on the worker thread; at most ~30 updates a second."""
        if self.cancel.is_set():
            raise Cancelled()
        now = time.monotonic()
        if now - self.last_emit < 0.03 and what == self.last_what and done < total:
            return
        self.last_emit, self.last_what = now, what
        self.signals.progressed.emit(int(done), int(total), str(what))

    def run(self) -> None:
        try:
            result = self.work(self.progress)
        except BaseException as error:  # noqa: BLE001 - reported on the GUI thread
            signal, value = self.signals.failed, error
        else:
            signal, value = self.signals.succeeded, result
        # Closed before the GUI thread hears of the end: nothing of this thread's
        # connection (a checkpoint on close) may happen after the work is reported done.
        try:
            _close_thread_connection()
        finally:
            signal.emit(value)


def _close_thread_connection() -> None:
    from resilience_desktop.core.db import database

    real = database.obj
    if real is not None and not real.is_closed():
        real.close()  # this thread's connection only


class BackgroundTask(QObject):
    """One piece of work on the pool with its progress dialog."""

    finished = Signal()

    def __init__(self, parent, title: str, work, on_done, on_error=None,
                 cancellable: bool = False, closes_journal: bool = False) -> None:
        super().__init__(parent)
        self.parent_widget, self.title = parent, title
        self.on_done, self.on_error = on_done, on_error
        self.cancel = threading.Event()
        self.signals = _Signals()
        self.dialog = self._make_dialog(cancellable)
        self.signals.progressed.connect(self._on_signals_progressed)
        self.signals.succeeded.connect(self._on_signals_succeeded)
        self.signals.failed.connect(self._on_signals_failed)
        if closes_journal:
            from resilience_desktop.core.db import close_database

            close_database()  # the GUI thread's connection; reopened lazily afterwards
        self.closes_journal = closes_journal
        self.job = _Job(work, self.signals, self.cancel)

    def _make_dialog(self, cancellable: bool) -> QProgressDialog:
        dialog = QProgressDialog(self.title, "Cancel" if cancellable else None, 0, 0,
                                 self.parent_widget)
        dialog.setObjectName("progress_dialog")
        dialog.setAccessibleName(self.title)
        dialog.setWindowTitle(self.title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)  # no flash for quick work
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if cancellable:
            dialog.canceled.connect(self._on_dialog_canceled)
        return dialog

    def start(self) -> "BackgroundTask":
        _running.add(self)
        if self.closes_journal:
            _replacing.add(self)
        QThreadPool.globalInstance().start(self.job)
        return self

    def _on_dialog_canceled(self) -> None:
        self.cancel.set()
        self.dialog.setLabelText("Stopping…")

    def _on_signals_progressed(self, done: int, total: int, what: str) -> None:
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)
        self.dialog.setLabelText(what)

    def _finish(self) -> None:
        self.dialog.close()
        _running.discard(self)
        _replacing.discard(self)
        self.finished.emit()

    def _on_signals_succeeded(self, result) -> None:
        self._finish()
        self.on_done(result)

    def _on_signals_failed(self, error) -> None:
        self._finish()
        if isinstance(error, Cancelled):
            log.info("%s cancelled", self.title)
            return
        if isinstance(error, UserFacingError):
            if self.on_error is not None:
                self.on_error(error)
            else:
                QMessageBox.warning(self.parent_widget, self.title, str(error))
            return
        from resilience_desktop.ui.error_dialog import show_unexpected_error

        show_unexpected_error(error, self.title.lower().rstrip("…. "), self.parent_widget)


def run_in_background(parent, title: str, work, on_done, on_error=None,
                      cancellable: bool = False, closes_journal: bool = False) -> BackgroundTask:
    """Start work(progress) on a worker thread with a progress dialog; see the module doc."""
    return BackgroundTask(parent, title, work, on_done, on_error, cancellable,
                          closes_journal).start()


def idle() -> bool:
    """True when no background task is running (tests wait on this)."""
    return not _running


def journal_is_being_replaced() -> bool:
    """True while a lock, unlock or restore runs: GUI-thread writes (a draft's
    autosave) must wait, or they would go to the file being replaced."""
    return bool(_replacing)
