"""Turning the passphrase lock on and off as crash-safe transitions (see transitions.py).

Lock: every plaintext copy the app ever wrote is covered — the journal and its
backups are re-encrypted (each backup ending with its copy of the wrapped key,
``core/key_copies.py``), damaged journals kept in ``damaged-*/`` are sealed,
and temporary copies (``*.partial``, ``*.restoring``, …) are deleted. Unlock
is the mirror image; the key file is retired only after the last file is
decrypted. The database must be closed (and checkpointed) by the caller.
"""

from __future__ import annotations

from functools import partial
from collections.abc import Callable, Sequence
from pathlib import Path

from resilience_desktop.core import vault
from resilience_desktop.core.backup import list_backups
from resilience_desktop.core.conversion import (ConversionFailed, convert_database, seal_file,
                                                unseal_file)
from resilience_desktop.core.db import looks_plain_sqlite
from resilience_desktop.core.errors import UserFacingError
from resilience_desktop.core.files import replace_durably, unlink_durably, write_json_atomic
from resilience_desktop.core.progress import Cancelled, Progress, report
from resilience_desktop.core.transitions import (LOCKING, SEALED, UNLOCKING, UNSEALING,
                                                 data_folders, delete_all, files_to_drop,
                                                 files_with_suffix,
                                                 intent_path, remove_sidecars, without_suffix,
                                                 write_intent)
from resilience_desktop.core.files import ROLLBACK_JOURNAL
from resilience_desktop.core.i18n import translate
from typing import TYPE_CHECKING, Any
from resilience_desktop.core.log import get_logger

if TYPE_CHECKING:
    from resilience_desktop.paths import AppPaths

log = get_logger(__name__)
PENDING_VAULT, RETIRED_VAULT = ".pending", ".retired"


class LockChangeFailed(UserFacingError):
    """A file could not be converted; everything was left as it was."""


def pending_vault_path(paths: AppPaths) -> Path:
    path = vault.vault_path(paths)
    return path.with_name(path.name + PENDING_VAULT)


def retired_vault_path(paths: AppPaths) -> Path:
    path = vault.vault_path(paths)
    return path.with_name(path.name + RETIRED_VAULT)


def _databases(paths: AppPaths, encrypted: bool) -> list[Path]:
    """The journal and every backup, in the state (plain or encrypted) to convert."""
    found = [paths.db_path] + [b.path for b in list_backups(paths.backups_dir)]
    return [p for p in found if p.exists() and looks_plain_sqlite(p) != encrypted]


def _damaged_files(paths: AppPaths, sealed: bool) -> list[Path]:
    folders = [f for f in data_folders(paths) if f.name.startswith("damaged-")]
    return [p for f in folders for p in sorted(f.iterdir())
            if p.is_file() and p.name.endswith(SEALED) == sealed]


def _label(path: Path, paths: AppPaths) -> str:
    return "the journal" if path == paths.db_path else f"the backup {path.name}"


def run_jobs(jobs: Sequence[Callable[[], object]], progress: Progress | None, total: int, what: str) -> None:
    """Run the file conversions two at a time (SQLCipher and Argon2 release the GIL),
    reporting each one done; the first error stops the rest and is raised."""
    from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait

    report(progress, 0, total, what)
    with ThreadPoolExecutor(max_workers=2) as pool:
        pending = {pool.submit(job) for job in jobs}
        done_count = 0
        while pending:
            done, pending = wait(pending, return_when=FIRST_EXCEPTION)
            for future in done:
                error = future.exception()
                if error is not None:
                    for other in pending:
                        other.cancel()
                    wait(pending)
                    raise error
            done_count += len(done)
            report(progress, done_count, total, what)


def turn_lock_on(paths: AppPaths, key: bytes, record: dict[str, Any], progress: Progress | None = None) -> None:
    """Encrypt everything with key (record: its vault.json). Rolls back on failure."""
    plain, damaged = _databases(paths, encrypted=False), _damaged_files(paths, sealed=False)
    total = len(plain) + len(damaged) + 1
    write_intent(paths, "lock")
    try:
        write_json_atomic(pending_vault_path(paths), record)
        jobs = [partial(_encrypt, path, path.with_name(path.name + LOCKING), key,
                        _label(path, paths), None if path == paths.db_path else record)
                for path in plain]
        jobs += [partial(seal_file, path, path.with_name(path.name + SEALED), key)
                 for path in damaged]
        run_jobs(jobs, progress, total, "Encrypting the journal and every copy of it")
    except (ConversionFailed, Cancelled, OSError) as error:
        recover_lock(paths, {})
        unlink_durably(intent_path(paths))
        if isinstance(error, Cancelled):
            raise
        raise LockChangeFailed(translate("Resilience", "{error} The lock was not turned on; nothing was changed.").format(error=error)) \
            from error
    replace_durably(pending_vault_path(paths), vault.vault_path(paths))  # commit point
    _lock_roll_forward(paths)
    unlink_durably(intent_path(paths))
    report(progress, total, total, "Encrypted")
    log.info("passphrase lock turned on (%d databases, %d damaged files)", len(plain), len(damaged))


