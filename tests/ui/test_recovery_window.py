"""The recovery screen: restore the newest good backup, or save what can be read."""

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from resilience_desktop.core.db import close_database
from resilience_desktop.core.session import DataSession
from resilience_desktop.paths import AppPaths
from resilience_desktop.services.preferences import get_preference
from resilience_desktop.ui.safety.recovery_window import RecoveryWindow
from tests.conftest import run_cli
from tests.core.damaged_journals import make_damaged, snapshot
from tests.inspection import make_folders


@pytest.fixture
def damaged(tmp_path):
    paths = AppPaths.resolve(tmp_path / "data")
    make_damaged(paths, "corrupted_page", tmp_path / "scratch")
    return paths


def _damaged_session(paths):
    """The app's session on a damaged journal: it holds the folder, the journal not open."""
    session = DataSession(paths)
    session.open_writer(allow_damaged=True)
    return session


def test_restore_newest_good_backup(damaged, qtbot, monkeypatch):
    informed = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: informed.append(a[2]))
    window = RecoveryWindow(_damaged_session(damaged), "quick_check said: page 3")
    qtbot.addWidget(window)
    window.show()
    assert "Restore the backup from" in window.restore_button.text()
    with qtbot.waitSignal(window.restored):
        qtbot.mouseClick(window.restore_button, Qt.MouseButton.LeftButton)
    try:
        assert get_preference("entry.0") == "some words " * 20
    finally:
        close_database()
    assert window.was_restored and "damaged file is kept" in informed[0]


def test_save_what_can_be_read(damaged, qtbot, monkeypatch, tmp_path):
    dest = tmp_path / "rescued.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(dest), "JSON"))
    window = RecoveryWindow(DataSession(damaged), "quick_check said: page 3")
    qtbot.addWidget(window)
    before = snapshot(damaged.data_dir)
    qtbot.mouseClick(window.export_button, Qt.MouseButton.LeftButton)
    assert "Saved" in window.status_label.text()
    assert json.loads(dest.read_text())["tables"]
    assert snapshot(damaged.data_dir) == before


def test_no_backup_means_no_restore_button(tmp_path, qtbot):
    paths = AppPaths.resolve(tmp_path / "data")
    make_folders(paths)
    paths.db_path.write_bytes(b"garbage" * 100)
    window = RecoveryWindow(DataSession(paths), "file is not a database")
    qtbot.addWidget(window)
    assert not window.restore_button.isEnabled()


@pytest.mark.slow
def test_the_app_opens_the_recovery_screen_instead_of_the_window(damaged):
    before = snapshot(damaged.data_dir)
    result = run_cli("--smoke", "--data-dir", str(damaged.data_dir))
    assert result.returncode == 1 and "damaged" in result.stderr
    assert snapshot(damaged.data_dir) == before


def test_an_encrypted_looking_journal_without_key_file_is_explained(tmp_path, qtbot):
    """No vault.json and no key copy: the screen says it may be locked, and how back."""
    from tests.conftest import make_journal

    paths = AppPaths.resolve(make_journal(tmp_path / "data"))
    data = bytearray(paths.db_path.read_bytes())
    data[:16] = bytes(range(16))  # what an SQLCipher file starts with: not the SQLite header
    paths.db_path.write_bytes(bytes(data))
    window = RecoveryWindow(DataSession(paths), "file is not a database")
    qtbot.addWidget(window)
    assert "vault.json is missing" in window.details_label.text()
    assert "--data-dir NEW" in window.details_label.text()
