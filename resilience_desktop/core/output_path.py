"""The one output-path guard: every file the person chooses to write goes through here.

Exports (JSON, the CSV folder), the summary PDF, the salvage export of the
recovery screen and the ``--screenshot`` folder all write where the person
points. None of them may ever destroy the journal or anything else that is not
theirs to replace, so before a byte is written:

* a path inside the data folder is refused, resolved through symlinks both ways
  (a link that points into the data folder; a data folder reached through a link);
* anything that exists and is not a regular file is refused: a device such as
  ``/dev/null``, a FIFO, a socket, a folder where a file is meant (and a file
  where a folder is meant);
* an existing file is replaced only when asked (``force``: ``--force`` on the
  command line; in the window the file dialog has already asked);
* the content goes to a private temporary file beside the target, is flushed to
  disk, and is renamed over the target only when complete, so a failure or a kill
  leaves the old file as it was.

Messages name the path as the person typed it, never a resolved or temporary one.
Qt-free. ``tests/core/test_output_guard_writers.py`` lists every writer and fails on
a new one that does not come through here.
"""

from __future__ import annotations

import os
import secrets
import stat
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, Any
from collections.abc import Iterator

from resilience_desktop.core.errors import UserFacingError
from resilience_desktop.core.files import fsync_dir
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

NOTHING_WRITTEN = QT_TRANSLATE_NOOP("Resilience", "Nothing was written.")


class OutputRefused(UserFacingError):
    """The output cannot go where asked; nothing was written."""


class OutputExists(OutputRefused):
    """The target is an existing regular file and replacing it was not allowed."""


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _kind(mode: int) -> str:
    """What the path is, in the person's language ("a folder", "a device"...)."""
    if stat.S_ISDIR(mode):
        return translate("Resilience", "a folder")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return translate("Resilience", "a device")
    if stat.S_ISFIFO(mode):
        return translate("Resilience", "a named pipe (FIFO)")
    if stat.S_ISSOCK(mode):
        return translate("Resilience", "a socket")
    return translate("Resilience", "not a regular file")


def _nothing_written() -> str:
    return translate("Resilience", NOTHING_WRITTEN)


def _same_folder_by_identity(path: Path, data: Path) -> bool:
    """path or one of its existing folders IS the data folder, by device and inode: a
    bind mount, or a name that differs only in case on a case-insensitive disk."""
    try:
        data_status = os.stat(data)
    except OSError:
        return False
    for folder in (path, *path.parents):
        try:
            if os.path.samestat(os.stat(folder), data_status):
                return True
        except OSError:
            continue
    return False


def _refuse_inside_data(dest: Path, shown: str, data_dir: Path | None) -> None:
    if data_dir is None:
        return
    data = Path(data_dir)
    # Both sides resolved: a link into the data folder, or the data folder behind a link;
    # and the unresolved spelling too (a data folder that does not exist yet).
    candidates = {dest.resolve(), Path(os.path.abspath(dest))}
    folders = {data.resolve(), Path(os.path.abspath(data))}
    if (any(_inside(path, folder) for path in candidates for folder in folders)
            or _same_folder_by_identity(dest.resolve(), data)):
        raise OutputRefused(translate("Resilience", "{shown} is inside the data folder ({folder}); "
                                      "choose a place outside it.").format(
            shown=shown, folder=data_dir) + " " + _nothing_written())


def _status(dest: Path, shown: str) -> os.stat_result | None:
    try:
        return os.stat(dest)  # follows a link: what would really be written over
    except FileNotFoundError:
        if dest.is_symlink():  # a dangling link: writing would create its target somewhere
            raise OutputRefused(translate("Resilience", "{shown} is a link to a file that does not "
                                          "exist; choose a real file name.").format(shown=shown)
                                + " " + _nothing_written()) from None
        return None
    except OSError as error:
        raise OutputRefused(f"{shown}: {error.strerror or error}. {_nothing_written()}") from None


