"""A sync folder that is not there when the window opens (an unplugged USB stick, a
Syncthing folder not made yet) is watched through its nearest existing parent, with no
timer while it waits; when it appears, a sync runs by itself (issue 18)."""

from __future__ import annotations

import shutil
from datetime import date

from PySide6.QtCore import QTimer

from resilience_desktop.services.journal import entries
from tests.ui.sync_window_helpers import (WAIT, bodies, cheap_kdf, join,  # noqa: F401 (a fixture)
                                          sync_from_dialog, window_on)


def open_and_wait(window, qtbot) -> None:
    window.sync.start()  # what application.py does for an interactive window
    qtbot.waitUntil(lambda: not window.sync.busy, timeout=WAIT)


def no_active_timers(window) -> bool:
    return not [timer for timer in window.sync.findChildren(QTimer) if timer.isActive()]


def test_a_stick_plugged_in_after_the_window_opened_syncs_by_itself(tmp_path, qtbot):
    stick = tmp_path / "media" / "STICK"
    folder = stick / "Resilience"
    folder.mkdir(parents=True)
    with window_on(tmp_path / "laptop", qtbot) as window:
        join(window, qtbot, folder, name="Laptop")
        entries.save_entry(entries.EntryInput(entry_date=date(2026, 3, 4), body="From the laptop."))
        sync_from_dialog(window, qtbot)
    with window_on(tmp_path / "desktop", qtbot) as window:
        join(window, qtbot, folder, name="Desktop")
        assert bodies() == ["From the laptop."]
    with window_on(tmp_path / "laptop", qtbot) as window:
        entries.save_entry(entries.EntryInput(entry_date=date(2026, 3, 5), body="Later."))
        sync_from_dialog(window, qtbot)
    unplugged = tmp_path / "elsewhere"
    stick.rename(unplugged)  # the stick is not in when the desktop's window opens
    with window_on(tmp_path / "desktop", qtbot) as window:
        open_and_wait(window, qtbot)
        assert window.sync.label.text() == "Sync folder unreachable"
        assert window.sync.watcher.directories() == [str(tmp_path / "media")]
        assert no_active_timers(window)  # waiting costs nothing: no polling
        with qtbot.waitSignal(window.sync.finished, timeout=WAIT):
            unplugged.rename(stick)  # plugged in: mounted where it was
        assert sorted(bodies()) == ["From the laptop.", "Later."]
        assert window.sync.label.text().startswith("Synced ")
        assert str(folder) in window.sync.watcher.directories()


def test_a_folder_made_later_by_the_sync_tool_is_waited_for_level_by_level(tmp_path, qtbot):
    folder = tmp_path / "Sync" / "journal"
    folder.mkdir(parents=True)
    with window_on(tmp_path / "laptop", qtbot) as window:
        join(window, qtbot, folder, name="Laptop")
    carried = tmp_path / "carried"
    shutil.move(tmp_path / "Sync", carried)
    with window_on(tmp_path / "laptop", qtbot) as window:
        open_and_wait(window, qtbot)
        assert window.sync.watcher.directories() == [str(tmp_path)]
        (tmp_path / "Sync").mkdir()  # the sync tool makes the folders one by one
        qtbot.waitUntil(lambda: window.sync.watcher.directories() == [str(tmp_path / "Sync")],
                        timeout=WAIT)
        assert no_active_timers(window)
        with qtbot.waitSignal(window.sync.finished, timeout=WAIT):
            shutil.copytree(carried / "journal", folder)
        assert window.sync.label.text().startswith("Up to date with the sync folder")
