"""File → Backups…, Export…, Import… in the main window, driven like a person would."""

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from resilience_desktop.services.preferences import get_preference, set_preference
from resilience_desktop.ui.safety.actions import open_backups_dialog, open_import_dialog
from resilience_desktop.ui.widgets import background


def test_actions_are_enabled_and_the_lock_action_is_added(main_window, context):
    for action in (main_window.export_action, main_window.import_action, main_window.backups_action):
        assert action.isEnabled()
    assert main_window.lock_settings_action.text() == "&Passphrase lock…"


def test_backups_dialog_makes_and_restores(main_window, context, qtbot, monkeypatch):
    set_preference("mood", "first")
    dialog = open_backups_dialog(main_window, context)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.backup_now_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(background.idle, timeout=30_000)  # it runs on a worker thread
    assert "Backup made" in dialog.status_label.text()
    assert dialog.backup_table_model.rowCount() == 1
    set_preference("mood", "second")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(context.signals.data_replaced):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert get_preference("mood") == "first"
    assert "Restored" in dialog.status_label.text()
    assert dialog.backup_table_model.rowCount() == 2  # plus the before-restore copy


def test_export_then_import_from_the_menu(main_window, context, qtbot, monkeypatch, tmp_path):
    set_preference("mood", "kept")
    dest = tmp_path / "everything.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(dest), "Resilience JSON document (*.json)"))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    main_window.export_action.trigger()
    qtbot.waitUntil(background.idle, timeout=30_000)
    assert json.loads(dest.read_text())["format"] == "resilience-export"
    assert "Exported everything" in told[0]
    document = json.loads(dest.read_text())
    document["tables"]["preference"]["rows"].append(["imported.key", '"yes"', "cd" * 16])
    dest.write_text(json.dumps(document))
    dialog = open_import_dialog(main_window, context)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(dest), "JSON"))
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    assert "rows in" in dialog.preview_label.text() and dialog.import_button.isEnabled()
    with qtbot.waitSignal(context.signals.data_replaced):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert get_preference("imported.key") == "yes"
    assert "1 added" in dialog.status_label.text()


def test_import_dialog_shows_why_a_file_cannot_be_imported(context, qtbot, tmp_path):
    from resilience_desktop.ui.safety.transfer_dialogs import ImportDialog

    bad = tmp_path / "bad.json"
    bad.write_text("{broken")
    dialog = ImportDialog(context)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.path_edit, str(bad))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    assert "cannot be imported" in dialog.preview_label.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.button_box.standardButton(dialog.button_box.buttons()[0]) in (
        QDialogButtonBox.StandardButton.Close, QDialogButtonBox.StandardButton.NoButton)
