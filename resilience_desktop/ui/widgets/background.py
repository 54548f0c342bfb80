"""Run long work on a worker thread behind a progress dialog; the window stays responsive.

``run_in_background(parent, title, work, on_done)`` calls ``work(progress)`` on
a QThreadPool thread. ``progress(done, total, what)`` (core/progress.py) moves
the dialog's bar and label; with ``cancellable=True`` the dialog has a Cancel
button and the next ``progress`` call raises ``Cancelled`` (the work then
leaves the before state). ``on_done(result)`` runs on the GUI thread; a
``UserFacingError`` goes to ``on_error(error)`` (default: a warning box); any
other error to the calm unexpected-error dialog (ui/error_dialog.py).

``run_quietly(parent, title, work, on_done, on_error)`` is the same without the
dialog, for work the window shows its own placeholder for (Insights' figures):
nothing is modal, and every error but a cancel goes to ``on_error(error)`` (the
unexpected ones logged first by type and place only, never their message).

Database use: each thread has its own connection (peewee); the worker's is
closed when the work ends (``core.session.close_thread_connection``). Work that
replaces the journal file (lock, unlock, restore) passes ``replaces_journal=session``:
the session closes the GUI thread's connection first (it reopens lazily on the new
file afterwards) and tells writers to wait until the work has ended
(``DataSession.begin_replacement`` / ``journal_is_being_replaced``). A sync running on
its worker thread (ui/sync/runner.py) is waited for first, without blocking: the dialog
says "Waiting for the sync to finish…" until it ends, then the work starts.
"""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from resilience_desktop.core.errors import UserFacingError
from resilience_desktop.core.progress import Cancelled
from resilience_desktop.core.session import close_thread_connection
from resilience_desktop.core.i18n import translate
from resilience_desktop.core.log import get_logger

log = get_logger(__name__)
# Tasks still running (kept referenced so Python does not collect them).
_running: set = set()
# Reads started while a replacement of the journal file waits or runs: they start once it
# has ended, on the new file.
_held_back: list = []


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
            close_thread_connection()
        finally:
            signal.emit(value)


