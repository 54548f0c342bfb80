"""The private file `edit` hands to $VISUAL / $EDITOR.

The text is written to ``entry.md`` (0600) in a folder of its own (0700) made by
``tempfile.mkdtemp`` under ``$XDG_RUNTIME_DIR`` when set (a per-user folder in memory,
emptied at logout), else the system temporary folder; the folder is removed when the
editor is done, whatever happened. Only a kill of this process while the editor is open
leaves it behind (``<that folder>/resilience-edit-<pid>-*/entry.md``); the next `edit`
removes such folders whose process is gone (not on Windows, where that check is unsafe).
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from resilience_desktop.cli.common import CommandError
from resilience_desktop.core.i18n import translate

if TYPE_CHECKING:
    from collections.abc import Iterator

PREFIX = "resilience-edit-"


def chosen_editor() -> list[str]:
    """$VISUAL, else $EDITOR, split like a shell would; CommandError when neither is set."""
    text = (os.environ.get("VISUAL") or os.environ.get("EDITOR") or "").strip()
    if not text:
        raise CommandError(translate("Resilience", "No editor is set. Set VISUAL or EDITOR to "
                                     "the editor you want (for example `export EDITOR=nano`). "
                                     "Nothing was changed."))
    return shlex.split(text, posix=os.name != "nt")


def private_base() -> Path:
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and Path(runtime).is_dir() and os.access(runtime, os.W_OK):
        return Path(runtime)
    return Path(tempfile.gettempdir())


def _process_gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False


def remove_stale_folders(base: Path) -> None:
    """Folders left by an `edit` that was killed (POSIX only)."""
    if os.name == "nt":
        return
    for folder in base.glob(f"{PREFIX}*"):
        pid = folder.name[len(PREFIX):].split("-", 1)[0]
        if pid.isdigit() and folder.is_dir() and folder.stat().st_uid == os.getuid() \
                and _process_gone(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def private_edit_file(text: str) -> Iterator[Path]:
    """A 0600 file holding text in a new 0700 folder (yielded), removed afterwards."""
    base = private_base()
    remove_stale_folders(base)
    folder = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-", dir=base))
    try:
        path = folder / "entry.md"
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        yield path
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def edit_text(text: str) -> str:
    """Open text in the person's editor; the edited text. CommandError with the reason
    when the editor failed (nothing is to be saved then)."""
    command = chosen_editor()
    with private_edit_file(text) as path:
        try:
            done = subprocess.run([*command, str(path)], check=False)  # its code is read below
        except OSError as error:
            raise CommandError(translate("Resilience", "The editor {editor} could not be started "
                                         "({error}). Nothing was changed.").format(
                editor=repr(command[0]), error=error.strerror or error)) from None
        if done.returncode != 0:
            raise CommandError(translate("Resilience", "The editor exited with status {status}. "
                                         "Nothing was changed.").format(status=done.returncode))
        try:
            return path.read_bytes().decode("utf-8-sig")
        except FileNotFoundError:
            raise CommandError(translate("Resilience", "The editor removed the file. Nothing was "
                                         "changed.")) from None
        except UnicodeDecodeError:
            raise CommandError(translate("Resilience", "The edited text is not UTF-8. Nothing "
                                         "was changed.")) from None
