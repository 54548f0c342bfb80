"""When the window syncs, and the status-bar line that says how it went (issue 18).

Sync runs on open (``start``), on close (``sync_before_close``) and when the sync
folder changes: a QFileSystemWatcher (inotify on Linux, no polling) on the folder, its
``devices/`` and ``inbox/`` folders and every *other* computer's folders, debounced by
a single-shot timer that only runs after a change. This computer's own folder is not
watched, so its own writes do not wake it. Idle with nothing changing, no timer runs:
0 CPU. The line shows an absolute time ("Synced 14:32") so it is never stale and
needs no timer to refresh. The work itself runs on a worker thread (runner.py) and
goes through services/sync/setup.py only.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from resilience_desktop.core import clock
from resilience_desktop.core.errors import UserFacingError
from resilience_desktop.core.i18n import translate
from resilience_desktop.services.dates import format_day_time
from resilience_desktop.services.sync.chosen import chosen_folder
from resilience_desktop.ui.sync.report_text import status_text
from resilience_desktop.ui.sync.runner import SyncRunner
from resilience_desktop.core.log import get_logger

log = get_logger(__name__)
# Files arrive in bursts (a sync tool writes a segment, then a manifest): wait this long
# after the last change before syncing.
DEBOUNCE_MS = 1500


def listing(place: str) -> tuple:
    """What a watched folder holds: names, and each file's size and time. A folder's own
    time is left out (this computer's writes change its folder's time inside
    ``devices/``), so only another writer's change differs."""
    try:
        with os.scandir(place) as found:
            return tuple(sorted((entry.name, None if entry.is_dir() else entry.stat().st_size,
                                 None if entry.is_dir() else entry.stat().st_mtime_ns)
                                for entry in found))
    except OSError:
        return ()


def nearest_existing(folder: Path) -> str | None:
    """The closest folder above a missing one that exists (where it would appear)."""
    for parent in folder.parents:
        if parent.is_dir():
            return str(parent)
    return None


def when_text(ms: int) -> str:
    moment = datetime.fromtimestamp(ms / 1000)
    return f"{moment:%H:%M}" if moment.date() == clock.today() else format_day_time(moment)


def _setup():
    """services/sync/setup.py, loaded once this journal syncs: a journal that does not
    sync never loads it (the folder is read through services/sync/chosen.py)."""
    from resilience_desktop.services.sync import setup

    return setup


def _watched_places(folder: Path) -> list[Path]:
    """The sync folder, its devices and inbox folders, and every other computer's folder
    and segments: where a change for this computer appears."""
    own = _setup().own_device()
    places = [folder, folder / "devices", folder / "inbox"]
    for device in sorted((folder / "devices").glob("*")):
        if device.name != own and device.is_dir():
            places += [device, device / "segments"]
    return places


