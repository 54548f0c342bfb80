"""Driving File → Sync… and the sync status line like a person (issue 18): two or more
data folders and one sync folder in tmp, one window at a time (the database handle is
one per process). Test modules import these names, with the ``cheap_kdf`` fixture."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

import pytest

from resilience_desktop.services.journal import entries
from resilience_desktop.services.sync import folder_key
from resilience_desktop.ui.sync.sync_dialog import SyncDialog
from tests.services.sync_helpers import CHEAP_KDF, PASSPHRASE

WAIT = 120_000  # ms: the most a sync on a loaded machine may take (a wait, not a limit)


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch):
    monkeypatch.setattr(folder_key, "DEFAULT_KDF", CHEAP_KDF)


@contextmanager
def window_on(data_dir: Path, qtbot):
    from resilience_desktop.core.session import DataSession
    from resilience_desktop.paths import AppPaths
    from resilience_desktop.ui.app_context import AppContext
    from resilience_desktop.ui.app_signals import AppSignals
    from resilience_desktop.ui.main_window import MainWindow
    from resilience_desktop.ui.sync.runner import wait_until_idle

    session = DataSession(AppPaths.resolve(data_dir))
    session.open_writer(create=True, take_lock=False)
    window = MainWindow(AppContext(paths=session.paths, signals=AppSignals(), session=session))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        yield window
    finally:
        window.sync.started = False  # the tests below close with their own sync
        window.close()
        wait_until_idle()
        session.close()


def open_dialog(window, qtbot) -> SyncDialog:
    window.sync_action.trigger()
    [dialog] = [shown for shown in window.findChildren(SyncDialog) if shown.isVisible()]
    qtbot.waitExposed(dialog)
    return dialog


def type_into(qtbot, edit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)
    edit.editingFinished.emit()


def press_sync(dialog, qtbot) -> str:
    qtbot.mouseClick(dialog.sync_button, qtbot_left())
    qtbot.waitUntil(lambda: not dialog.controller.busy, timeout=WAIT)
    return dialog.message_label.text()


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def join(window, qtbot, folder: Path, passphrase: str = PASSPHRASE, name: str = "") -> str:
    dialog = open_dialog(window, qtbot)
    type_into(qtbot, dialog.folder_edit, str(folder))
    type_into(qtbot, dialog.passphrase_edit, passphrase)
    if dialog.repeat_edit.isVisible():
        type_into(qtbot, dialog.repeat_edit, passphrase)
    if name:
        type_into(qtbot, dialog.name_edit, name)
    message = press_sync(dialog, qtbot)
    dialog.close()
    return message


def bodies() -> list[str]:
    return [f"{summary.title} {summary.preview}".strip() for summary in entries.list_entries()]


def sync_from_dialog(window, qtbot) -> str:
    """File → Sync…, Sync now (a folder already joined); the dialog's message."""
    dialog = open_dialog(window, qtbot)
    message = press_sync(dialog, qtbot)
    dialog.close()
    return message
