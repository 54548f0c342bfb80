"""A person's note edited on two computers (issue 18): after the sync the window says
so, File → Sync… shows "1 older version of a note kept", and "Show older versions…"
shows the losing text beside the note as it is now, ready to copy."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from resilience_desktop.core.models.people import Person
from resilience_desktop.ui.sync.note_versions_dialog import NoteVersionsDialog
from tests.services.sync_helpers import PASSPHRASE, sync
from tests.services.test_sync_note_revisions import add_person, set_notes
from tests.ui.sync_window_helpers import (cheap_kdf, open_dialog,  # noqa: F401 (a fixture)
                                          press_sync, type_into, window_on)


def test_an_older_note_text_is_shown_and_copied(tmp_path, qtbot):
    laptop, desktop, folder = tmp_path / "laptop", tmp_path / "desktop", tmp_path / "Sync"
    uid = add_person(laptop, "likes tea")
    sync(laptop, folder, "Laptop", secret=PASSPHRASE)
    sync(desktop, folder, "Desktop", secret=PASSPHRASE)
    set_notes(laptop, uid, "likes green tea")
    set_notes(desktop, uid, "moved to Lyon")
    sync(laptop, folder, "Laptop", secret=PASSPHRASE)
    with window_on(desktop, qtbot) as window:
        dialog = open_dialog(window, qtbot)
        assert not dialog.note_versions_button.isVisible()
        type_into(qtbot, dialog.folder_edit, str(folder))  # joined outside the window
        message = press_sync(dialog, qtbot)
        assert ("1 other note was edited on two computers: the other text is kept "
                "(Show older versions…).") in message
        assert dialog.note_versions_label.text() == (
            "1 older version of a note kept (edited on two computers).")
        now = Person.get(Person.uid == uid).notes
        qtbot.mouseClick(dialog.note_versions_button, Qt.MouseButton.LeftButton)
        [versions] = [shown for shown in dialog.findChildren(NoteVersionsDialog)
                      if shown.isVisible()]
        assert versions.note_list.count() == 1
        label = versions.note_list.item(0).text()
        older = {"likes green tea", "moved to Lyon"} - {now}
        assert label.startswith("Note on a person · Mia — written on ")
        assert versions.older_text.toPlainText() in older
        assert versions.text_now.toPlainText() == now
        qtbot.mouseClick(versions.copy_button, Qt.MouseButton.LeftButton)
        assert QApplication.clipboard().text() == versions.older_text.toPlainText()
        versions.close()
        dialog.close()
