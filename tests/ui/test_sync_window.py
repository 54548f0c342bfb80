"""File → Sync…, the status line and sync on open/close/folder change (issue 18), driven
like a person: two data folders and one sync folder in tmp, one window at a time (the
database handle is one per process)."""

from __future__ import annotations

import threading
from datetime import date

from PySide6.QtCore import QEvent, QObject, QTimer

from resilience_desktop.services.journal import entries
from resilience_desktop.services.sync import folder_key
from resilience_desktop.ui.sync.controller import DEBOUNCE_MS
from tests.services.sync_helpers import PASSPHRASE
from tests.ui.sync_window_helpers import (WAIT, bodies, cheap_kdf, join,  # noqa: F401 (a fixture)
                                          open_dialog, press_sync, qtbot_left, type_into,
                                          window_on)


def test_an_entry_written_on_one_computer_arrives_on_the_other(tmp_path, qtbot):
    folder = tmp_path / "Sync"
    folder.mkdir()
    with window_on(tmp_path / "a", qtbot) as window:
        dialog = open_dialog(window, qtbot)
        type_into(qtbot, dialog.folder_edit, str(folder))
        assert dialog.passphrase_edit.isVisible() and dialog.repeat_edit.isVisible()
        type_into(qtbot, dialog.passphrase_edit, PASSPHRASE)
        type_into(qtbot, dialog.repeat_edit, PASSPHRASE + "x")
        assert "differ" in press_sync(dialog, qtbot)
        assert not folder_key.has_folder(folder)
        type_into(qtbot, dialog.repeat_edit, PASSPHRASE)
        type_into(qtbot, dialog.name_edit, "Laptop")
        message = press_sync(dialog, qtbot)
        assert "recovery key" in message and "Sent" in message
        assert folder_key.has_folder(folder)
        assert "Laptop (this computer)" in dialog.computers_list.item(0).text()
        assert window.sync.label.text().startswith("Up to date with the sync folder · ")
        entries.save_entry(entries.EntryInput(entry_date=date(2026, 3, 4), body="Walked by the river."))
        assert "Sent 1 change" in press_sync(dialog, qtbot)
        dialog.close()
    with window_on(tmp_path / "b", qtbot) as window:
        dialog = open_dialog(window, qtbot)
        type_into(qtbot, dialog.folder_edit, str(folder))
        assert dialog.passphrase_edit.isVisible() and not dialog.repeat_edit.isVisible()
        type_into(qtbot, dialog.passphrase_edit, "not the passphrase")
        assert "not the sync folder's passphrase" in press_sync(dialog, qtbot)
        assert bodies() == []
        type_into(qtbot, dialog.passphrase_edit, PASSPHRASE)
        type_into(qtbot, dialog.name_edit, "Desktop")
        assert "from 1 computer" in press_sync(dialog, qtbot)
        assert bodies() == ["Walked by the river."]
        listed = [dialog.computers_list.item(row).text() for row in range(dialog.computers_list.count())]
        assert listed[0].startswith("Desktop (this computer)") and listed[1].startswith("Laptop — last synced")
        journal = window.tab("Journal")
        model = journal.browser.entry_list.model()
        shown = " ".join(str(model.index(row, 0).data()) for row in range(model.rowCount()))
        assert "Walked by the river." in shown  # the window's list (data_replaced refreshed it)


