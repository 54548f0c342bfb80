"""The data session: the one owner of the journal's life (open, verify, migrate, close).

Two doors. ``open_writer`` takes the single-writer lock, finishes or rolls back
an interrupted transition (``core.transitions``), loads the key of a locked
journal, runs the health check (``core.health``) and opens read-write, then
migrates. ``open_reader`` (``core.session_reader``) opens read-only and changes
no byte of the data folder. Lock, unlock, passphrase change and restore are
methods of an open writer session (``core.session_changes``), so the window,
every command-line verb and auto-lock go through the same code. Qt-free.
"""

from __future__ import annotations

import logging
from typing import Callable

from resilience_desktop.core import vault
from resilience_desktop.core.data_folder import (ReadOnlyMediaError, refuse_read_only,
                                                 refuse_symlinks, unwritable_message)
from resilience_desktop.core.db import close_database, database, open_database
from resilience_desktop.core.errors import DatabaseDamagedError, UserFacingError
from resilience_desktop.core.files import make_private, make_private_dir
from resilience_desktop.core.health import APPLICATION_ID, NotAJournalError, check_journal
from resilience_desktop.core.migrations import MigrationReport, migrate_database
from resilience_desktop.core.session_changes import SessionChanges
from resilience_desktop.core.transitions import finish_or_roll_back, intent_path
from resilience_desktop.instance_lock import ALREADY_OPEN_MESSAGE, InstanceLock
from resilience_desktop.paths import AppPaths

log = logging.getLogger(__name__)

#: (session) -> the data key of a locked journal; raises JournalLockedError if none is given.
KeyProvider = Callable[["DataSession"], bytes]


class NoJournalError(UserFacingError):
    """The data folder holds no journal and this door does not create one."""


class AlreadyOpenError(UserFacingError):
    """Another process holds the writer lock."""


_active: "DataSession | None" = None


def active_session(paths: AppPaths | None = None) -> "DataSession":
    """The session open in this process (for these paths); services use it."""
    if _active is None or (paths is not None and _active.paths.data_dir != paths.data_dir):
        raise RuntimeError("no data session is open for this data folder")
    return _active


class DataSession(SessionChanges):
    def __init__(self, paths: AppPaths, key_provider: KeyProvider | None = None) -> None:
        self.paths = paths
        self.key_provider = key_provider
        self.key: bytes | None = None
        self.writer = False
        self.is_open = False
        self.created = False  # a new journal was made by this session
        self.damage: str | None = None  # why the journal was not opened (allow_damaged)
        self.finished: str | None = None  # what an interrupted transition came to
        self.report: MigrationReport | None = None
        self._lock: InstanceLock | None = None
        self._reader = None

    # ---- the writer door -------------------------------------------------
    def has_journal(self) -> bool:
        return self.paths.db_path.exists() or intent_path(self.paths).exists()

    def open_writer(self, key: bytes | None = None, create: bool = False,
                    allow_damaged: bool = False, take_lock: bool = True
                    ) -> MigrationReport | None:
        """Lock, finish transitions, verify, open read-write, migrate.

        With allow_damaged a damaged journal leaves the session holding the
        lock (and key) but not open, ``damage`` saying why: restore it then.
        """
        self.acquire(create, take_lock)
        try:
            self.key = key if key is not None else self._key_if_locked()
            self.verify_and_connect()
        except (DatabaseDamagedError, NotAJournalError) as error:
            if not allow_damaged:
                self.close()
                raise
            self.damage = str(error)
            return None
        except BaseException:
            self.close()
            raise
        return self.report

    def acquire(self, create: bool = False, take_lock: bool = True) -> None:
        """Take the writer lock and settle any interrupted transition.

        take_lock=False is for tests and scripts that own the folder outright
        (``core.startup.open_app_database``); the window and verbs always lock.
        """
        global _active
        refuse_symlinks(self.paths)
        if not create and not self.has_journal():
            raise NoJournalError(f"No journal in {self.paths.data_dir}.")
        try:
            for folder in (self.paths.data_dir, self.paths.backups_dir):
                make_private_dir(folder)
            refuse_read_only(self.paths)
            if take_lock:
                lock = InstanceLock(self.paths.lock_path)
                if not lock.acquire():
                    raise AlreadyOpenError(ALREADY_OPEN_MESSAGE)
                self._lock = lock
        except OSError as error:
            raise ReadOnlyMediaError(unwritable_message(self.paths.data_dir, error)) from error
        self.writer = True
        if _active is not None and _active is not self:
            _active.close()
        _active = self
        self.finished = finish_or_roll_back(self.paths)
        if not self.paths.db_path.exists():
            if not create:  # a restore into an empty folder, rolled back: empty again
                self.close()
                raise NoJournalError(f"No journal in {self.paths.data_dir}.")
            self._create_journal()

    def verify_and_connect(self, just_verified: bool = False) -> None:
        """Health check, then open read-write and migrate. just_verified: the file was
        put in place by a transition that ran a full integrity_check on it moments ago."""
        from resilience_desktop.core.startup import prefetched_result

        if not just_verified:
            result = prefetched_result(self.paths.db_path) if self.key is None else None
            check_journal(self.paths.db_path, self.key, result=result)
        self._connect(self.paths.db_path)

    def _connect(self, path) -> None:
        open_database(path, key=self.key)
        self.is_open = True
        self.report = migrate_database(self.paths.backups_dir)
        if database.pragma("application_id") != APPLICATION_ID:
            database.pragma("application_id", APPLICATION_ID)
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
        self.is_open = False
        remove_sidecars(fresh)
        fsync_file(fresh)
        replace_durably(fresh, self.paths.db_path)
        self.created = True
        log.info("new journal created")

    def _key_if_locked(self) -> bytes | None:
        from resilience_desktop.core import key_copies

        if not key_copies.needs_key(self.paths):
            return None
        lost = key_copies.vault_lost(self.paths)  # vault.json gone: a backup's copy opens it
        if not lost:
            vault.load_vault(self.paths)  # a damaged vault.json: a plain message, first
        if self.key_provider is None:
            raise vault.JournalLockedError(key_copies.LOST_MESSAGE if lost
                                           else vault.LOCKED_MESSAGE)
        return self.key_provider(self)

    # ---- the reader door -------------------------------------------------
    def open_reader(self, key: bytes | None = None) -> None:
        """Open read-only; never migrates, checkpoints or finishes anything."""
        global _active
        from resilience_desktop.core.session_reader import ReaderOpening

        refuse_symlinks(self.paths)
        if not self.paths.db_path.exists():
            raise NoJournalError(f"No journal in {self.paths.data_dir}.")
        self._reader = ReaderOpening(self.paths)
        try:
            self._reader.refuse_if_pending()
            self.key = key if key is not None else self._key_if_locked()
            self._reader.open(self.key)
        except BaseException:
            self._reader.close()
            self._reader = None
            raise
        self.is_open, self.writer = True, False
        if _active is not None and _active is not self:
            _active.close()
        _active = self

    # ---- closing ---------------------------------------------------------
    def close_connection(self) -> None:
        """Checkpoint (writer) and close the database; keep the lock and key."""
        real = database.obj
        if self.is_open and self.writer and real is not None and not real.is_closed():
            database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        close_database()
        self.is_open = False

    def close(self) -> None:
        global _active
        try:
            self.close_connection()
        finally:
            if self._reader is not None:
                self._reader.close()
                self._reader = None
            if self._lock is not None:
                self._lock.release()
                self._lock = None
            self.writer = False
            if _active is self:
                _active = None

    def __enter__(self) -> "DataSession":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
