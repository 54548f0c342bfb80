"""A copy of the wrapped key at the end of every encrypted backup, and using it.

``vault.json`` must not be the only copy of the wrapped data key: lose it and
neither the passphrase nor the recovery key would open the journal or any
backup. So every encrypted backup carries the vault record (both wraps, see
``core/vault.py``) after its last database page:

    <SQLCipher pages> <vault record, JSON> <length: 8 bytes, big-endian> <MAGIC>

SQLite and SQLCipher read a database only up to the page count in its
(encrypted) header, so the trailer is invisible to them: integrity_check,
the backup API and sqlcipher_export all work unchanged, and a backup file is
still one file. Plain backups (an unlocked journal) carry nothing.

A single backup file copied anywhere thus opens with its passphrase (the one
in force when it was written) or the recovery key, and a journal whose
vault.json is missing or damaged opens with the newest copy the secret opens.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from resilience_desktop.core.db_file import looks_plain_sqlite
from resilience_desktop.core.files import WAL_SIDECARS, side_file
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from typing import TYPE_CHECKING, Any
from resilience_desktop.core.log import get_logger

if TYPE_CHECKING:
    from resilience_desktop.paths import AppPaths

log = get_logger(__name__)

MAGIC = b"\nRSLC-KEYCOPY-1\n"
_LENGTH_BYTES = 8
_MAX_RECORD = 64 * 1024


def append_key_copy(path: Path, vault: dict[str, Any]) -> None:
    """Append vault (checked) to the database file at path, then fsync it. Only for a
    file nothing else holds yet (a backup under its temporary name)."""
    from resilience_desktop.core.vault import check_vault

    data = json.dumps(check_vault(vault), separators=(",", ":")).encode("utf-8")
    with open(path, "ab") as handle:
        handle.write(data + len(data).to_bytes(_LENGTH_BYTES, "big") + MAGIC)
        handle.flush()
        os.fsync(handle.fileno())


def read_key_copy(path: Path) -> dict[str, Any] | None:
    """The vault record at the end of path; None when there is none or it is damaged."""
    from resilience_desktop.core.vault import check_vault

    try:
        with open(path, "rb") as handle:
            size = handle.seek(0, os.SEEK_END)
            tail = len(MAGIC) + _LENGTH_BYTES
            if size < tail:
                return None
            handle.seek(size - tail)
            end = handle.read(tail)
            length = int.from_bytes(end[:_LENGTH_BYTES], "big")
            if end[_LENGTH_BYTES:] != MAGIC or not 0 < length <= min(_MAX_RECORD, size - tail):
                return None
            handle.seek(size - tail - length)
            return check_vault(json.loads(handle.read(length).decode("utf-8")))
    except (OSError, ValueError, UnicodeDecodeError):
        return None


def copies_in_backups(paths: AppPaths) -> list[tuple[Path, dict[str, Any]]]:
    """(backup, its vault record) for every backup with an intact copy, newest first."""
    from resilience_desktop.core.backup import list_backups

    found = []
    for backup in list_backups(paths.backups_dir):
        record = read_key_copy(backup.path)
        if record is not None:
            found.append((backup.path, record))
    return found


def looks_encrypted(path: Path) -> bool:
    """A non-empty file without the plain SQLite header (SQLCipher's is random)."""
    try:
        return path.stat().st_size > 0 and not looks_plain_sqlite(path)
    except OSError:
        return False


def vault_lost(paths: AppPaths) -> bool:
    """An encrypted journal whose vault.json is missing or damaged, while a backup still
    holds a copy of the key. (A plain SQLite file starts with "SQLite format 3\\0";
    an SQLCipher file starts with random bytes.)"""
    from resilience_desktop.core.vault import DamagedVaultError, load_vault

    if not looks_encrypted(paths.db_path):
        return False
    try:
        load_vault(paths)
        return False
    except DamagedVaultError:
        return bool(copies_in_backups(paths))


def needs_key(paths: AppPaths) -> bool:
    """The journal is locked: vault.json is there, or it is lost but the journal is
    encrypted and a copy of the key survives."""
    from resilience_desktop.core.vault import is_locked

    return is_locked(paths) or vault_lost(paths)


LOST_MESSAGE = (QT_TRANSLATE_NOOP("Resilience", "The key file vault.json of this locked journal is missing or damaged. Your "
                "passphrase or your recovery key still opens it with the copy of the key kept "
                "in your backups; a command that changes the journal (or `unlock`, or "
                "`passphrase --recovery-key`) then writes vault.json again."))
NO_COPY_MESSAGE = (QT_TRANSLATE_NOOP("Resilience", "The journal file is encrypted or damaged, and there is no key file "
                   "vault.json and no backup with a copy of the key. If the journal was locked, "
                   "put back a copy of its vault.json, or restore a backup file of it that "
                   "carries its key into a new folder (`restore FILE --data-dir NEW`, then the "
                   "passphrase or recovery key). Nothing was changed."))


def key_missing_everywhere(paths: AppPaths) -> bool:
    """The journal does not look plain, and no vault.json nor key copy opens it."""
    from resilience_desktop.core.vault import DamagedVaultError, load_vault

    if not looks_encrypted(paths.db_path):
        return False
    try:
        load_vault(paths)
        return False
    except DamagedVaultError:
        return not copies_in_backups(paths)


def key_from_copies(paths: AppPaths, secret: str, role: str) -> tuple[bytes, dict[str, Any]]:
    """The data key from the newest backup copy that secret opens and whose key opens
    the journal; DamagedVaultError when there is no copy, WrongPassphraseError when
    none opens."""
    from resilience_desktop.core.vault import (DamagedVaultError, WrongPassphraseError,
                                               damaged_message, unwrap_role, vault_path)

    copies = copies_in_backups(paths)
    if not copies:
        load_error = "damaged or unreadable" if vault_path(paths).exists() else "missing"
        raise DamagedVaultError(damaged_message(load_error))
    tried: set[str] = set()
    for backup, record in copies:
        wrap = record[role]["wrapped"]
        if wrap in tried:
            continue
        tried.add(wrap)
        try:
            key = unwrap_role(record, role, secret)
        except WrongPassphraseError:
            continue
        if key_opens(paths.db_path, key):
            log.warning("vault.json missing or damaged: key taken from the copy in %s",
                        backup.name)
            return key, record
    what = "recovery key" if role == "recovery" else "passphrase"
    raise WrongPassphraseError(
        translate("Resilience", "That {what} is not right: vault.json is missing or damaged, and it opens none of the key copies kept in the backups (a backup's copy opens with the passphrase in force when it was made, or with the recovery key). Nothing was changed.").format(what=what))


def key_opens(db_path: Path, key: bytes) -> bool:
    """True when key decrypts db_path's first page (or there is no journal file)."""
    from resilience_desktop.core.integrity import (remove_created_sidecars, connect_file,
                                                   driver_errors)

    if not db_path.exists():
        return True
    existed = {suffix: side_file(db_path, suffix).exists() for suffix in WAL_SIDECARS}
    try:
        conn = connect_file(db_path, key, readonly=True)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except driver_errors():
        return False
    finally:
        remove_created_sidecars(db_path, existed)
    return True
