"""The reader door: open a journal read-only and leave every byte as it was.

Readers (search, check, export, summary) never migrate, checkpoint or finish
an interrupted transition. When a -wal/-shm (or a hot -journal) lies next to the
journal and
no Resilience process holds it (a crash, or a file-sync tool brought one
from another computer), SQLite would rewrite the -shm even read-only; the
reader then works on a private snapshot (the file and its -wal/-journal copied into a
0700 temporary folder, removed afterwards), so the data folder is not
touched and a foreign -wal is never checkpointed into the journal.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from resilience_desktop.core.data_folder import refuse_symlinks
from resilience_desktop.core.db import close_database, open_database
from resilience_desktop.core.errors import DatabaseDamagedError, UserFacingError
from resilience_desktop.core.files import copy_private, sidecars
from resilience_desktop.core.health import check_journal
from resilience_desktop.core.integrity import wal_problem
from resilience_desktop.core.migrations import latest_version
from resilience_desktop.core.transitions import pending_description
from resilience_desktop.instance_lock import is_held_elsewhere


class PendingTransitionError(UserFacingError):
    """A transition must be finished by a writer before this journal can be read."""


class ReaderOpening:
    def __init__(self, paths) -> None:
        self.paths = paths
        self.snapshot_dir: Path | None = None
        self.existed = {part: part.exists() for part in sidecars(paths.db_path)}
        self.hot_journal = Path(str(paths.db_path) + "-journal").exists()

    def writer_is_running(self) -> bool:
        return is_held_elsewhere(self.paths.lock_path)

    def refuse_if_pending(self) -> None:
        """Refuse a symlinked journal/vault/lock and an unfinished transition."""
        refuse_symlinks(self.paths)
        pending = pending_description(self.paths)
        if pending is None:
            return
        if self.writer_is_running():
            raise PendingTransitionError(f"Resilience is busy {pending}; try again when it has "
                                         "finished. Nothing was changed.")
        raise PendingTransitionError(f"Open Resilience once to finish {pending}. "
                                     "Nothing was changed.")

    def readable_path(self) -> Path:
        """The journal itself, or a private snapshot when stray sidecars exist."""
        db = self.paths.db_path
        if not (any(self.existed.values()) or self.hot_journal) or self.writer_is_running():
            return db
        problem = wal_problem(db)
        if problem:
            raise DatabaseDamagedError(f"The journal file is damaged and cannot be opened safely "
                                       f"({problem}). Nothing was changed.")
        self.snapshot_dir = Path(tempfile.mkdtemp(prefix="resilience-read-"))
        copy = self.snapshot_dir / db.name
        copy_private(db, copy)
        for suffix in ("-wal", "-journal"):  # SQLite recovers them in the copy
            if Path(str(db) + suffix).exists():
                copy_private(Path(str(db) + suffix), Path(str(copy) + suffix))
        return copy

    def open(self, key: bytes | None) -> None:
        path = self.readable_path()
        result = check_journal(path, key, recovered_copy=self.snapshot_dir is not None)
        if (result.user_version or 0) < latest_version():
            raise PendingTransitionError("This journal was saved by an older version and must be "
                                         "updated: open Resilience once. Nothing was changed.")
        open_database(path, key=key, readonly=True)

    def close(self) -> None:
        close_database()
        if self.snapshot_dir is not None:
            shutil.rmtree(self.snapshot_dir, ignore_errors=True)
            self.snapshot_dir = None
            return
        for part, existed in self.existed.items():
            if not existed and part.exists() and (part.name.endswith("-shm")
                                                  or part.stat().st_size == 0):
                if not self.writer_is_running():
                    part.unlink(missing_ok=True)