class SyncController(QObject):
    finished = Signal(object)  # the SyncReport
    failed = Signal(object)  # the error
    busy_changed = Signal(bool)
    review_requested = Signal()  # the status line's "edits to review" link

    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.label = QLabel()
        self.label.setObjectName("sync_status_label")
        self.label.setAccessibleName(translate("Resilience", "Sync status"))
        self.label.linkActivated.connect(self._on_label_link_activated)
        self.label.hide()  # the main window puts it into its status bar
        self.runner = SyncRunner(self)
        self.runner.succeeded.connect(self._on_runner_succeeded)
        self.runner.failed.connect(self._on_runner_failed)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._on_folder_changed)
        self.watcher.fileChanged.connect(self._on_folder_changed)
        self.debounce = QTimer(self)
        self.debounce.setObjectName("sync_debounce_timer")
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.sync_now)
        self.started = False
        self.again = False  # the folder changed while a sync ran
        self._after: list = []  # callbacks for the end of the running sync
        self._seen: dict[str, tuple] = {}  # watched folder -> its listing at the last look
        self.waiting_in: str | None = None  # the parent watched for a missing folder
        self.last_report = None  # the SyncReport of this session's last sync
        self.show_idle_status()  # the line as the last sync left it, before any sync

    # -- starting and stopping --------------------------------------------------
    def start(self) -> None:
        """Sync once now and watch the folder from then on (interactive windows only)."""
        self.started = True
        self.show_idle_status()
        self.sync_now()

    def folder(self) -> Path | None:
        return chosen_folder()

    def stop_watching(self) -> None:
        self.debounce.stop()
        self.waiting_in = None
        paths = self.watcher.directories() + self.watcher.files()
        if paths:
            self.watcher.removePaths(paths)

    def watch(self) -> None:
        """Watch the folder and the places other computers write to (again after each
        sync: a new computer adds a folder). A folder that is not there (an unplugged
        stick, a Syncthing folder not made yet): watch its nearest existing parent."""
        self.stop_watching()
        folder = self.folder()
        if folder is None or not self.started:
            return
        if not folder.is_dir():
            self.waiting_in = nearest_existing(folder)
            if self.waiting_in is not None:
                self.watcher.addPath(self.waiting_in)
            return
        existing = [str(place) for place in _watched_places(folder) if place.is_dir()]
        self._seen = {place: listing(place) for place in existing}
        if existing:
            self.watcher.addPaths(existing)

    def _on_folder_changed(self, path: str) -> None:
        if path == self.waiting_in:
            self._on_parent_changed()
            return
        now = listing(path)
        if now == self._seen.get(path):
            return  # only a folder's time changed (this computer's own writes)
        self._seen[path] = now
        if self.runner.running:
            self.again = True
        else:
            self.debounce.start()

    def _on_parent_changed(self) -> None:
        """The parent the missing folder would appear in changed: the folder (or a
        folder on its way) may be there now."""
        folder = self.folder()
        if folder is None or (not folder.is_dir()
                              and nearest_existing(folder) == self.waiting_in):
            return  # something else changed there
        self.watch()  # the folder itself, or the next parent down (or up)
        if not folder.is_dir():
            return
        if self.runner.running:
            self.again = True
        else:
            self.debounce.start()  # debounced: its files may still be arriving

    # -- syncing -------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.runner.running

    def sync_now(self, secret: str | None = None, name: str | None = None,
                 folder: Path | None = None) -> bool:
        """Start a sync on the worker thread; False when there is nothing to sync with,
        the journal is closed or being replaced, or one already runs."""
        folder = folder or self.folder()
        session = self.context.session
        if folder is None or not session.is_open or session.journal_is_being_replaced():
            return False
        if self.runner.running:
            self.again = True
            return False
        self.debounce.stop()
        self.label.show()
        self.label.setText(translate("Resilience", "Syncing…"))
        self.label.setToolTip(str(folder))
        self.runner.start(lambda: _setup().sync_now(folder, secret, name))
        self.busy_changed.emit(True)
        return True

    def _on_runner_succeeded(self, report) -> None:
        self.last_report = report
        if report.received:
            self.context.signals.data_replaced.emit()
        self.show_idle_status()
        self._ended()
        self.finished.emit(report)

    def _on_runner_failed(self, error) -> None:
        if isinstance(error, _setup().FolderUnreachable):
            self.label.setText(translate("Resilience", "Sync folder unreachable"))
        elif isinstance(error, UserFacingError):
            self.label.setText(translate("Resilience", "Sync stopped: see File → Sync…"))
        else:
            log.error("sync failed: %s", type(error).__name__, exc_info=error)
            self.label.setText(translate("Resilience", "Sync failed (the log has details)"))
        self.label.setToolTip(str(error) if isinstance(error, UserFacingError) else "")
        self._ended()
        self.failed.emit(error)

    def _ended(self) -> None:
        self.busy_changed.emit(False)
        after, self._after = self._after, []
        for callback in after:
            callback()
        if after:
            return  # closing: no more syncs
        self.watch()
        if self.again:
            self.again = False
            self.debounce.start()

    # -- the status line ---------------------------------------------------------
    def show_idle_status(self) -> None:
        folder = self.folder()
        if folder is None:
            self.label.hide()
            return
        self.label.show()
        self.label.setToolTip(str(folder))
        if not _setup().reachable(folder):
            self.label.setText(translate("Resilience", "Sync folder unreachable"))
            return
        last = _setup().last_sync_ms()
        if last and self.last_report is not None:
            text = status_text(self.last_report, when_text(last))
        elif last:
            text = translate("Resilience", "Synced {when}").format(when=when_text(last))
        else:
            text = translate("Resilience", "Not synced yet")
        waiting = _setup().to_review()
        if waiting:
            text += " · <a href='review'>" + translate(
                "Resilience", "%n edits to review", "%n edit to review", waiting) + "</a>"
        self.label.setText(text)

    def _on_label_link_activated(self, _link: str) -> None:
        self.review_requested.emit()
        self.show_idle_status()

    # -- closing -------------------------------------------------------------------
    def sync_before_close(self, then) -> bool:
        """On close: True when the window may close now; otherwise a last sync runs
        and ``then()`` is called when it ends (whatever its outcome)."""
        if not self.started:
            return True
        self.started = False  # no further syncs from the watcher
        self.stop_watching()
        if self.runner.running:
            self._after.append(then)
            return False
        if not self.sync_now():
            return True
        self._after.append(then)
        return False
