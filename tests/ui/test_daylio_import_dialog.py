"""File → Import… with a Daylio file: preview rows, custom moods asked, exercise sessions opt-in."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from resilience_desktop.core.models.exercise import ExerciseSession
from resilience_desktop.core.models.journal import JournalEntry
from resilience_desktop.ui.safety.transfer_dialogs import ImportDialog

DAYLIO = (
    "full_date,date,weekday,time,mood,activities,note_title,note\n"
    "2024-03-02,March 2,Saturday,8:15 PM,rad,friends | walking,Great day,Long walk<br>with Sam\n"
    "2024-03-01,March 1,Friday,21:00,sleepy,work | yoga,,\"Tired, but ok after a slow day at the office\"\n"
    "2024-02-29,February 29,Thursday,7:00 AM,grumpy,,,\n"
)


def _dialog(context, qtbot, monkeypatch, path):
    dialog = ImportDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.format_combo.setCurrentText("Daylio CSV export")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), "CSV"))
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    return dialog


def _cell(dialog, row, column):
    model = dialog.import_rows_table_model
    return model.data(model.index(row, column))


def test_preview_shows_rows_moods_and_the_session_choice(context, qtbot, monkeypatch, tmp_path):
    path = tmp_path / "daylio.csv"
    path.write_text(DAYLIO, encoding="utf-8")
    dialog = _dialog(context, qtbot, monkeypatch, path)
    assert "3 entries" in dialog.preview_label.text() and dialog.import_button.isEnabled()
    assert dialog.rows_view.isVisible() and dialog.import_rows_table_model.rowCount() == 3
    assert (_cell(dialog, 0, 0), _cell(dialog, 0, 1)) == ("2024-02-29", "Daylio check-in: grumpy")
    assert _cell(dialog, 1, 1) == "Tired, but ok after a slow day at the office"
    panel = dialog.daylio_options_panel
    assert panel.isVisible() and sorted(panel.mood_spins) == ["grumpy", "sleepy"]
    assert all(spin.value() == 0 for spin in panel.mood_spins.values())  # neutral by default
    assert "Also log 2 exercise sessions" in panel.exercise_check.text()
    assert not panel.exercise_check.isChecked() and "no durations" in panel.exercise_note.text()


def test_import_uses_the_chosen_moods_and_adds_sessions(context, qtbot, monkeypatch, tmp_path):
    path = tmp_path / "daylio.csv"
    path.write_text(DAYLIO, encoding="utf-8")
    dialog = _dialog(context, qtbot, monkeypatch, path)
    panel = dialog.daylio_options_panel
    panel.mood_spins["sleepy"].setValue(-2)
    panel.mood_spins["grumpy"].setValue(-4)
    qtbot.mouseClick(panel.exercise_check, Qt.MouseButton.LeftButton)
    panel.minutes_spin.setValue(20)
    with qtbot.waitSignal(context.signals.data_replaced):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    moods = {str(e.entry_date): e.pleasantness for e in JournalEntry.select()}
    assert moods == {"2024-02-29": -4, "2024-03-01": -2, "2024-03-02": 4}
    sessions = sorted((str(s.started_at), s.activity.name, s.minutes) for s in ExerciseSession.select())
    assert sessions == [("2024-03-01 20:40:00", "Yoga, Hatha", 20),
                        ("2024-03-02 19:55:00", "Walking for pleasure", 20)]
    status = dialog.status_label.text()
    assert "3 added" in status and "2 exercise sessions added (20 minutes each" in status
    assert "neutral" not in status and not dialog.import_button.isEnabled()


def test_without_the_checkbox_no_session_and_moods_stay_neutral(context, qtbot, monkeypatch, tmp_path):
    path = tmp_path / "daylio.csv"
    path.write_text(DAYLIO, encoding="utf-8")
    dialog = _dialog(context, qtbot, monkeypatch, path)
    with qtbot.waitSignal(context.signals.data_replaced):  # the import runs on a worker thread
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert ExerciseSession.select().count() == 0
    assert {e.pleasantness for e in JournalEntry.select()} == {0, 4}


def test_a_file_with_an_error_imports_nothing_and_says_where(context, qtbot, monkeypatch, tmp_path):
    path = tmp_path / "daylio.csv"
    path.write_text(DAYLIO + "2024-02-30,x,x,x,good,,,\n", encoding="utf-8")
    dialog = _dialog(context, qtbot, monkeypatch, path)
    assert "Line 5" in dialog.preview_label.text() and not dialog.import_button.isEnabled()
    assert not dialog.rows_view.isVisibleTo(dialog) and not dialog.daylio_options_panel.isVisibleTo(dialog)
    assert JournalEntry.select().count() == 0


def test_jrnl_preview_shows_first_rows(context, qtbot, monkeypatch, tmp_path):
    import json

    path = tmp_path / "jrnl.json"
    path.write_text(json.dumps({"entries": [
        {"title": "", "body": "one two three four five six seven eight nine ten eleven twelve "
                              "thirteen", "date": "2024-02-01"},
        {"title": "Quiet", "body": "", "date": "2024-02-02"}]}), encoding="utf-8")
    dialog = ImportDialog(context)
    qtbot.addWidget(dialog)
    dialog.format_combo.setCurrentText("jrnl JSON export")
    qtbot.keyClicks(dialog.path_edit, str(path))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    assert dialog.import_rows_table_model.rowCount() == 2
    assert _cell(dialog, 0, 1).endswith("twelve…") and _cell(dialog, 1, 1) == "Quiet"
    assert not dialog.daylio_options_panel.isVisibleTo(dialog)