def test_a_mistyped_folder_and_another_journals_folder_get_plain_messages(tmp_path, qtbot):
    mine, theirs = tmp_path / "Mine", tmp_path / "Theirs"
    mine.mkdir()
    theirs.mkdir()
    with window_on(tmp_path / "b", qtbot) as window:
        assert "Sent" in join(window, qtbot, theirs)
    with window_on(tmp_path / "a", qtbot) as window:
        dialog = open_dialog(window, qtbot)
        type_into(qtbot, dialog.folder_edit, str(tmp_path / "Mnie"))
        assert "There is no folder" in press_sync(dialog, qtbot)
        type_into(qtbot, dialog.folder_edit, str(tmp_path / "a"))
        assert "inside the data folder" in press_sync(dialog, qtbot)
        type_into(qtbot, dialog.folder_edit, str(tmp_path))
        assert "inside the data folder (or hold it)" in press_sync(dialog, qtbot)
        assert not folder_key.has_folder(tmp_path) and not folder_key.has_folder(tmp_path / "a")
        dialog.close()
        assert "Sent" in join(window, qtbot, mine)
        mine.rename(tmp_path / "Mine-before")
        theirs.rename(mine)  # the folder's place now holds another journal's sync folder
        dialog = open_dialog(window, qtbot)
        assert dialog.folder_edit.isReadOnly()  # joined: the folder is shown, not chosen
        before = sorted(path.name for path in mine.rglob("*"))
        assert "belongs to another journal" in press_sync(dialog, qtbot)
        assert sorted(path.name for path in mine.rglob("*")) == before
        qtbot.mouseClick(dialog.stop_button, qtbot_left())
        assert "no longer syncs" in dialog.message_label.text()
        assert not window.sync.label.isVisible()
        assert not dialog.folder_edit.isReadOnly()
        dialog.close()


def test_unreachable_folder_shows_in_the_status_line(tmp_path, qtbot):
    folder = tmp_path / "Sync"
    folder.mkdir()
    with window_on(tmp_path / "a", qtbot) as window:
        join(window, qtbot, folder)
        folder.rename(tmp_path / "Unplugged")
        window.sync.start()
        qtbot.waitUntil(lambda: not window.sync.busy, timeout=WAIT)
        assert window.sync.label.text() == "Sync folder unreachable"
        dialog = open_dialog(window, qtbot)
        assert "unreachable" in press_sync(dialog, qtbot)
        dialog.close()


def test_a_note_dropped_in_the_folder_syncs_by_itself_off_the_gui_thread_then_idles(
        tmp_path, qtbot, monkeypatch):
    from resilience_desktop.services.sync import setup

    folder = tmp_path / "Sync"
    folder.mkdir()
    threads = []
    real = setup.sync_now
    monkeypatch.setattr(setup, "sync_now", lambda *args: threads.append(
        threading.get_ident()) or real(*args))
    with window_on(tmp_path / "a", qtbot) as window:
        join(window, qtbot, folder)
        window.sync.start()  # what application.py does for an interactive window
        qtbot.waitUntil(lambda: not window.sync.busy, timeout=WAIT)
        (folder / "inbox").mkdir(exist_ok=True)
        qtbot.wait(50)
        window.sync.watch()
        (folder / "inbox" / "note.md").write_text("Rain on the window.\n", "utf-8")
        qtbot.waitUntil(lambda: bodies() == ["Rain on the window."], timeout=WAIT)
        qtbot.waitUntil(lambda: not window.sync.busy and not window.sync.debounce.isActive(),
                        timeout=WAIT)
        assert threading.get_ident() not in threads and len(threads) >= 3
        # Idle: nothing changes, so no timer of sync runs (0 CPU), yet it watches.
        assert [timer.objectName() for timer in window.sync.findChildren(QTimer)
                if timer.isActive()] == []
        assert not window.sync.busy
        fired = TimerEvents()
        window.sync.installEventFilter(fired)
        syncs = len(threads)
        qtbot.wait(2 * DEBOUNCE_MS)  # a while of nothing: nothing fires, nothing syncs
        assert fired.count == 0 and len(threads) == syncs
        assert str(folder) in window.sync.watcher.directories()


class TimerEvents(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        self.count += event.type() == QEvent.Type.Timer
        return False


def test_closing_the_window_syncs_first(tmp_path, qtbot):
    folder = tmp_path / "Sync"
    folder.mkdir()
    with window_on(tmp_path / "a", qtbot) as window:
        join(window, qtbot, folder)
        window.sync.start()
        qtbot.waitUntil(lambda: not window.sync.busy, timeout=WAIT)
        before = sorted(folder.rglob("*.seg"))
        entries.save_entry(entries.EntryInput(entry_date=date(2026, 3, 5), body="Last words."))
        window.close()
        assert window.sync.busy or len(sorted(folder.rglob("*.seg"))) > len(before)
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT)
        assert len(sorted(folder.rglob("*.seg"))) == len(before) + 1
