"""Turn the passphrase lock on or off, change the passphrase (core.vault holds the keys).

Turning the lock on: close the plain database, write an encrypted copy with
sqlcipher_export (through sqlcipher3 only: one driver per file), verify it
(integrity_check, same rows), save vault.json, put the copy in place, then
encrypt every backup the same way. Turning it off is the mirror image.
Changing the passphrase only re-wraps the data key.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from resilience_desktop.core import vault
from resilience_desktop.core.backup import list_backups, table_row_counts
from resilience_desktop.core.db import close_database, looks_plain_sqlite, raw_key_literal
from resilience_desktop.core.errors import UserFacingError, ValidationError
from resilience_desktop.core.integrity import connect_file, quick_check_file
from resilience_desktop.core.startup import open_app_database

log = logging.getLogger(__name__)


class LockFailed(UserFacingError):
    """The conversion did not verify; the journal was left as it was."""


def _convert(source: Path, dest: Path, source_key: bytes | None, dest_key: bytes | None) -> None:
    """Copy source into dest (encrypting or decrypting) with sqlcipher_export, then verify."""
    from sqlcipher3 import dbapi2 as sqlcipher

    dest.unlink(missing_ok=True)
    conn = sqlcipher.connect(str(source))
    try:
        if source_key is not None:
            conn.execute(f'PRAGMA key="{raw_key_literal(source_key)}"')
        conn.execute("PRAGMA temp_store=2")
        literal = raw_key_literal(dest_key) if dest_key is not None else ""
        conn.execute("ATTACH DATABASE ? AS converted KEY ?", (str(dest), literal))
        conn.execute("SELECT sqlcipher_export('converted')")
        version = conn.execute("PRAGMA main.user_version").fetchone()[0]
        conn.execute(f"PRAGMA converted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE converted")
        expected = table_row_counts(conn)
    finally:
        conn.close()
    _verify(dest, dest_key, expected)


def _verify(path: Path, key: bytes | None, expected: dict) -> None:
    result = quick_check_file(path, key, full=True)
    if not result.ok:
        path.unlink(missing_ok=True)
        raise LockFailed(f"The converted copy did not verify ({result.summary()}). "
                         "Nothing was changed.")
    conn = connect_file(path, key, readonly=True)
    try:
        counts = table_row_counts(conn)
    finally:
        conn.close()
    if counts != expected:
        path.unlink(missing_ok=True)
        raise LockFailed("The converted copy does not hold the same rows. Nothing was changed.")


def _convert_backups(paths, source_key: bytes | None, dest_key: bytes | None) -> int:
    converted = 0
    for backup in list_backups(paths.backups_dir):
        if looks_plain_sqlite(backup.path) != (source_key is None):
            continue  # already in the wanted form
        tmp = backup.path.with_name(backup.path.name + ".converting")
        _convert(backup.path, tmp, source_key, dest_key)
        os.replace(tmp, backup.path)
        converted += 1
    return converted


def enable_lock(paths, passphrase: str) -> str:
    """Encrypt the journal and its backups; returns the recovery key (show it once)."""
    vault.check_passphrase_strength(passphrase)
    if vault.is_locked(paths):
        raise ValidationError("The journal is already locked.")
    close_database()
    key, record, recovery = vault.create_vault(passphrase)
    pending = vault.locking_path(paths)
    try:
        _convert(paths.db_path, pending, None, key)
    except UserFacingError:
        open_app_database(paths)
        raise
    vault.save_vault(paths, record)
    vault.finish_interrupted_lock(paths)  # puts the encrypted copy in place
    open_app_database(paths, key)
    count = _convert_backups(paths, None, key)
    log.info("passphrase lock turned on; %d backups encrypted", count)
    return recovery


def disable_lock(paths, passphrase: str) -> None:
    """Decrypt the journal and its backups and forget the lock."""
    key = vault.unlock_with_passphrase(paths, passphrase)
    close_database()
    pending = paths.db_path.with_name(paths.db_path.name + ".unlocking")
    try:
        _convert(paths.db_path, pending, key, None)
    except UserFacingError:
        open_app_database(paths, key)
        raise
    os.replace(pending, paths.db_path)
    vault.finish_interrupted_lock(paths)  # a plain file with a vault: drops the vault
    open_app_database(paths)
    count = _convert_backups(paths, key, None)
    log.info("passphrase lock turned off; %d backups decrypted", count)


def change_passphrase(paths, current: str, new: str, with_recovery_key: bool = False) -> None:
    """Re-wrap the data key under a new passphrase (current may be the recovery key)."""
    vault.check_passphrase_strength(new)
    if with_recovery_key:
        key = vault.unlock_with_recovery_key(paths, current)
    else:
        key = vault.unlock_with_passphrase(paths, current)
    vault.save_vault(paths, vault.rewrap_passphrase(vault.load_vault(paths), key, new))
    log.info("passphrase changed")
