"""The bodies of what an open writer session does: back up, lock, unlock, change the
passphrase, restore, the daily full check and backup.

Each takes the session explicitly (``DataSession`` in session.py calls them after
checking its state). Every change that replaces files moves the session to CHANGING
(database closed) and back to OPEN through the same health check, or to DAMAGED when
even the rolled-back journal cannot be opened.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from peewee import PeeweeException

from resilience_desktop.core import clock, vault
from resilience_desktop.core.backup import (backup_name, list_backups, rotate_backups,
                                            write_verified_backup)
from resilience_desktop.core.errors import UserFacingError, ValidationError
from resilience_desktop.core.files import make_private
from resilience_desktop.core.integrity import driver_errors
from resilience_desktop.core.progress import Progress, report
from resilience_desktop.core.session.state import SessionState
from resilience_desktop.core.i18n import translate
from resilience_desktop.core.log import get_logger

if TYPE_CHECKING:
    from resilience_desktop.core.session.session import DataSession
    from resilience_desktop.paths import AppPaths

log = get_logger(__name__)


def unique_backup_path(directory: Path, kind: str) -> Path:
    dest = directory / backup_name(kind)
    base, counter = dest.stem, 1
    while dest.exists():
        dest = directory / f"{base}-{counter}.sqlite3"
        counter += 1
    return dest


def backup(session: DataSession, kind: str, progress: Progress | None) -> Path:
    report(progress, 0, 1, "Writing a verified backup")
    folder = session.paths.backups_dir
    dest: Path = write_verified_backup(unique_backup_path(folder, kind))
    make_private(dest)
    rotate_backups(folder)
    report(progress, 1, 1, "Backup written")
    return dest


def daily_check(session: DataSession, today: date | None) -> str | None:
    """The full quick_check of the open journal, once a day, recorded (core/check_record);
    what is wrong when it failed, else None. It reads on the session's own connection, so
    it sees what the -wal holds too."""
    from resilience_desktop.core.check_record import full_check_due, write_record
    from resilience_desktop.core.db import database

    db_path = session.paths.db_path
    if not full_check_due(db_path, today):
        return None
    try:
        messages = [row[0] for row in database.execute_sql("PRAGMA quick_check").fetchall()]
    except driver_errors(PeeweeException) as error:
        messages = [str(error)]
    ok = messages == ["ok"]
    summary = "; ".join(messages[:5])
    write_record(db_path, ok, summary)
    if ok:
        return None
    log.error("the daily full check failed (%d messages)", len(messages))
    return translate("Resilience", "{what} is damaged and cannot be opened safely ({summary}). Nothing was changed.").format(what="The journal file", summary=summary)


def daily_backup(session: DataSession, today: date | None) -> Path | None:
    today = today or clock.today()
    backups = list_backups(session.paths.backups_dir)
    if any(b.kind == "auto" and b.created.date() == today for b in backups):
        return None
    return session.backup("auto")


def lock(session: DataSession, passphrase: str, progress: Progress | None) -> str:
    from resilience_desktop.core.lock_transition import turn_lock_on

    if vault.is_locked(session.paths):
        raise ValidationError(translate("Resilience", "The journal is already locked."))
    vault.check_passphrase_strength(passphrase)
    key, record, recovery = vault.create_vault(passphrase)
    session.begin_change()
    try:
        turn_lock_on(session.paths, key, record, progress)
    except BaseException:
        settle_and_reopen(session, key)
        raise
    session.end_change(key)
    recovery_key: str = recovery
    return recovery_key


def unlock(session: DataSession, passphrase: str, progress: Progress | None) -> None:
    from resilience_desktop.core.key_copies import needs_key
    from resilience_desktop.core.lock_transition import turn_lock_off

    if not needs_key(session.paths):
        raise ValidationError(translate("Resilience", "The journal is not locked."))
    key = vault.unlock_with_passphrase(session.paths, passphrase, repair=True)
    session.begin_change()
    try:
        turn_lock_off(session.paths, key, progress)
    except BaseException:
        settle_and_reopen(session, key)
        raise
    session.end_change(None)


def settle_and_reopen(session: DataSession, key: bytes | None) -> None:
    """After a change failed half-way: finish or roll it back, open what is there
    (-> OPEN), or DAMAGED if even that fails. The original error is the one reported."""
    from resilience_desktop.core.transitions import finish_or_roll_back

    try:
        finish_or_roll_back(session.paths)
        session.end_change(key if vault.is_locked(session.paths) else None, just_verified=False)
    except Exception as error:  # noqa: BLE001 - logged; the caller re-raises the first error
        log.error("reopening after a failed change failed: %s", type(error).__name__)
        session.change_failed(error)


def change_passphrase(paths: AppPaths, current: str, new: str, with_recovery_key: bool) -> None:
    """Re-wrap the data key (current may be the recovery key); one atomic file write.
    A missing or damaged vault.json is rebuilt from a backup's key copy."""
    from resilience_desktop.core.key_copies import needs_key

    if not needs_key(paths):
        raise ValidationError(translate("Resilience", "The journal is not locked; turn the lock on first."))
    vault.check_passphrase_strength(new)
    role = "recovery" if with_recovery_key else "passphrase"
    key, record = vault.open_key(paths, current, role)
    if with_recovery_key:
        record = vault.upgraded(record, role, key, current)
    vault.save_vault(paths, vault.rewrap_passphrase(record, key, new))
    log.info("passphrase changed")


def restore(session: DataSession, source: Path, progress: Progress | None) -> Path:
    from resilience_desktop.core.restore_transition import move_damaged_aside, restore_file

    if session.key is None:
        session.key = session.key_if_locked()
    was_open = session.state is SessionState.OPEN
    damage: tuple[type[BaseException], ...] = (UserFacingError, PeeweeException, *driver_errors())

    def keep_previous() -> Path:
        if was_open:
            try:
                previous = session.backup("before-restore")
                session.begin_change()
                return previous
            except damage as error:  # the journal is damaged: moved aside instead
                log.error("before-restore backup failed (%s)", type(error).__name__)
        if session.state is not SessionState.CHANGING:
            session.begin_change()
        moved: Path = move_damaged_aside(session.paths)
        return moved

    try:
        previous: Path = restore_file(session.paths, source, session.key, keep_previous,
                                      progress)
    except BaseException as error:
        if session.state is SessionState.CHANGING:
            if was_open:
                settle_and_reopen(session, session.key)
            else:
                session.change_failed(error)
        raise
    try:
        session.end_change(session.key)
    except BaseException as error:
        session.change_failed(error)
        raise
    return previous
