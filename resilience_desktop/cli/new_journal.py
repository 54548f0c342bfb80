"""A journal for a folder that holds none yet, made only when something goes into it.

``build_journal_aside(target, fill)`` builds a new journal in a hidden temporary
folder beside ``target`` (``.NAME.import-XXXX``), calls ``fill()`` with it open,
and moves it into place only when ``fill`` says to keep it. A refused or empty
import into a new ``--data-dir`` therefore leaves nothing behind: no journal, no
folder (the parent folders it had to make are removed again). A kill leaves at
most the hidden folder, which the next run for the same target removes.
The same moves as ``demo`` (cli/demo.py): one rename of the whole folder, or of
the database file into an existing empty folder.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from collections.abc import Callable

from resilience_desktop.core.files import fsync_dir, make_private_dir
from resilience_desktop.paths import DB_FILENAME, AppPaths


class JournalAppeared(Exception):
    """Another process made a journal in the target while this one was being built."""


def build_journal_aside(target: Path, fill: Callable[[], bool], kind: str = "import") -> bool:
    """fill() runs with a new journal open (the active session); it returns True to keep
    it. Returns whether the journal was moved into target."""
    first_made = _first_missing(target.parent)
    parent = make_private_dir(target.parent)
    prefix = f".{target.name}.{kind}-"
    for leftover in parent.glob(prefix + "*"):
        shutil.rmtree(leftover, ignore_errors=True)  # a run that was killed
    workdir = Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
    kept = False
    try:
        kept = _fill_in(workdir, fill)
        if kept:
            _move_into_place(workdir, target)
            fsync_dir(parent)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
        if not kept and first_made is not None:
            _remove_empty_up_to(parent, first_made)
    return kept


def _fill_in(workdir: Path, fill: Callable[[], bool]) -> bool:
    from resilience_desktop.core.session import DataSession

    session = DataSession(AppPaths(data_dir=workdir, log_dir=workdir / "logs"))
    session.open_writer(create=True)
    try:
        keep = fill()
    finally:
        session.close()  # checkpointed: the database file alone is the journal
    (workdir / "resilience.lock").unlink(missing_ok=True)
    return keep


def _move_into_place(workdir: Path, target: Path) -> None:
    if (target / DB_FILENAME).exists():
        raise JournalAppeared(f"A journal appeared in {target} meanwhile; nothing was imported.")
    if target.exists():  # an existing empty folder (or one with only logs)
        os.replace(workdir / DB_FILENAME, target / DB_FILENAME)
        make_private_dir(target / "backups")
    else:
        os.rename(workdir, target)  # Windows: every file in it is closed by now


def _first_missing(folder: Path) -> Path | None:
    """The outermost ancestor of folder (or folder itself) that does not exist yet."""
    missing = None
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            break
        missing = candidate
    return missing


def _remove_empty_up_to(folder: Path, outermost: Path) -> None:
    """Remove folder and its parents up to outermost, as long as they are empty."""
    while True:
        try:
            folder.rmdir()
        except OSError:
            return
        if folder == outermost:
            return
        folder = folder.parent