class BackgroundTask(QObject):
    """One piece of work on the pool with its progress dialog."""

    finished = Signal()

    def __init__(self, parent, title: str, work, on_done, on_error=None,
                 cancellable: bool = False, replaces_journal=None, quiet: bool = False) -> None:
        # A quiet task belongs to no widget: it ends (and leaves _running) even when the
        # widget that asked for it is closed first; its on_done checks that widget.
        super().__init__(None if quiet else parent)
        self.parent_widget, self.title = parent, title
        self.on_done, self.on_error = on_done, on_error
        self.quiet = quiet
        self.cancel = threading.Event()
        self.signals = _Signals()
        self.dialog = None if quiet else self._make_dialog(cancellable)
        self.signals.progressed.connect(self._on_signals_progressed)
        self.signals.succeeded.connect(self._on_signals_succeeded)
        self.signals.failed.connect(self._on_signals_failed)
        self.replaces_journal = replaces_journal  # the DataSession whose file is replaced
        self.job = _Job(work, self.signals, self.cancel)

    def _make_dialog(self, cancellable: bool) -> QProgressDialog:
        dialog = QProgressDialog(translate("Resilience", self.title), translate("Resilience", "Cancel") if cancellable else None, 0, 0,
                                 self.parent_widget)
        dialog.setObjectName("progress_dialog")
        dialog.setAccessibleName(translate("Resilience", self.title))
        dialog.setWindowTitle(translate("Resilience", self.title))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)  # no flash for quick work
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if cancellable:
            dialog.canceled.connect(self._on_dialog_canceled)
        return dialog

    def start(self) -> BackgroundTask:
        if self.replaces_journal is None:
            if _replacement_pending():  # read the new file, once it is in place
                _held_back.append(self)
            else:
                QThreadPool.globalInstance().start(self.job)
            _running.add(self)
            return self
        _running.add(self)
        from resilience_desktop.ui.sync.runner import when_idle

        self.replaces_journal.begin_replacement()  # from now on no new sync starts
        if not when_idle(self._after_reads):
            self.dialog.setLabelText(translate("Resilience", "Waiting for the sync to finish…"))
            self.dialog.show()  # at once: the wait may be long (a first sync)
        return self

    def _after_reads(self) -> None:
        """After a running sync: wait for reads already on worker threads (Insights
        working out a period...), which hold the old file open (Windows cannot replace
        an open file; elsewhere they would read a file on its way out)."""
        reading = [task for task in _running
                   if task.replaces_journal is None and task not in _held_back]
        if reading:
            reading[0].finished.connect(self._after_reads, Qt.ConnectionType.SingleShotConnection)
            return
        self._start_replacing()

    def _start_replacing(self) -> None:
        """After a running sync ended (its thread's connection is closed): the work
        that replaces the journal file starts."""
        close_thread_connection()  # the window may have read the journal meanwhile
        if self.dialog is not None:
            self.dialog.setLabelText(translate("Resilience", self.title))
        QThreadPool.globalInstance().start(self.job)

    def _on_dialog_canceled(self) -> None:
        self.cancel.set()
        self.dialog.setLabelText(translate("Resilience", "Stopping…"))

    def _on_signals_progressed(self, done: int, total: int, what: str) -> None:
        if self.dialog is None:
            return
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)
        self.dialog.setLabelText(what)

    def _finish(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
        if self.replaces_journal is not None and self in _running:
            self.replaces_journal.end_replacement()
        _running.discard(self)
        if not _replacement_pending():
            _start_held_back()
        self.finished.emit()

    def _on_signals_succeeded(self, result) -> None:
        self._finish()
        self.on_done(result)

    def _on_signals_failed(self, error) -> None:
        self._finish()
        if isinstance(error, Cancelled):
            log.info("%s cancelled", self.title)
            return
        if self.quiet and self.on_error is not None:
            if not isinstance(error, UserFacingError):
                from resilience_desktop.ui.error_dialog import describe_for_log

                log.error("%s failed: %s", self.title, describe_for_log(error))
            self.on_error(error)
            return
        if isinstance(error, UserFacingError):
            if self.on_error is not None:
                self.on_error(error)
            else:
                QMessageBox.warning(self.parent_widget, translate("Resilience", self.title), str(error))
            return
        from resilience_desktop.ui.error_dialog import show_unexpected_error

        show_unexpected_error(error, self.title.lower().rstrip("…. "), self.parent_widget)


def run_in_background(parent, title: str, work, on_done, on_error=None,
                      cancellable: bool = False, replaces_journal=None) -> BackgroundTask:
    """Start work(progress) on a worker thread with a progress dialog; see the module doc."""
    return BackgroundTask(parent, title, work, on_done, on_error, cancellable,
                          replaces_journal).start()


def run_quietly(parent, title: str, work, on_done, on_error) -> BackgroundTask:
    """Start work(progress) on a worker thread without a dialog; see the module doc."""
    return BackgroundTask(parent, title, work, on_done, on_error, quiet=True).start()


def _replacement_pending() -> bool:
    return any(task.replaces_journal is not None for task in _running)


def _start_held_back() -> None:
    held = list(_held_back)
    _held_back.clear()
    for task in held:
        QThreadPool.globalInstance().start(task.job)


def idle() -> bool:
    """True when no background task is running (tests wait on this)."""
    return not _running


def end_all(timeout_ms: int = 10_000) -> bool:
    """At quit, before the journal closes: ask every running read to stop (work that
    reports progress stops at its next report; a lock, unlock or restore is never stopped
    half-way, it is waited for) and wait for the pool's threads. A quit
    while Insights was still working out a period closed the journal under its read, and
    its report then went to objects Python had already torn down: the process aborted
    ("Signal source has been deleted"). Reads held back for a replacement never start.
    False when a thread was still busy after timeout_ms."""
    _held_back.clear()
    for task in _running:
        if task.replaces_journal is None:
            task.cancel.set()
    return QThreadPool.globalInstance().waitForDone(timeout_ms)

