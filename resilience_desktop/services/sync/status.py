"""What a sync folder says about its computers (``sync FOLDER --status``), read-only."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from resilience_desktop.core.db import database
from resilience_desktop.services.sync import folder_key, segments
from resilience_desktop.services.sync.folder_key import FolderKey, FolderRefused
from resilience_desktop.services.sync.store import Store
from resilience_desktop.core.i18n import translate


@dataclass(frozen=True)
class Computer:
    name: str
    synced_ms: int | None
    this: bool


def needs_secret(folder: Path) -> bool:
    """True unless this journal has joined this very folder and keeps its key."""
    store = Store(database)
    if not (store.text("folder_key") and folder_key.has_folder(folder)):
        return True
    try:
        return folder_key.read_folder_id(folder) != store.text("folder_id")
    except FolderRefused:
        return True


def known_key(folder: Path, secret: str | None) -> FolderKey:
    store = Store(database)
    if secret:
        return folder_key.open_folder(folder, secret)
    folder_id = folder_key.read_folder_id(folder)
    if folder_id != store.text("folder_id"):
        raise FolderRefused(translate("Resilience", "{folder} belongs to another journal. Nothing was changed.").format(folder=folder))
    stored = store.text("folder_key")
    if stored is None:  # joined, but the key is not kept (callers ask needs_secret first)
        raise FolderRefused(translate("Resilience", "The sync folder's passphrase is needed to join it."))
    return FolderKey(folder_id, bytes.fromhex(stored))


def folder_status(folder: Path, secret: str | None) -> list[Computer]:
    """Every computer with a readable manifest in the folder, this one first."""
    if not folder_key.has_folder(folder):
        raise FolderRefused(translate("Resilience", "{folder} is not a sync folder (no journal.json).").format(folder=folder))
    access = known_key(folder, secret)
    own = Store(database).text("device")
    computers = []
    for device in segments.device_ids(folder):
        manifest = segments.read_manifest(folder, access.folder_id, access.key, device)
        if manifest is not None:
            computers.append(Computer(str(manifest.get("name") or device[:8]),
                                      manifest.get("synced_at"), device == own))
    return sorted(computers, key=lambda c: (not c.this, c.name))
