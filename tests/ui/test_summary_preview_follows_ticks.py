"""Ticking an entry in Export summary updates the count and then the preview itself
(it used to say "0 chosen entries" until Preview was pressed)."""

from datetime import timedelta

from PySide6.QtCore import Qt

from resilience_desktop.core import clock
from resilience_desktop.services.journal.entries import EntryInput, save_entry


def test_ticking_an_entry_updates_count_and_preview(context, qtbot):
    from resilience_desktop.ui.insights.summary_dialog import SummaryDialog

    save_entry(EntryInput(entry_date=clock.today() - timedelta(days=2), title="Shared",
                          body="Walked by Harbourwalk.", pleasantness=2, energy=1))
    dialog = SummaryDialog(context)
    qtbot.addWidget(dialog)
    dialog.update_preview()
    assert "Harbourwalk" not in dialog.preview.toPlainText()
    dialog.entry_list.item(0).setCheckState(Qt.CheckState.Checked)  # as a click does
    assert "Chosen entries: 1" in dialog.message_label.text()
    qtbot.waitUntil(lambda: "Harbourwalk" in dialog.preview.toPlainText())
    assert "Preview with 1 chosen entries." in dialog.message_label.text()
