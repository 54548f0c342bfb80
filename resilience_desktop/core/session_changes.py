"""What an open writer session can do: back up, lock, unlock, change the
passphrase, restore, daily maintenance, suspend and resume (auto-lock).

A mixin of ``DataSession`` (core/session.py) so that the session file stays
about opening and closing. Every method that replaces files closes the
database first and reopens it through the same health check afterwards.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from peewee import PeeweeException

from resilience_desktop.core import clock
from resilience_desktop.core import vault
from resilience_desktop.core.backup import backup_name, list_backups, rotate_backups, \
    write_verified_backup
from resilience_desktop.core.errors import UserFacingError, ValidationError
from resilience_desktop.core.files import make_private
from resilience_desktop.core.integrity import driver_errors
from resilience_desktop.core.progress import Progress, report

log = logging.getLogger(__name__)


def unique_backup_path(directory: Path, kind: str) -> Path:
    dest = directory / backup_name(kind)
    base, counter = dest.stem, 1
    while dest.exists():
        dest = directory / f"{base}-{counter}.sqlite3"
        counter += 1
    return dest


class SessionChanges:
    def _require_writer(self, opened: bool = True) -> None:
        if not self.writer or (opened and not self.is_open):
            raise RuntimeError("this needs the data session open for writing")

    # ---- backups ---------------------------------------------------------
    def backup(self, kind: str = "manual", progress: Progress | None = None) -> Path:
        """A verified backup of the open journal, then rotation."""
        self._require_writer()
        report(progress, 0, 1, "Writing a verified backup")
        dest = write_verified_backup(unique_backup_path(self.paths.backups_dir, kind))
        make_private(dest)
        rotate_backups(self.paths.backups_dir)
        report(progress, 1, 1, "Backup written")
        return dest

    def daily_maintenance(self, today: date | None = None) -> Path | None:
        """The automatic backup (at most one a day) and rotation."""
        today = today or clock.today()
        backups = list_backups(self.paths.backups_dir)
        if any(b.kind == "auto" and b.created.date() == today for b in backups):
            return None
        return self.backup("auto")

    # ---- the passphrase lock --------------------------------------------
    def lock(self, passphrase: str, progress: Progress | None = None) -> str:
        """Encrypt the journal and every copy; returns the recovery key (show it once)."""
        from resilience_desktop.core.lock_transition import turn_lock_on

        self._require_writer()
        if vault.is_locked(self.paths):
            raise ValidationError("The journal is already locked.")
        vault.check_passphrase_strength(passphrase)
        key, record, recovery = vault.create_vault(passphrase)
        self.close_connection()
        try:
            turn_lock_on(self.paths, key, record, progress)
        except BaseException:
            self._settle_and_reopen(key)
            raise
        self.key = key
        self.verify_and_connect(just_verified=True)
        return recovery

    def _settle_and_reopen(self, key: bytes) -> None:
        """After a change failed half-way: finish or roll it back, open what is there."""
        from resilience_desktop.core.transitions import finish_or_roll_back

        try:
            finish_or_roll_back(self.paths)
            self.key = key if vault.is_locked(self.paths) else None
            self.verify_and_connect()
        except Exception as error:  # the original error is the one to report
            log.error("reopening after a failed change failed: %s", type(error).__name__)

    def unlock(self, passphrase: str, progress: Progress | None = None) -> None:
        """Decrypt the journal and every copy, then retire the key."""
        from resilience_desktop.core.lock_transition import turn_lock_off

        from resilience_desktop.core.key_copies import needs_key

        self._require_writer()
        if not needs_key(self.paths):
            raise ValidationError("The journal is not locked.")
        key = vault.unlock_with_passphrase(self.paths, passphrase, repair=True)
        self.close_connection()
        try:
            turn_lock_off(self.paths, key, progress)
        except BaseException:
            self._settle_and_reopen(key)
            raise
        self.key = None
        self.verify_and_connect(just_verified=True)

    def change_passphrase(self, current: str, new: str, with_recovery_key: bool = False) -> None:
        """Re-wrap the data key (current may be the recovery key); one atomic file write.
        A missing or damaged vault.json is rebuilt from a backup's key copy."""
        from resilience_desktop.core.key_copies import needs_key

        if not needs_key(self.paths):
            raise ValidationError("The journal is not locked; turn the lock on first.")
        vault.check_passphrase_strength(new)
        role = "recovery" if with_recovery_key else "passphrase"
        key, record = vault.open_key(self.paths, current, role)
        if with_recovery_key:
            record = vault.upgraded(record, role, key, current)
        vault.save_vault(self.paths, vault.rewrap_passphrase(record, key, new))
        log.info("passphrase changed")

    # ---- restore ----------------------------------------------------------
    def restore(self, source: Path, progress: Progress | None = None) -> Path:
        """Replace the journal with a verified copy of source; returns where the
        journal as it was is kept (a before-restore backup or a damaged-* folder)."""
        from resilience_desktop.core.restore_transition import move_damaged_aside, restore_file

        self._require_writer(opened=False)
        if self.key is None:
            self.key = self._key_if_locked()
        was_open = self.is_open

        def keep_previous() -> Path:
            if was_open:
                try:
                    previous = self.backup("before-restore")
                    self.close_connection()
                    return previous
                except (UserFacingError, PeeweeException, *driver_errors()) as error:  # damaged
                    log.error("before-restore backup failed (%s)", type(error).__name__)
            self.close_connection()
            return move_damaged_aside(self.paths)

        try:
            previous = restore_file(self.paths, Path(source), self.key, keep_previous, progress)
        except BaseException:
            if was_open and not self.is_open:
                self._settle_and_reopen(self.key)
            raise
        self.damage = None
        self.verify_and_connect(just_verified=True)
        return previous

    # ---- auto-lock ----------------------------------------------------------
    def suspend(self) -> None:
        """Close the journal and forget the key; the writer lock stays held."""
        self.close_connection()
        self.key = None
        log.info("journal closed (suspended)")

    def resume(self, key: bytes | None) -> None:
        """Reopen after suspend() with the key just asked for."""
        self._require_writer(opened=False)
        self.key = key
        try:
            self.verify_and_connect()
        except UserFacingError:
            self.key = None
            raise
