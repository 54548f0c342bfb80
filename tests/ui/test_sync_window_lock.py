"""File → Passphrase lock… while a sync runs on its worker thread (issue 18): turning
the lock on waits for the sync to end first, saying so, and the window stays answering
meanwhile; then the journal is locked with the sync's work in it."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog

from resilience_desktop.core import vault
from resilience_desktop.services.journal import entries
from resilience_desktop.services.sync import setup
from resilience_desktop.ui.safety.lock_settings_dialog import LockSettingsDialog
from resilience_desktop.ui.widgets import background
from tests.inspection import is_encrypted
from tests.ui.sync_window_helpers import (WAIT, bodies, cheap_kdf, join,  # noqa: F401 (a fixture)
                                          window_on)

FAST = {"time_cost": 1, "memory_cost": 1024, "parallelism": 1}
PASSPHRASE = "lock passphrase"


@pytest.fixture(autouse=True)
def fast_vault_kdf(monkeypatch):
    monkeypatch.setattr(vault, "DEFAULT_KDF", FAST)


def test_turning_the_lock_on_waits_for_the_running_sync(tmp_path, qtbot, monkeypatch):
    folder = tmp_path / "Sync"
    folder.mkdir()
    entered, release = threading.Event(), threading.Event()
    real = setup.sync_now

    def slow_sync(*args):
        entered.set()
        release.wait()
        return real(*args)

    with window_on(tmp_path / "laptop", qtbot) as window:
        join(window, qtbot, folder, name="Laptop")
        entries.save_entry(entries.EntryInput(entry_date=date(2026, 3, 4), body="Before the lock."))
        monkeypatch.setattr(setup, "sync_now", slow_sync)
        window.sync.start()  # the sync on open, slow: a large first sync
        qtbot.waitUntil(entered.is_set, timeout=WAIT)
        window.lock_settings_action.trigger()
        [dialog] = window.findChildren(LockSettingsDialog)
        qtbot.keyClicks(dialog.new_edit, PASSPHRASE)
        qtbot.keyClicks(dialog.confirm_edit, PASSPHRASE)
        qtbot.mouseClick(dialog.lock_button, Qt.MouseButton.LeftButton)
        [progress] = dialog.findChildren(QProgressDialog)
        qtbot.waitUntil(progress.isVisible, timeout=WAIT)  # the window still answers
        assert progress.labelText() == "Waiting for the sync to finish…"
        qtbot.wait(300)
        assert window.sync.busy and not vault.is_locked(window.context.paths)
        assert window.sync.label.text() == "Syncing…"
        release.set()
        qtbot.waitUntil(lambda: background.idle() and not window.sync.busy, timeout=WAIT)
        assert vault.is_locked(window.context.paths) and is_encrypted()
        assert "The journal is locked" in dialog.status_label.text()
        assert window.sync.label.text().startswith("Up to date with the sync folder")
        assert len(list(folder.rglob("*.seg"))) == 2
        assert bodies() == ["Before the lock."]
