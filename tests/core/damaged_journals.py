"""Damaged journal files for the recovery tests, built fresh each time.

Kinds: broken header, corrupted page, truncated file, missing -wal and
foreign -wal (the last two as a crash leaves them: -shm still present).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

from resilience_desktop.core.db import close_database
from resilience_desktop.core.startup import open_script_session
from resilience_desktop.paths import AppPaths
from resilience_desktop.services.safety.backups import make_backup
from resilience_desktop.services.preferences import set_preference

KINDS = ("broken_header", "corrupted_page", "truncated", "missing_wal", "foreign_wal")


def _healthy_journal(paths: AppPaths, rows: int = 400, with_backup: bool = True) -> None:
    session = open_script_session(paths)
    for n in range(rows):
        set_preference(f"entry.{n}", "some words " * 20)
    if with_backup:
        make_backup(session)
    session.close()


def _crash_snapshot(source: Path, dest: Path, tag: str) -> None:
    """Copy db, -wal and -shm as a crash would leave them (frames not checkpointed)."""
    conn = sqlite3.connect(source)
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.executemany("INSERT INTO preference (key, value) VALUES (?, ?)",
                     [(f"{tag}.{n}", '"late"') for n in range(50)])
    conn.commit()
    for suffix in ("", "-wal", "-shm"):
        shutil.copyfile(f"{source}{suffix}", f"{dest}{suffix}")
    conn.close()


def make_damaged(paths: AppPaths, kind: str, scratch: Path) -> None:
    db = paths.db_path
    if kind in ("missing_wal", "foreign_wal"):
        _healthy_journal(paths)
        work = AppPaths.resolve(scratch / "work")
        _healthy_journal(work, with_backup=False)
        _crash_snapshot(work.db_path, db, "ours")
        if kind == "missing_wal":
            os.remove(f"{db}-wal")
        else:
            other = AppPaths.resolve(scratch / "other")
            _healthy_journal(other, rows=10, with_backup=False)
            _crash_snapshot(other.db_path, scratch / "other-copy.sqlite3", "theirs")
            shutil.copyfile(scratch / "other-copy.sqlite3-wal", f"{db}-wal")
        return
    _healthy_journal(paths)
    data = bytearray(db.read_bytes())
    if kind == "broken_header":
        data[0:16] = b"not a database!!"
    elif kind == "corrupted_page":
        page = int.from_bytes(data[16:18], "big")
        data[page * 2:page * 4] = bytes([0x5A]) * (page * 2)  # pages 3 and 4
    elif kind == "truncated":
        data = data[: len(data) // 2]
    db.write_bytes(bytes(data))


def snapshot(directory: Path) -> dict[str, bytes]:
    """Every file under directory with its bytes (logs excluded: they may grow; the
    writer's lock file holds only a PID)."""
    return {str(p.relative_to(directory)): p.read_bytes()
            for p in sorted(directory.rglob("*"))
            if p.is_file() and "logs" not in p.parts and p.name != "resilience.lock"}
