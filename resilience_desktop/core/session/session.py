"""DataSession: the one owner of the journal's life (open, verify, migrate, change, close).

Two doors. ``open_writer`` takes the single-writer lock, finishes or rolls back an
interrupted transition (``core.transitions``), loads the key of a locked journal,
runs the health check (``core.health``), opens read-write and migrates.
``open_reader`` (``reader.ReaderOpening``) opens read-only and changes no byte of
the data folder. Lock, unlock, passphrase change and restore are methods of an open
writer session (their bodies are in ``changes.py``), so the window, every verb and
auto-lock go through the same code. Its state is one ``SessionState`` (state.py),
moved only through the table there.

The session is passed explicitly: the window's ``AppContext`` holds it, each verb
opens its own (``cli/common.opened_data``). Nothing looks it up. The models bind to
one database handle per process (core/db.py), so one process has at most one open
session: a second one is refused (``SessionBusyError``), the first is never closed
behind its back. Only this package opens or closes connections. Qt-free.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any
from collections.abc import Callable

from resilience_desktop.core import vault
from resilience_desktop.core.data_folder import (ReadOnlyMediaError, refuse_read_only,
                                                 refuse_symlinks, unwritable_message)
from resilience_desktop.core.db import close_database, database, open_database
from resilience_desktop.core.errors import DatabaseDamagedError, UserFacingError
from resilience_desktop.core.files import make_private, make_private_dir
from resilience_desktop.core.check_record import write_record
from resilience_desktop.core.health import APPLICATION_ID, NotAJournalError, check_for_writer
from resilience_desktop.core.migrations import MigrationReport, migrate_database
from resilience_desktop.core.progress import Progress
from resilience_desktop.core.session import changes
from resilience_desktop.core.session.reader import NoJournalError
from resilience_desktop.core.session.state import (WRITER_STATES, SessionBusyError,
                                                   SessionState, SessionStateError, check_move)
from resilience_desktop.core.transitions import finish_or_roll_back, intent_path
from resilience_desktop.instance_lock import ALREADY_OPEN_MESSAGE, InstanceLock
from resilience_desktop.paths import AppPaths
from resilience_desktop.core.i18n import translate
from resilience_desktop.core.log import get_logger

log = get_logger(__name__)

# (session) -> the data key of a locked journal; raises JournalLockedError if none is given.
KeyProvider = Callable[["DataSession"], bytes]

S = SessionState


class AlreadyOpenError(UserFacingError):
    """Another process holds the writer lock."""


# The session whose connection the models' handle is bound to (a guard, never a lookup).
_bound: DataSession | None = None


def _claim_binding(session: DataSession) -> None:
    global _bound
    if _bound is not None and _bound is not session and _bound.state is not S.CLOSED:
        raise SessionBusyError(f"a data session for {_bound.paths.data_dir} is already open "
                               "in this process; close it before opening another")
    _bound = session


def _release_binding(session: DataSession) -> None:
    global _bound
    if _bound is session:
        _bound = None


def close_thread_connection() -> None:
    """Close this thread's connection to the journal only (a worker thread's, when its
    work ends). The session stays open; another thread's use reopens its own."""
    real = database.obj
    if real is not None and not real.is_closed():
        real.close()


