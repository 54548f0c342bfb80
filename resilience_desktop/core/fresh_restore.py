"""Restoring a single backup file into a folder that holds no journal yet.

A backup copied to another computer is all that is needed: an encrypted one
carries its own copy of the wrapped key (``core/key_copies.py``), which the
passphrase in force when it was made, or the recovery key, opens. The journal
is created locked, with ``vault.json`` rebuilt from that copy.

Crash-safe like every transition (``core/transitions.py``): the intent
``{"kind": "restore", "phase": "staging", "fresh": true}`` is written first;
the backup is staged as ``*.restoring`` and verified, ``vault.json`` written
(temp + fsync + rename) and the backup file itself kept as
``backups/restored-<stamp>.sqlite3`` (the new folder's first key copy); the intent's phase becomes ``ready`` and the staged
copy is renamed into place (the commit point). A kill before ``ready``: the
next writer open deletes the staged copy and the new vault.json, and the
folder holds no journal again. After it: the rename is finished.
"""

from __future__ import annotations

from pathlib import Path

from resilience_desktop.core import vault
from resilience_desktop.core.backup import backup_name
from resilience_desktop.core.db import looks_plain_sqlite
from resilience_desktop.core.files import make_private_dir, replace_durably
from resilience_desktop.core.key_copies import read_key_copy
from resilience_desktop.core.progress import Progress, report
from resilience_desktop.core.restore_transition import (RestoreFailed, check_candidate, stage,
                                                        staging_path)
from resilience_desktop.core.transitions import clear_intent, write_intent
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from typing import TYPE_CHECKING, Any
from resilience_desktop.core.log import get_logger

if TYPE_CHECKING:
    from resilience_desktop.paths import AppPaths

log = get_logger(__name__)

NO_KEY_COPY = (QT_TRANSLATE_NOOP("Resilience", "No journal in {folder} yet, and that file cannot become one by itself: it "
               "is not a plain backup and carries no copy of a key (an encrypted backup "
               "written before backups carried one, or not a backup at all). If it is an "
               "encrypted backup, copy its journal's vault.json into {folder} and run the "
               "restore again. Nothing was changed."))


def key_record_for(paths: AppPaths, source: Path) -> dict[str, Any] | None:
    """The vault record that opens source: None for a plain backup; its key copy, or a
    vault.json the person put into the empty folder; RestoreFailed when there is none."""
    if not Path(source).is_file():
        raise RestoreFailed(f"{source}: no such file. Nothing was changed.")
    if looks_plain_sqlite(source):
        return None
    record = read_key_copy(source)
    if record is None and vault.is_locked(paths):
        try:
            record = vault.load_vault(paths)
        except vault.DamagedVaultError:
            record = None
    if record is None:
        raise RestoreFailed(translate("Resilience", NO_KEY_COPY).format(folder=paths.data_dir))
    return record


def unwrap_for_restore(record: dict[str, Any], secret: str) -> tuple[bytes, str]:
    """(data key, role): secret tried as the passphrase, then as the recovery key."""
    try:
        return vault.unwrap_role(record, "passphrase", secret), "passphrase"
    except vault.WrongPassphraseError:
        pass
    try:
        return vault.unwrap_role(record, "recovery", secret), "recovery"
    except vault.WrongPassphraseError as error:
        raise vault.WrongPassphraseError(
            translate("Resilience", "That is neither the passphrase this backup was made with nor its recovery key. "
            "Nothing was changed.")) from error


def restore_into_empty(paths: AppPaths, source: Path, record: dict[str, Any] | None, key: bytes | None,
                       secret: str = "", role: str = "passphrase",
                       progress: Progress | None = None) -> None:
    """Create the journal in paths.data_dir from source. The caller holds the writer
    lock and has checked that the folder holds no journal."""
    source = Path(source)
    report(progress, 0, 3, "Checking the backup")
    plain = check_candidate(source, key)
    make_private_dir(paths.data_dir)
    staging = staging_path(paths)
    kept = paths.backups_dir / backup_name("restored")
    details = {"fresh": True, "backup": kept.name}
    write_intent(paths, "restore", phase="staging", **details)
    try:
        report(progress, 1, 3, "Copying the backup")
        stage(source, staging, plain, key)
        if record is not None:
            if key is None:
                raise ValueError("a locked backup is restored with its key")
            vault.save_vault(paths, vault.upgraded(record, role, key, secret))
            _keep_source(source, kept)  # the new folder's first key copy
    except BaseException:
        roll_back_fresh(paths, details)
        clear_intent(paths)
        raise
    write_intent(paths, "restore", phase="ready", **details)
    replace_durably(staging, paths.db_path)  # commit point
    clear_intent(paths)
    report(progress, 3, 3, "Restored")
    log.info("restored a backup into an empty folder (%s)", "plain" if plain else "locked")


def _keep_source(source: Path, kept: Path) -> None:
    """source, byte for byte (with its key copy), as a backup of the new journal."""
    from resilience_desktop.core.files import copy_private

    make_private_dir(kept.parent)
    partial = kept.with_name(kept.name + ".partial")
    copy_private(source, partial)
    replace_durably(partial, kept)


def roll_back_fresh(paths: AppPaths, intent: dict[str, Any]) -> None:
    """Undo a fresh restore cut short: the folder holds no journal again."""
    from resilience_desktop.core.files import unlink_durably

    unlink_durably(staging_path(paths))
    if paths.db_path.exists():
        return
    unlink_durably(vault.vault_path(paths))
    name = str(intent.get("backup", ""))
    if name.startswith("restored-") and "/" not in name:
        unlink_durably(paths.backups_dir / name)
        unlink_durably(paths.backups_dir / (name + ".partial"))
