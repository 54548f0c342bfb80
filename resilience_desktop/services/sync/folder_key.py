"""The sync folder's key: ``<folder>/journal.json`` (docs/sync.md).

Same model as the journal's vault (issue 17): a random 256-bit folder key, wrapped
with AES-GCM by a key derived with Argon2id from the folder passphrase, and again from
a printable recovery key shown once when the folder is created. The associated data
binds each wrap to the folder id. The wrapping itself is the journal vault's one helper,
``core/keywrap.py``. Wraps written before that (format 1 folders) carry no ``"aead"``
field but are the same AES-256-GCM wrap: they are read as such (never as keywrap's
legacy XOR format, which only the journal vault ever wrote).
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from resilience_desktop.core import keywrap
from resilience_desktop.core.errors import UserFacingError
from resilience_desktop.core.files import make_private_dir, write_atomic
from resilience_desktop.core.i18n import translate

FOLDER_FILE = "journal.json"
FORMAT = 1
DEFAULT_KDF = keywrap.DEFAULT_KDF


class FolderRefused(UserFacingError):
    """Wrong passphrase, a damaged journal.json, or another journal's folder."""


@dataclass(frozen=True)
class FolderKey:
    folder_id: str
    key: bytes


def _aad(folder_id: str, label: str) -> bytes:
    return f"resilience-sync-folder-v1:{folder_id}:{label}".encode()


def wrap(key: bytes, secret: bytes, folder_id: str, label: str,
         kdf: dict[str, Any]) -> dict[str, Any]:
    return keywrap.wrap_key(key, secret, _aad(folder_id, label), kdf)


def unwrap(record: object, secret: bytes, folder_id: str, label: str) -> bytes | None:
    """The folder key, or None for a wrong secret; ValueError for a damaged record."""
    if not isinstance(record, dict):
        raise ValueError("bad key record")
    try:
        return keywrap.unwrap_key({"aead": keywrap.AEAD_NAME, **record}, secret,
                                  _aad(folder_id, label))
    except keywrap.WrongPassphraseError:
        return None


def normalise_recovery(text: str) -> bytes:
    return "".join(ch for ch in text.upper() if ch.isalnum()).encode("ascii", "ignore")


def new_recovery_key() -> str:
    import base64

    text = base64.b32encode(secrets.token_bytes(20)).decode("ascii")
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def folder_file(folder: Path) -> Path:
    return Path(folder) / FOLDER_FILE


def has_folder(folder: Path) -> bool:
    return folder_file(folder).exists()


def create_folder(folder: Path, passphrase: str, kdf: dict[str, Any] | None = None
                  ) -> tuple[FolderKey, str]:
    """A new sync folder: its id, key and recovery key (print it once)."""
    kdf = dict(kdf or DEFAULT_KDF)
    folder_id, key, recovery = secrets.token_hex(16), secrets.token_bytes(32), new_recovery_key()
    document = {"format": FORMAT, "folder_id": folder_id, "vault": {
        "passphrase": wrap(key, passphrase.encode("utf-8"), folder_id, "passphrase", kdf),
        "recovery": wrap(key, normalise_recovery(recovery), folder_id, "recovery", kdf)}}
    make_private_dir(folder)
    write_atomic(folder_file(folder), json.dumps(document, indent=1).encode())
    return FolderKey(folder_id, key), recovery


def read_folder_id(folder: Path) -> str:
    folder_id: str = _document(folder)["folder_id"]
    return folder_id


def _document(folder: Path) -> dict[str, Any]:
    try:
        document: dict[str, Any] = json.loads(folder_file(folder).read_text("utf-8"))
        if document.get("format") != FORMAT or len(document["folder_id"]) != 32:
            raise ValueError("unknown format")
        int(document["folder_id"], 16)
        return document
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise FolderRefused(translate("Resilience", "{folder} is not a Resilience sync folder file, or it is damaged (perhaps still arriving). Nothing was changed.").format(folder=folder_file(folder))) from error


def open_folder(folder: Path, secret: str) -> FolderKey:
    """The folder key from its passphrase (or its recovery key); FolderRefused if neither."""
    document = _document(folder)
    folder_id, vault = document["folder_id"], document.get("vault", {})
    try:
        key = unwrap(vault["passphrase"], secret.encode("utf-8"), folder_id, "passphrase")
        if key is None and len(normalise_recovery(secret)) == 32:
            key = unwrap(vault["recovery"], normalise_recovery(secret), folder_id, "recovery")
    except (KeyError, ValueError, TypeError) as error:
        raise FolderRefused(translate("Resilience", "The key record in {folder} is damaged. Nothing was changed.").format(folder=folder_file(folder))) from error
    if key is None or len(key) != 32:
        raise FolderRefused(translate("Resilience", "That is not the sync folder's passphrase. Nothing was changed."))
    return FolderKey(folder_id, key)