def _encrypt(path: Path, twin: Path, key: bytes, label: str, key_copy: dict[str, Any] | None) -> None:
    """twin = path encrypted with key; a backup's twin ends with its key copy."""
    convert_database(path, twin, None, key, label)
    if key_copy is not None:
        from resilience_desktop.core.key_copies import append_key_copy

        append_key_copy(twin, key_copy)


def _lock_roll_forward(paths: AppPaths) -> None:
    remove_sidecars(paths.db_path)  # plaintext pages: checkpointed into the old file already
    for twin in files_with_suffix(paths, LOCKING):
        replace_durably(twin, without_suffix(twin, LOCKING))
    delete_all([without_suffix(s, SEALED) for s in files_with_suffix(paths, SEALED)
                if without_suffix(s, SEALED).exists()])
    from resilience_desktop.core.transitions import remove_leftovers

    remove_leftovers(paths)


def recover_lock(paths: AppPaths, intent: dict[str, Any]) -> str:
    if vault.vault_path(paths).exists() and not pending_vault_path(paths).exists():
        _lock_roll_forward(paths)
        return "finished"
    delete_all(files_to_drop(paths, LOCKING))
    delete_all([s for s in files_with_suffix(paths, SEALED) if without_suffix(s, SEALED).exists()])
    delete_all(files_to_drop(paths, SEALED + ROLLBACK_JOURNAL))
    unlink_durably(pending_vault_path(paths))
    return "rolled back"


def turn_lock_off(paths: AppPaths, key: bytes, progress: Progress | None = None) -> None:
    """Decrypt everything, then retire the key. Rolls back on failure."""
    encrypted, sealed = _databases(paths, encrypted=True), _damaged_files(paths, sealed=True)
    total = len(encrypted) + len(sealed) + 1
    write_intent(paths, "unlock")
    try:
        jobs = [partial(convert_database, path, path.with_name(path.name + UNLOCKING), key, None,
                        _label(path, paths)) for path in encrypted]
        jobs += [partial(unseal_file, path, without_suffix(path, SEALED).with_name(
            without_suffix(path, SEALED).name + UNSEALING), key) for path in sealed]
        run_jobs(jobs, progress, total, "Decrypting the journal and every copy of it")
    except (ConversionFailed, Cancelled, OSError) as error:
        recover_unlock(paths, {})
        unlink_durably(intent_path(paths))
        if isinstance(error, Cancelled):
            raise
        raise LockChangeFailed(translate("Resilience", "{error} The lock is still on; nothing was changed. If that backup is damaged, move it out of the backups folder and try again.").format(error=error)) from error
    replace_durably(vault.vault_path(paths), retired_vault_path(paths))  # commit point
    _unlock_roll_forward(paths)
    unlink_durably(intent_path(paths))
    report(progress, total, total, "Decrypted")
    log.info("passphrase lock turned off (%d databases, %d sealed files)", len(encrypted),
             len(sealed))


def _unlock_roll_forward(paths: AppPaths) -> None:
    remove_sidecars(paths.db_path)
    for twin in files_with_suffix(paths, UNLOCKING):
        replace_durably(twin, without_suffix(twin, UNLOCKING))
    for twin in files_with_suffix(paths, UNSEALING):
        replace_durably(twin, without_suffix(twin, UNSEALING))
    delete_all([s for s in files_with_suffix(paths, SEALED) if without_suffix(s, SEALED).exists()])
    unlink_durably(retired_vault_path(paths))  # last: nothing needs the key any more


def recover_unlock(paths: AppPaths, intent: dict[str, Any]) -> str:
    if not vault.vault_path(paths).exists() and retired_vault_path(paths).exists():
        _unlock_roll_forward(paths)
        return "finished"
    if not vault.vault_path(paths).exists():
        return "finished"  # the retired key was the last thing deleted
    delete_all(files_to_drop(paths, UNLOCKING) + files_to_drop(paths, UNSEALING))
    return "rolled back"
