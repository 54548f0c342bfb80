"""Small file-system primitives for data that must survive a kill and stay private.

POSIX: folders 0700, files 0600, fsync of the file and then of its folder so a
rename is durable. Windows has no such modes (``os.chmod`` only toggles the
read-only flag there) and no folder fsync: the user profile's ACLs keep the
data private, and ``os.replace`` is still atomic on NTFS.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
PRIVATE_UMASK = 0o077
IS_POSIX = os.name == "posix"


def set_private_umask() -> None:
    """Every file the process creates from now on is for its owner only."""
    if IS_POSIX:
        os.umask(PRIVATE_UMASK)


def make_private_dir(directory: Path) -> Path:
    """Create directory (and parents) if needed; the folder itself is 0700."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    make_private(directory)
    return directory


def make_private(path: Path) -> None:
    """0700 for a folder, 0600 for a file (no-op on Windows, see module doc)."""
    if not IS_POSIX:
        return
    # OSError: not ours to change (e.g. a read-only mount): reading still works
    with contextlib.suppress(OSError):
        os.chmod(path, PRIVATE_DIR_MODE if Path(path).is_dir() else PRIVATE_FILE_MODE)


def fsync_file(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def fsync_dir(directory: Path) -> None:
    """Make renames and unlinks in directory durable (POSIX only)."""
    if not IS_POSIX:
        return
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_atomic(target: Path, data: bytes) -> None:
    """Write data to target through a temp file: fsync, rename, fsync the folder."""
    target = Path(target)
    tmp = target.with_name(target.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    make_private(tmp)
    os.replace(tmp, target)
    fsync_dir(target.parent)


# json and shutil are imported where used: `search` reads no JSON and copies nothing,
# and its whole process is measured against jrnl (benchmarks/search_peer.py).
def write_json_atomic(target: Path, value: object) -> None:
    import json

    write_atomic(target, json.dumps(value, indent=1).encode("utf-8"))


def read_json(source: Path) -> Any:
    """The JSON value in source (UTF-8). Raises OSError, or ValueError when it is not
    UTF-8 JSON."""
    text = Path(source).read_text(encoding="utf-8")  # a missing file imports no json
    import json

    return json.loads(text)


def replace_durably(source: Path, target: Path) -> None:
    # Windows: os.replace raises PermissionError while any process holds target
    # open without delete sharing, our own SQLite connection included: callers
    # close the database (and its -wal/-shm) before replacing it.
    os.replace(source, target)
    fsync_dir(Path(target).parent)


def copy_private(source: Path, target: Path) -> None:
    """Copy bytes (not metadata) to target, 0600, fsynced."""
    import shutil

    shutil.copyfile(source, target)
    make_private(target)
    fsync_file(target)


def unlink_durably(path: Path) -> None:
    path = Path(path)
    if path.exists():
        path.unlink()
        fsync_dir(path.parent)


# ---- the names of the data folder's side files: spelled here, and only here ----------
# SQLite's write-ahead log, its shared-memory index, and the rollback journal a
# cut-short write in rollback mode leaves ("hot").
WAL = "-wal"
SHM = "-shm"
ROLLBACK_JOURNAL = "-journal"
# The two side files a WAL database keeps while open.
WAL_SIDECARS = (WAL, SHM)
# What SQLite can leave next to a database after a crash.
CRASH_SIDECARS = (WAL, SHM, ROLLBACK_JOURNAL)
# The intent record of a transition in progress (core/transitions.py).
INTENT_FILENAME = "transition.json"
# The wrapped data key of a locked journal (core/vault.py).
VAULT_FILENAME = "vault.json"
# The record of the writer's last full quick_check (core/check_record.py).
CHECK_RECORD_FILENAME = "last-check.json"


def side_file(db_path: Path, suffix: str) -> Path:
    """The side file ``suffix`` (WAL, SHM, ROLLBACK_JOURNAL) of the database at db_path."""
    return Path(str(db_path) + suffix)


def sidecars(db_path: Path) -> list[Path]:
    """The -wal and -shm files SQLite keeps next to a database."""
    return [side_file(db_path, suffix) for suffix in WAL_SIDECARS]