def check_output_file(dest: str | os.PathLike[str], data_dir: Path | None, force: bool) -> Path:
    """The file path to write (expanded), or OutputRefused saying why it cannot be used."""
    shown = str(dest)
    path = Path(dest).expanduser()
    _refuse_inside_data(path, shown, data_dir)
    status = _status(path, shown)
    if status is not None:
        if not stat.S_ISREG(status.st_mode):
            raise OutputRefused(translate("Resilience", "{shown} is {kind}, not a file; choose a file "
                                          "name.").format(shown=shown, kind=_kind(status.st_mode))
                                + " " + _nothing_written())
        if not force:
            raise OutputExists(translate("Resilience", "{shown} already exists; use --force to "
                                         "replace it.").format(shown=shown)
                               + " " + _nothing_written())
    if not path.parent.is_dir():
        raise _missing_folder(shown, path.parent)
    return path


def _missing_folder(shown: str, folder: Path) -> OutputRefused:
    return OutputRefused(translate("Resilience", "{shown}: the folder {folder} does not "
                                   "exist.").format(shown=shown, folder=folder)
                         + " " + _nothing_written())


def check_output_folder(dest: str | os.PathLike[str], data_dir: Path | None, force: bool) -> Path:
    """A folder to write files into (created later), or OutputRefused.

    An existing folder that already holds files is used only with force (files of
    the same name are then replaced, each through the guard)."""
    shown = str(dest)
    path = Path(dest).expanduser()
    _refuse_inside_data(path, shown, data_dir)
    status = _status(path, shown)
    if status is None:
        if not path.parent.is_dir():
            raise _missing_folder(shown, path.parent)
        return path
    if not stat.S_ISDIR(status.st_mode):
        kind = (translate("Resilience", "a file") if stat.S_ISREG(status.st_mode)
                else _kind(status.st_mode))
        raise OutputRefused(translate("Resilience", "{shown} is {kind}; a folder is needed "
                                      "here.").format(shown=shown, kind=kind)
                            + " " + _nothing_written())
    if not force and any(path.iterdir()):
        raise OutputExists(translate("Resilience", "{shown} already holds files; use --force to "
                                     "write into it anyway (files of the same name are "
                                     "replaced).").format(shown=shown))
    return path


def make_output_folder(dest: str | os.PathLike[str], data_dir: Path | None, force: bool) -> Path:
    """check_output_folder, then create it (0700) when missing."""
    path = check_output_folder(dest, data_dir, force)
    try:
        path.mkdir(mode=0o700, exist_ok=True)  # Windows ignores the mode
    except OSError as error:
        raise OutputRefused(translate("Resilience", "{shown}: cannot create the folder "
                                      "({error}).").format(shown=dest,
                                                           error=error.strerror or error)
                            + " " + _nothing_written()) from None
    return path


def _remove(path: Path) -> None:
    with suppress(OSError):
        path.unlink()


@contextmanager
def guarded_path(dest: str | os.PathLike[str], data_dir: Path | None, force: bool,
                 suffix: str = "") -> Iterator[Path]:
    """A private temporary path beside dest for a writer that needs a file name (an image
    saver, a PDF writer); renamed onto dest when the block ends without an error.

    suffix: kept at the end of the temporary name, for writers that pick a format by it."""
    shown = str(dest)
    path = check_output_file(dest, data_dir, force)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.partial{suffix}")
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(descriptor)
        yield temporary
        with open(temporary, "rb+") as handle:
            os.fsync(handle.fileno())
        check_output_file(dest, data_dir, force)  # nothing changed under us meanwhile
        os.replace(temporary, path)
        fsync_dir(path.parent)
    except OSError as error:
        _remove(temporary)
        raise OutputRefused(translate("Resilience", "{shown}: cannot write it ({error}).").format(
            shown=shown, error=error.strerror or error) + " " + _nothing_written()) from None
    except BaseException:
        _remove(temporary)
        raise


@contextmanager
def guarded_file(dest: str | os.PathLike[str], data_dir: Path | None, force: bool,
                 binary: bool = False, newline: str | None = None) -> Iterator[IO[Any]]:
    """A handle on a private temporary file beside dest, renamed onto dest at the end."""
    with guarded_path(dest, data_dir, force) as temporary:
        if binary:
            with open(temporary, "wb") as handle:
                yield handle
        else:
            with open(temporary, "w", encoding="utf-8", newline=newline) as handle:
                yield handle


def write_guarded_bytes(dest: str | os.PathLike[str], data_dir: Path | None, content: bytes,
                        force: bool) -> Path:
    with guarded_file(dest, data_dir, force, binary=True) as handle:
        handle.write(content)
    return Path(dest).expanduser()
