"""Where an export may be written, and writing it there safely.

An export never replaces an existing file unless asked (``force``), never goes
inside the data folder (so it can never overwrite the database or vault.json),
and every message names the path the person gave, never an internal temporary
name. Files are written to a hidden temporary name next to the target, made
0600, flushed, then renamed into place.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

from resilience_desktop.core.errors import UserFacingError


class ExportRefused(UserFacingError):
    """The export cannot go where asked; nothing was written."""


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
        return True
    except ValueError:
        return False


def check_target(dest: Path, data_dir: Path | None, force: bool, folder: bool = False) -> Path:
    """dest as given (expanded), or ExportRefused saying why it cannot be used."""
    dest = Path(dest).expanduser()
    resolved = dest.resolve()
    if data_dir is not None and _inside(resolved, Path(data_dir).resolve()):
        raise ExportRefused(f"{dest} is inside the data folder ({data_dir}); an export "
                            "must go somewhere else. Nothing was written.")
    parent = resolved.parent
    if not parent.is_dir():
        raise ExportRefused(f"{dest}: the folder {dest.parent} does not exist. Nothing was written.")
    if folder:
        if dest.exists() and not dest.is_dir():
            raise ExportRefused(f"{dest} is a file; CSV export needs a folder. Nothing was written.")
        if dest.is_dir() and any(dest.iterdir()) and not force:
            raise ExportRefused(f"{dest} already holds files; use --force to write into it "
                                "anyway (files of the same name are replaced).")
        return dest
    if dest.is_dir():
        raise ExportRefused(f"{dest} is a folder; give a file name. Nothing was written.")
    if dest.exists() and not force:
        raise ExportRefused(f"{dest} already exists; use --force to replace it. "
                            "Nothing was written.")
    return dest


@contextmanager
def private_file(dest: Path, newline: str | None = None):
    """A text handle on a 0600 temporary file next to dest, renamed onto dest at the end.

    Errors name dest (never the temporary name); the temporary file is removed."""
    dest = Path(dest)
    tmp = dest.with_name(f".{dest.name}.partial")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        # Windows has no os.fchmod before Python 3.13 and ignores the mode
        # anyway: there the user profile's ACLs keep the file private.
        if hasattr(os, "fchmod"):
            os.fchmod(fd, 0o600)
        # Windows: os.replace fails (PermissionError, reported below) while another
        # program holds dest open, e.g. the previous export still open in an editor.
        with open(fd, "w", encoding="utf-8", newline=newline) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, dest)
    except OSError as error:
        _remove(tmp)
        raise ExportRefused(f"{dest}: cannot write the export "
                            f"({error.strerror or error}). Nothing was written.") from None
    except BaseException:
        _remove(tmp)
        raise


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass
