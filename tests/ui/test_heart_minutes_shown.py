"""Google Fit's Heart Minutes, imported through File → Import…, shown beside the guideline
meter on the Exercise tab for the week they belong to (and nothing for a week without)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from resilience_desktop.ui.safety.transfer_dialogs import ImportDialog
from tests.import_samples import zipped


def _import_fit(context, qtbot, monkeypatch, path) -> str:
    dialog = ImportDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.format_combo.setCurrentText("Google Fit (Takeout)")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), "zip"))
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    preview = dialog.preview_label.text()
    with qtbot.waitSignal(context.signals.data_replaced):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    return preview


def test_heart_minutes_show_for_their_week_only(context, main_window, wall_clock, qtbot,
                                                monkeypatch, tmp_path):
    wall_clock.set(datetime(2025, 3, 5, 12, 0))  # a Wednesday; weeks start on Monday
    preview = _import_fit(context, qtbot, monkeypatch, zipped("google_fit", tmp_path / "fit.zip"))
    assert "Heart Minutes for 3 days (3 new)" in preview
    main_window.show_tab("Exercise")
    tab = main_window.tab("Exercise")
    tab.refresh()
    label = tab.summary_panel.heart_label
    # Monday 3 March counted 31; Saturday 1 and Sunday 2 March belong to the week before
    assert label.isVisible()
    assert "Google Fit" in label.text() and "<b>31</b> this week (1 day counted)" in label.text()

    sunday = tab.summary_panel.week_start_combo.findData("sunday")
    tab.summary_panel.week_start_combo.setCurrentIndex(sunday)
    tab.refresh()
    assert "<b>35</b> this week (2 days counted)" in label.text()  # 2 March's 4 + 31

    wall_clock.set(datetime(2025, 4, 9, 12, 0))
    tab.refresh()
    assert not label.isVisible() and label.text() == ""
