"""The unlock dialog, the lock settings dialog, auto-lock and the first-run offer."""

import hashlib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from resilience_desktop.core import vault
from tests.inspection import is_encrypted
from resilience_desktop.services.preferences import get_preference, set_preference
from resilience_desktop.ui.safety.lock_settings_dialog import AUTOLOCK_PREFERENCE, LockSettingsDialog
from resilience_desktop.ui.safety.unlock_dialog import UnlockDialog
from resilience_desktop.ui.widgets import background

FAST = {"time_cost": 1, "memory_cost": 1024, "parallelism": 1}


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch):
    monkeypatch.setattr(vault, "DEFAULT_KDF", FAST)


def _lock_with_dialog(context, qtbot, passphrase="dialog passphrase"):
    dialog = LockSettingsDialog(context)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.new_edit, passphrase)
    qtbot.keyClicks(dialog.confirm_edit, passphrase)
    qtbot.mouseClick(dialog.lock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(background.idle, timeout=30_000)  # the lock runs on a worker thread
    return dialog


def test_settings_dialog_turns_the_lock_on_and_shows_the_recovery_key(context, qtbot):
    set_preference("mood", "private")
    dialog = _lock_with_dialog(context, qtbot)
    assert is_encrypted() and vault.is_locked(context.paths)
    assert len(dialog.recovery_edit.text().replace("-", "")) == 32
    assert get_preference("mood") == "private"
    assert dialog.change_button.isVisibleTo(dialog) and not dialog.lock_button.isVisibleTo(dialog)


def test_mismatched_new_passphrases_are_refused(context, qtbot):
    dialog = LockSettingsDialog(context)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.new_edit, "one passphrase")
    qtbot.keyClicks(dialog.confirm_edit, "another passphrase")
    qtbot.mouseClick(dialog.lock_button, Qt.MouseButton.LeftButton)
    assert "not the same" in dialog.status_label.text() and not vault.is_locked(context.paths)


def test_unlock_dialog_wrong_then_right(context, qtbot):
    _lock_with_dialog(context, qtbot)
    hashes = {p: hashlib.sha256(p.read_bytes()).hexdigest()
              for p in context.paths.data_dir.rglob("*") if p.is_file() and "logs" not in p.parts}
    dialog = UnlockDialog(context.paths)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase_edit, "wrong one!")
    qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
    assert "not right" in dialog.error_label.text() and dialog.key is None
    assert hashes == {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in hashes}
    dialog.passphrase_edit.clear()
    qtbot.keyClicks(dialog.passphrase_edit, "dialog passphrase")
    qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
    assert dialog.key is not None and len(dialog.key) == 32


def test_auto_lock_closes_the_window_and_reopens_after_the_passphrase(context, qtbot):
    from resilience_desktop.ui.main_window import MainWindow
    from resilience_desktop.ui.safety.auto_lock import AutoLock

    _lock_with_dialog(context, qtbot)
    set_preference(AUTOLOCK_PREFERENCE, 5)
    key = vault.unlock_with_passphrase(context.paths, "dialog passphrase")
    first = MainWindow(context)
    qtbot.addWidget(first)
    made = []

    def make_window():
        window = MainWindow(context)
        qtbot.addWidget(window)
        made.append(window)
        return window

    auto_lock = AutoLock(context, make_window, lambda paths: key)
    auto_lock.start(first)
    assert auto_lock.timer.isActive() and auto_lock.timer.interval() == 5 * 60_000
    assert auto_lock.lock_now()
    assert made and auto_lock.window is made[0] and first.isHidden()
    assert get_preference(AUTOLOCK_PREFERENCE) == 5  # the database is open again


@pytest.mark.parametrize("use_recovery", [False, True])
def test_unlock_dialog_opens_a_journal_whose_key_file_is_lost(context, qtbot, use_recovery):
    """vault.json deleted: the dialog says so, and the passphrase or the recovery key (with a
    new passphrase) opens the journal from a backup's key copy and writes vault.json back."""
    from resilience_desktop.services.safety.backups import make_backup

    dialog = _lock_with_dialog(context, qtbot)
    recovery = dialog.recovery_edit.text()
    make_backup(context.session)
    key = vault.unlock_with_passphrase(context.paths, "dialog passphrase")
    vault.vault_path(context.paths).unlink()
    unlock = UnlockDialog(context.paths)
    qtbot.addWidget(unlock)
    unlock.show()
    assert unlock.lost_label.isVisible() and "vault.json" in unlock.lost_label.text()
    if use_recovery:
        qtbot.keyClicks(unlock.passphrase_edit, recovery)
        qtbot.mouseClick(unlock.recovery_check, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(unlock.new_passphrase_edit, "another passphrase")
    else:
        qtbot.keyClicks(unlock.passphrase_edit, "dialog passphrase")
    qtbot.keyClick(unlock.passphrase_edit, Qt.Key.Key_Return)
    assert unlock.key == key, unlock.error_label.text()
    again = "another passphrase" if use_recovery else "dialog passphrase"
    assert vault.unlock_with_passphrase(context.paths, again) == key  # vault.json is back