class DataSession:
    def __init__(self, paths: AppPaths, key_provider: KeyProvider | None = None) -> None:
        self.paths = paths
        self.key_provider = key_provider
        self.key: bytes | None = None
        self.state = S.CLOSED
        self.created = False  # a new journal was made by this session
        self.damage: str | None = None  # why the journal was not opened (DAMAGED)
        self.finished: str | None = None  # what an interrupted transition came to
        self.report: MigrationReport | None = None
        self._lock: InstanceLock | None = None
        self._reader: Any = None  # reader.ReaderOpening while READING
        self._replacements = 0  # work that will replace the journal file, announced

    # ---- state -------------------------------------------------------------
    def _move(self, to: SessionState) -> None:
        check_move(self.state, to)
        self.state = to

    def _require(self, *states: SessionState) -> None:
        if self.state not in states:
            raise SessionStateError(f"this needs the data session "
                                    f"{' or '.join(s.name for s in states)}, not {self.state.name}")

    @property
    def writer(self) -> bool:
        """Whether this session holds the single-writer lock (the writer door)."""
        return self.state in WRITER_STATES

    @property
    def is_open(self) -> bool:
        """Whether services may use the journal now (OPEN or READING)."""
        return self.state in (S.OPEN, S.READING)

    # ---- the writer door -----------------------------------------------------
    def has_journal(self) -> bool:
        return self.paths.db_path.exists() or intent_path(self.paths).exists()

    def open_writer(self, key: bytes | None = None, create: bool = False,
                    allow_damaged: bool = False, take_lock: bool = True
                    ) -> MigrationReport | None:
        """Lock, finish transitions, verify, open read-write, migrate.

        With allow_damaged a damaged journal leaves the session DAMAGED, holding the
        lock (and key) but not open, ``damage`` saying why: restore it then.
        take_lock=False is for tests and scripts that own the folder outright.
        """
        self._require(S.CLOSED)
        _claim_binding(self)
        self._acquire(create, take_lock)
        try:
            self.key = key if key is not None else self.key_if_locked()
            self._verify_and_connect()
        except (DatabaseDamagedError, NotAJournalError) as error:
            if not allow_damaged:
                self.close()
                raise
            self.damage = str(error)
            self._move(S.DAMAGED)
            return None
        except BaseException:
            self.close()
            raise
        return self.report

    def _acquire(self, create: bool, take_lock: bool) -> None:
        """Take the writer lock and settle any interrupted transition (-> HELD)."""
        try:
            refuse_symlinks(self.paths)
            if not create and not self.has_journal():
                raise NoJournalError(translate("Resilience", "No journal in {data_dir}.").format(data_dir=self.paths.data_dir))
            self._take_lock(take_lock)
        except BaseException:
            _release_binding(self)
            raise
        self._move(S.HELD)
        self.finished = finish_or_roll_back(self.paths)
        if not self.paths.db_path.exists():
            if not create:  # a restore into an empty folder, rolled back: empty again
                self.close()
                raise NoJournalError(translate("Resilience", "No journal in {data_dir}.").format(data_dir=self.paths.data_dir))
            self._create_journal()

    def _take_lock(self, take_lock: bool) -> None:
        try:
            for folder in (self.paths.data_dir, self.paths.backups_dir):
                make_private_dir(folder)
            refuse_read_only(self.paths)
            if take_lock:
                lock = InstanceLock(self.paths.lock_path)
                if not lock.acquire():
                    raise AlreadyOpenError(translate("Resilience", ALREADY_OPEN_MESSAGE))
                self._lock = lock
        except OSError as error:
            raise ReadOnlyMediaError(unwritable_message(self.paths.data_dir, error)) from error

    def _verify_and_connect(self, just_verified: bool = False) -> None:
        """Cheap health check, then open read-write and migrate (-> OPEN). just_verified:
        the file was put in place by a transition that ran a full integrity_check on it
        (recorded as the day's full check)."""
        from resilience_desktop.core.startup import prefetched_result

        if just_verified:
            write_record(self.paths.db_path, True, "ok")
        else:
            result = prefetched_result(self.paths.db_path) if self.key is None else None
            check_for_writer(self.paths.db_path, self.key, result)
        self._connect(self.paths.db_path)
        self._move(S.OPEN)

    def _connect(self, path: Path) -> None:
        open_database(path, key=self.key)
        try:
            self.report = migrate_database(self.paths.backups_dir)
            if database.pragma("application_id") != APPLICATION_ID:
                database.pragma("application_id", APPLICATION_ID)
        except BaseException:
            close_database()
            raise
        make_private(path)

    def _create_journal(self) -> None:
        """A new journal is built as ``*.new`` and renamed into place when whole."""
        from resilience_desktop.core.files import fsync_file, replace_durably
        from resilience_desktop.core.transitions import remove_sidecars

        fresh = self.paths.db_path.with_name(self.paths.db_path.name + ".new")
        fresh.unlink(missing_ok=True)
        remove_sidecars(fresh)
        self.key = None
        self._connect(fresh)
        database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        close_database()
        remove_sidecars(fresh)
        fsync_file(fresh)
        replace_durably(fresh, self.paths.db_path)
        self.created = True
        log.info("new journal created")

    def key_if_locked(self) -> bytes | None:
        """None for a plain journal; a locked one's data key from the key provider."""
        from resilience_desktop.core import key_copies

        if not key_copies.needs_key(self.paths):
            return None
        lost = key_copies.vault_lost(self.paths)  # vault.json gone: a backup's copy opens it
        if not lost:
            vault.load_vault(self.paths)  # a damaged vault.json: a plain message, first
        if self.key_provider is None:
            raise vault.JournalLockedError(translate("Resilience", key_copies.LOST_MESSAGE if lost
                                                     else vault.LOCKED_MESSAGE))
        return self.key_provider(self)

    # ---- the reader door -------------------------------------------------------
    def open_reader(self, key: bytes | None = None) -> None:
        """Open read-only (-> READING); never migrates, checkpoints or finishes anything."""
        from resilience_desktop.core.session.reader import ReaderOpening

        self._require(S.CLOSED)
        _claim_binding(self)
        self._reader = ReaderOpening(self.paths)
        try:
            refuse_symlinks(self.paths)
            if not self.paths.db_path.exists():
                raise NoJournalError(translate("Resilience", "No journal in {data_dir}.").format(data_dir=self.paths.data_dir))
            self._reader.refuse_if_pending()
            self.key = key if key is not None else self.key_if_locked()
            self._reader.open(self.key)
        except BaseException:
            self._reader.close()
            self._reader = None
            _release_binding(self)
            raise
        self._move(S.READING)

    # ---- what an open writer does (bodies in changes.py) ---------------------
    def backup(self, kind: str = "manual", progress: Progress | None = None) -> Path:
        """A verified backup of the open journal, then rotation."""
        self._require(S.OPEN)
        return changes.backup(self, kind, progress)

    def daily_maintenance(self, today: date | None = None) -> Path | None:
        """The day's full quick_check, recorded (core/check_record.py), then the automatic
        backup (at most one a day) and rotation. A failed check makes no backup: it
        closes the journal (-> DAMAGED, ``damage`` says why) and raises
        DatabaseDamagedError."""
        self._require(S.OPEN)
        failure = changes.daily_check(self, today)
        if failure is not None:
            self._disconnect()
            self.damage = failure
            self._move(S.DAMAGED)
            raise DatabaseDamagedError(failure)
        return changes.daily_backup(self, today)

    def lock(self, passphrase: str, progress: Progress | None = None) -> str:
        """Encrypt the journal and every copy; returns the recovery key (show it once)."""
        self._require(S.OPEN)
        return changes.lock(self, passphrase, progress)

    def unlock(self, passphrase: str, progress: Progress | None = None) -> None:
        """Decrypt the journal and every copy, then retire the key."""
        self._require(S.OPEN)
        changes.unlock(self, passphrase, progress)

    def change_passphrase(self, current: str, new: str, with_recovery_key: bool = False) -> None:
        """Re-wrap the data key (current may be the recovery key); one atomic file write.
        Needs no open journal (the unlock dialog uses it before opening)."""
        changes.change_passphrase(self.paths, current, new, with_recovery_key)

    def restore(self, source: Path, progress: Progress | None = None) -> Path:
        """Replace the journal with a verified copy of source; returns where the journal
        as it was is kept (a before-restore backup or a damaged-* folder)."""
        self._require(S.OPEN, S.DAMAGED)
        return changes.restore(self, Path(source), progress)

    # ---- used by changes.py: closed while files are replaced, then reopened ----
    def begin_change(self) -> None:
        """Checkpoint and close the journal (-> CHANGING); lock and key are kept."""
        self._disconnect()
        self._move(S.CHANGING)

    def end_change(self, key: bytes | None, just_verified: bool = True) -> None:
        """Open the journal the change left (-> OPEN)."""
        self.key = key
        self._verify_and_connect(just_verified=just_verified)
        self.damage = None

    def change_failed(self, error: BaseException) -> None:
        """The reopening after a failed change failed too (-> DAMAGED)."""
        self.damage = str(error)
        self._move(S.DAMAGED)

    # ---- work on another thread that replaces the journal file ----------------
    def begin_replacement(self) -> None:
        """Called on the thread that uses the journal (the GUI thread) before lock,
        unlock or restore runs elsewhere: closes this thread's connection (reopened
        lazily on the new file afterwards); writes wait until ``end_replacement``."""
        close_thread_connection()
        self._replacements += 1

    def end_replacement(self) -> None:
        self._replacements = max(0, self._replacements - 1)

    def journal_is_being_replaced(self) -> bool:
        """True from begin_replacement to end_replacement and while CHANGING: writes from
        the GUI thread (a draft's autosave) wait, or they would go to the old file."""
        return self._replacements > 0 or self.state is S.CHANGING

    # ---- auto-lock -------------------------------------------------------------
    def suspend(self) -> None:
        """Close the journal and forget the key (-> SUSPENDED); the writer lock stays."""
        self._require(S.OPEN)
        self._disconnect()
        self.key = None
        self._move(S.SUSPENDED)
        log.info("journal closed (suspended)")

    def resume(self, key: bytes | None) -> None:
        """Reopen after suspend() with the key just asked for (-> OPEN)."""
        self._require(S.SUSPENDED)
        self.key = key
        try:
            self._verify_and_connect()
        except UserFacingError:
            close_database()
            self.key = None
            raise

    # ---- closing -----------------------------------------------------------------
    def _disconnect(self) -> None:
        """Checkpoint (writer, open) and close the database."""
        real = database.obj
        if self.state is S.OPEN and real is not None and not real.is_closed():
            database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        close_database()

    def close(self) -> None:
        """Close everything this session holds (-> CLOSED); safe to call twice."""
        if self.state is S.CLOSED:
            return
        try:
            if self.state in (S.OPEN, S.READING, S.HELD):
                self._disconnect()
        finally:
            if self._reader is not None:
                self._reader.close()
                self._reader = None
            if self._lock is not None:
                self._lock.release()
                self._lock = None
            self._move(S.CLOSED)
            _release_binding(self)

    def __enter__(self) -> DataSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
