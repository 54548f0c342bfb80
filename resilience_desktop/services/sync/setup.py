"""What the window needs of sync (File → Sync… and the status line), Qt-free.

The folder's path is a local-only preference (``sync.folder``: the preference table is
never synced); the folder id, key and device live in ``sync_state`` (engine.py). The
window calls these functions and never writes queries itself. ``sync_now`` runs on a
worker thread (its own connection); everything else is quick and runs anywhere.
"""

from __future__ import annotations

import platform
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from resilience_desktop.core.db import database
from resilience_desktop.core.errors import UserFacingError
from resilience_desktop.core.i18n import translate
from resilience_desktop.core.output_path import check_output_folder
from resilience_desktop.services.preferences import get_preference, set_preference
from resilience_desktop.services.sync import folder_key
from resilience_desktop.services.sync.chosen import FOLDER_PREFERENCE, chosen_folder  # noqa: F401 - part of setup's API
from resilience_desktop.services.sync.folder_key import FolderRefused
from resilience_desktop.services.sync.status import Computer, folder_status, needs_secret
from resilience_desktop.services.sync.store import Store

if TYPE_CHECKING:
    from resilience_desktop.services.sync.engine import SyncReport

# What joining a folder means for this journal.
NEW, JOIN, JOINED = "new", "join", "joined"
# sync_state keys that tie this journal to one folder (forgotten by "Stop syncing").
_FOLDER_KEYS = ("folder_id", "folder_key", "device", "seq", "last_sync", "snapshot")
NAME_LIMIT = 60


class FolderUnreachable(UserFacingError):
    """The chosen sync folder is not there (unmounted, renamed, mistyped)."""


@dataclass(frozen=True)
class Overview:
    """What File → Sync… shows."""
    folder: Path | None
    name: str
    last_sync_ms: int | None
    computers: list[Computer]
    to_review: int
    note_versions: int = 0  # earlier texts of notes other than entries (note_revision)


def this_computer_name() -> str:
    return Store(database).text("name") or platform.node() or "computer"


def own_device() -> str | None:
    return Store(database).text("device")


def last_sync_ms() -> int | None:
    return Store(database).number("last_sync")


def to_review() -> int:
    from resilience_desktop.services.journal import revisions

    return len(revisions.entry_ids_to_review())


def clean_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise UserFacingError(translate("Resilience", "Give this computer a name (the other computers show it)."))
    if len(name) > NAME_LIMIT:
        raise UserFacingError(translate("Resilience", "A computer's name can have at most {limit} characters.").format(limit=NAME_LIMIT))
    return name


def rename_computer(name: str) -> None:
    """This computer's name, shown on the others after the next sync."""
    name = clean_name(name)
    with database.atomic():
        Store(database).put("name", name)


def check_folder(folder: Path, data_dir: Path) -> Path:
    """The folder as typed or chosen, made absolute; plain errors for a mistyped one."""
    text = str(folder).strip()
    if not text:
        raise FolderUnreachable(translate("Resilience", "Choose a sync folder first."))
    folder = Path(text).expanduser().absolute()
    if not folder.is_dir():
        raise FolderUnreachable(translate("Resilience", "There is no folder {folder}. Check the name, or connect the drive it is on.").format(folder=folder))
    # the one output-path guard: never inside the data folder (nor the same folder by
    # another name), never a device or a file
    check_output_folder(folder, data_dir, force=True)
    if folder in Path(data_dir).absolute().parents:
        raise UserFacingError(translate("Resilience", "The sync folder must not be inside the data folder (or hold it). Nothing was changed."))
    return folder


def folder_kind(folder: Path) -> str:
    """NEW (no sync folder yet: a passphrase creates it), JOIN (a sync folder this journal
    has not joined: its passphrase is needed) or JOINED. FolderRefused: another journal's."""
    store = Store(database)
    joined = store.text("folder_id")
    if not folder_key.has_folder(folder):
        if joined:
            raise FolderRefused(translate("Resilience", "This journal already syncs with another folder. Stop syncing on this computer first to choose a new one. Nothing was changed."))
        return NEW
    folder_id = folder_key.read_folder_id(folder)
    if joined and joined != folder_id:
        raise FolderRefused(translate("Resilience", "{folder} belongs to another journal. Nothing was changed.").format(folder=folder))
    return JOINED if joined and store.text("folder_key") else JOIN



def needs_passphrase(folder: Path) -> bool:
    """True unless this journal has joined this folder and keeps its key."""
    return needs_secret(folder)


def reachable(folder: Path) -> bool:
    return folder.is_dir() and folder_key.has_folder(folder)


def sync_now(folder: Path, secret: str | None = None, name: str | None = None,
             progress: Callable[[int, int, str], object] | None = None) -> SyncReport:
    """One sync (on a worker thread); remembers the folder once it has worked."""
    # The engine is imported on first use: the window makes its sync controller at every
    # start, and a journal that does not sync never needs it (~35 ms of imports off the
    # start-up path, docs/performance.md).
    from resilience_desktop.services.sync.engine import sync_with_folder

    if progress is not None:
        progress(0, 0, translate("Resilience", "Syncing…"))
    if not folder.is_dir() or (secret is None and not folder_key.has_folder(folder)):
        raise FolderUnreachable(translate("Resilience", "Sync folder unreachable: {folder}").format(folder=folder))
    report = sync_with_folder(folder, secret, device_name=name)
    if get_preference(FOLDER_PREFERENCE, "") != str(folder):
        set_preference(FOLDER_PREFERENCE, str(folder))
    return report


def stop_syncing() -> None:
    """Forget the folder on this computer (its files stay for the other computers).
    Choosing a folder again joins it as a new computer and sends every row again."""
    with database.atomic():
        Store(database).forget(*_FOLDER_KEYS)
    set_preference(FOLDER_PREFERENCE, "")


def overview() -> Overview:
    from resilience_desktop.services.sync import note_revisions

    folder = chosen_folder()
    computers: list[Computer] = []
    if folder is not None and reachable(folder) and not needs_secret(folder):
        try:
            computers = folder_status(folder, None)
        except UserFacingError:
            computers = []
    return Overview(folder, this_computer_name(), last_sync_ms(), computers, to_review(),
                    note_revisions.count_kept())
