"""The reader door: open a journal read-only and change no byte of what it holds.

Readers (search, check, export, summary) never migrate, finish an interrupted
transition or log into the data folder, and they never copy journal content
outside the data folder. A clean journal is opened ``mode=ro`` in place (on
read-only media as SQLite's ``immutable``, see ``core/data_folder.cannot_change``).

Crash leftovers (a -wal/-shm or a hot -journal) with no Resilience process holding
the folder (the window ended by a signal, a killed reader or writer):

* writable folder: the reader takes the writer lock for a moment and *folds them
  back*, exactly as the next writer open would: health check first (on a copy kept
  inside the data folder, ``core/health.private_copy``), then one read-write open
  that replays the -wal (or rolls back the hot -journal) and removes the sidecars.
  The journal's content is unchanged; its bytes now hold what the -wal held. A
  missing or foreign -wal is refused before anything (``integrity.wal_problem``);
* read-only media: read in place ``mode=ro`` (SQLite keeps the -wal's index in
  memory when the -shm cannot be written); a -wal with changes but no -shm, or a
  hot -journal, cannot be read there: a plain message says to copy the folder.

When a writer holds the lock, its -wal/-shm are live: the reader reads in place.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from resilience_desktop.core.data_folder import is_read_only, refuse_symlinks
from resilience_desktop.core.errors import DatabaseDamagedError, UserFacingError
from resilience_desktop.core.files import ROLLBACK_JOURNAL, SHM, WAL, side_file, sidecars
from resilience_desktop.core.health import check_for_reader, check_journal, open_for_reader
from resilience_desktop.core.integrity import CheckResult, connect_file, driver_errors, wal_problem
from resilience_desktop.core.schema_version import latest_version
from resilience_desktop.core.transitions import pending_description
from resilience_desktop.instance_lock import InstanceLock, is_held_elsewhere, is_held_here
from resilience_desktop.core.i18n import translate
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from resilience_desktop.paths import AppPaths

# A -wal no longer than its header holds no change.
WAL_HEADER_BYTES = 32


class NoJournalError(UserFacingError):
    """The data folder holds no journal and this door does not create one."""


def refuse_missing_journal(paths: AppPaths) -> None:
    if not paths.db_path.exists():
        raise NoJournalError(translate("Resilience", "No journal in {data_dir}.").format(data_dir=paths.data_dir))


class PendingTransitionError(UserFacingError):
    """A transition must be finished by a writer before this journal can be read."""


class UnreadableLeftoversError(UserFacingError):
    """Crash leftovers on read-only media that SQLite cannot read there."""


def wal_has_changes(db: Path) -> bool:
    wal = side_file(db, WAL)
    return wal.exists() and wal.stat().st_size > WAL_HEADER_BYTES


def refuse_older_schema(result: CheckResult) -> None:
    """A reader never migrates: a journal behind the current schema is refused."""
    if (result.user_version or 0) < latest_version():
        raise PendingTransitionError(translate("Resilience", "This journal was saved by an older version and must be "
                                     "updated: open Resilience once. Nothing was changed."))


class ReaderOpening:
    def __init__(self, paths: AppPaths) -> None:
        self.paths = paths
        self.snapshot_dir: Path | None = None  # kept for callers: readers make no copy
        self.existed = {part: part.exists() for part in sidecars(paths.db_path)}
        self.hot_journal = side_file(paths.db_path, ROLLBACK_JOURNAL).exists()
        self.in_place = False  # sidecars belong to a live writer or read-only media
        self.models_bound = False  # open() bound the models' handle (core/db.py)

    def writer_is_running(self) -> bool:
        return is_held_elsewhere(self.paths.lock_path)

    def sidecars_are_live(self) -> bool:
        """A writer (another process, or this one) holds the lock: its -wal is live."""
        return self.writer_is_running() or is_held_here(self.paths.lock_path)

    def refuse_if_pending(self) -> None:
        """Refuse a symlinked journal/vault/lock and an unfinished transition."""
        refuse_symlinks(self.paths)
        pending = pending_description(self.paths)
        if pending is None:
            return
        if self.writer_is_running():
            raise PendingTransitionError(translate("Resilience", "Resilience is busy {pending}; try again when it has finished. Nothing was changed.").format(pending=pending))
        raise PendingTransitionError(translate("Resilience", "Open Resilience once to finish {pending}. Nothing was changed.").format(pending=pending))

    def readable_path(self, key: bytes | None = None) -> Path:
        """The journal, its crash leftovers folded back or read in place (module doc)."""
        db = self.paths.db_path
        if not (any(self.existed.values()) or self.hot_journal):
            return db
        if self.sidecars_are_live():
            self.in_place = True
            return db
        problem = wal_problem(db)
        if problem:
            raise DatabaseDamagedError(translate("Resilience", "The journal file is damaged and cannot be opened safely ({problem}). Nothing was changed.").format(problem=problem))
        if is_read_only(db.parent):
            self._refuse_unreadable_on_read_only_media(db)
            self.in_place = True
            return db
        self._fold_leftovers(db, key)
        return db

    def _refuse_unreadable_on_read_only_media(self, db: Path) -> None:
        if self.hot_journal or (wal_has_changes(db) and not side_file(db, SHM).exists()):
            raise UnreadableLeftoversError(
                translate("Resilience", "The last change to {db} was cut short, and what it left (the {wal} file beside it) can only be settled where the folder can be written. Copy the whole folder {parent} to a writable place and use --data-dir with the copy. Nothing was changed.").format(db=db, wal=ROLLBACK_JOURNAL if self.hot_journal else WAL, parent=db.parent))

    def _fold_leftovers(self, db: Path, key: bytes | None) -> None:
        lock = InstanceLock(self.paths.lock_path)
        if not lock.acquire():  # a writer started meanwhile: its sidecars are live
            self.in_place = True
            return
        try:
            if not any(p.exists() for p in (*sidecars(db), side_file(db, ROLLBACK_JOURNAL))):
                return
            check_journal(db, key)  # a copy inside the data folder, recovered there
            conn = connect_file(db, key)
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchall()  # rollback
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            finally:
                conn.close()  # the last connection: SQLite removes the -wal and -shm
        except driver_errors() as error:
            raise DatabaseDamagedError(translate("Resilience", "The journal file cannot be opened ({error}). Nothing was changed.").format(error=error)) from error
        finally:
            lock.release()
        self.existed = {part: part.exists() for part in sidecars(db)}
        self.hot_journal = False

    def checked_path(self, key: bytes | None) -> Path:
        """The readable journal (readable_path), checked for a reader: the cheap check,
        and at the current schema version."""
        path = self.readable_path(key)
        refuse_older_schema(check_for_reader(path, key, in_place=self.in_place))
        return path

    def checked_connection(self) -> Any:
        """checked_path for a plain journal, as the ``mode=ro`` connection the check
        read it on (one schema parse for the check and the reads, issue 20)."""
        result, conn = open_for_reader(self.readable_path(None), in_place=self.in_place)
        try:
            refuse_older_schema(result)
        except BaseException:
            conn.close()
            raise
        return conn

    def open(self, key: bytes | None) -> None:
        from resilience_desktop.core.db import open_database

        open_database(self.checked_path(key), key=key, readonly=True)
        self.models_bound = True

    def close(self) -> None:
        """Remove the -wal/-shm that SQLite made for this read-only connection."""
        if self.models_bound:
            from resilience_desktop.core.db import close_database

            close_database()
        self.remove_made_sidecars()

    def remove_made_sidecars(self) -> None:
        for part, existed in self.existed.items():
            made_here = not existed and part.exists() and (part.name.endswith(SHM)
                                                           or part.stat().st_size == 0)
            if made_here and not self.writer_is_running():
                part.unlink(missing_ok=True)


@contextmanager
def plain_reader_connection(paths: AppPaths) -> Iterator[Any]:
    """The reader door for a plain (unlocked) journal, as a DB-API connection without the
    models: peewee is never imported (``search`` is measured against jrnl, and peewee is
    ~70 ms). The same refusals and the same cheap check as ``DataSession.open_reader``;
    the connection is ``mode=ro`` with ``query_only``. The caller has made sure the
    journal is not locked (no vault.json, a plain SQLite header)."""
    refuse_symlinks(paths)
    refuse_missing_journal(paths)
    opening = ReaderOpening(paths)
    conn = None
    try:
        opening.refuse_if_pending()
        conn = opening.checked_connection()
        conn.execute("PRAGMA query_only = 1")
        conn.execute("PRAGMA busy_timeout = 5000")
        yield conn
    finally:
        if conn is not None:
            conn.close()
        opening.remove_made_sidecars()
