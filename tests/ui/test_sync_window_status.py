"""The sync status line after a sync, driven like a person (issue 18): it names the
computers the received changes came from, and says plainly when nothing was new."""

from __future__ import annotations

import re
from datetime import date

from resilience_desktop.services.journal import entries
from tests.ui.sync_window_helpers import (bodies, cheap_kdf, join,  # noqa: F401 (a fixture)
                                          sync_from_dialog, window_on)


def write(text: str) -> None:
    entries.save_entry(entries.EntryInput(entry_date=date(2026, 3, 4), body=text))


def test_the_status_line_names_the_computers_changes_came_from(tmp_path, qtbot):
    folder = tmp_path / "Sync"
    folder.mkdir()
    with window_on(tmp_path / "laptop", qtbot) as window:
        join(window, qtbot, folder, name="Laptop")
        write("Written on the laptop.")
        assert "Sent 1 change" in sync_from_dialog(window, qtbot)
    with window_on(tmp_path / "desktop", qtbot) as window:
        join(window, qtbot, folder, name="Desktop")
        assert bodies() == ["Written on the laptop."]
        assert re.fullmatch(r"Synced \d\d:\d\d · \d+ changes from Laptop",
                            window.sync.label.text())
        write("Written on the desktop.")
        sync_from_dialog(window, qtbot)
    with window_on(tmp_path / "tablet", qtbot) as window:
        join(window, qtbot, folder, name="Tablet")
        assert sorted(bodies()) == ["Written on the desktop.", "Written on the laptop."]
        assert re.fullmatch(r"Synced \d\d:\d\d · \d+ changes from Desktop, Laptop",
                            window.sync.label.text())


def test_a_sync_that_found_nothing_new_says_so(tmp_path, qtbot):
    folder = tmp_path / "Sync"
    folder.mkdir()
    with window_on(tmp_path / "laptop", qtbot) as window:
        join(window, qtbot, folder, name="Laptop")
        write("Written on the laptop.")
        sync_from_dialog(window, qtbot)
        assert "changes from" not in window.sync.label.text()
        message = sync_from_dialog(window, qtbot)
        assert message == "Up to date with the sync folder: nothing new to send or receive."
        assert re.fullmatch(r"Up to date with the sync folder · \d\d:\d\d",
                            window.sync.label.text())


def test_a_computer_that_caught_up_from_a_snapshot_is_told(tmp_path, qtbot):
    import shutil

    from tests.fixtures.make_sync_folder_v2 import PASSPHRASE
    from tests.services.test_sync_golden_compacted import GOLDEN
    from tests.ui.sync_window_helpers import open_dialog, press_sync, type_into

    folder = tmp_path / "Sync"
    shutil.copytree(GOLDEN, folder)
    with window_on(tmp_path / "new", qtbot) as window:
        dialog = open_dialog(window, qtbot)
        type_into(qtbot, dialog.folder_edit, str(folder))
        type_into(qtbot, dialog.passphrase_edit, PASSPHRASE)
        message = press_sync(dialog, qtbot)
        assert "away longer than the folder keeps changes: caught up" in message
        assert re.fullmatch(r"Synced \d\d:\d\d · \d+ changes from desktop, laptop · "
                            r"<a href='review'>1 edit to review</a>", window.sync.label.text())
        assert "Later" in " ".join(bodies())
        dialog.close()
