"""File → Import… with a Day One export: the preview says what is new and what is not kept."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from resilience_desktop.core.models.journal import JournalEntry
from resilience_desktop.ui.safety.transfer_dialogs import ImportDialog
from tests.import_samples import zipped


def test_dayone_preview_then_import(context, qtbot, monkeypatch, tmp_path):
    path = zipped("dayone", tmp_path / "dayone.zip")
    dialog = ImportDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.format_combo.setCurrentText("Day One JSON export")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), "zip"))
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    preview = dialog.preview_label.text()
    assert "3 journal entries (3 new)" in preview and "1 photos" in preview
    assert dialog.import_rows_table_model.rowCount() == 3
    with qtbot.waitSignal(context.signals.data_replaced):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "3 added" in dialog.status_label.text() and "Not kept" in dialog.status_label.text()
    assert JournalEntry.select().count() == 3
