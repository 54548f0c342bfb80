"""The Journal tab driven like a person: type, save, edit, delete, undo,
restore from the Trash, search, drafts; checking the window and the database."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from resilience_desktop.core.models.journal import JournalEntry
from resilience_desktop.services.journal import entries as journal
from resilience_desktop.services.journal import drafts as journal_drafts
from resilience_desktop.ui.journal.entry_list_model import ENTRY_ID_ROLE, HTML_ROLE
from resilience_desktop.ui.journal.journal_tab import JournalTab
from tests.inspection import chart_is_stale, draft_pending, emotion_item

TODAY = date(2026, 6, 15)


@pytest.fixture(autouse=True)
def fixed_today(wall_clock, monkeypatch):
    wall_clock.set(TODAY)


@pytest.fixture
def tab(context, qtbot):
    widget = JournalTab(context)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def type_entry(qtbot, tab, body: str, title: str = "") -> None:
    if title:
        qtbot.keyClicks(tab.editor.title_edit, title)
    qtbot.keyClicks(tab.editor.body_edit, body)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def list_ids(tab) -> list[int]:
    return tab.browser.model.entry_ids()


def test_write_and_save_an_entry(qtbot, tab):
    type_entry(qtbot, tab, "Walked by the river with Sam.", title="River")
    click(qtbot, tab.save_button)
    row = JournalEntry.get()
    assert (row.title, row.body, row.entry_date) == ("River", "Walked by the river with Sam.",
                                                     TODAY)
    assert tab.status_label.text().startswith("Saved")
    assert list_ids(tab) == [row.id]
    assert journal_drafts.load_draft() is None


def test_empty_entry_is_refused_and_says_why(qtbot, tab):
    click(qtbot, tab.save_button)
    assert "empty" in tab.status_label.text()
    assert JournalEntry.select().count() == 0


def test_future_date_is_refused_and_text_stays(qtbot, tab):
    type_entry(qtbot, tab, "Tomorrow's plans")
    tab.editor.date_edit.setDate(QDate(2026, 6, 16))
    click(qtbot, tab.save_button)
    assert "future" in tab.status_label.text()
    assert tab.editor.body_edit.toPlainText() == "Tomorrow's plans"
    assert JournalEntry.select().count() == 0


def test_mood_emotions_and_intensity_are_saved(qtbot, tab):
    type_entry(qtbot, tab, "Nervous before the exam.")
    pad = tab.editor.mood_pad
    qtbot.mouseClick(pad, Qt.MouseButton.LeftButton, pos=pad.point_for((-3, 4)).toPoint())
    assert pad.value() == (-3, 4)
    words = tab.editor.emotion_picker.words_in_order()
    assert words[0] == "angry"  # the high-energy unpleasant words come first
    tab.editor.intensity_before_spin.setValue(8)
    item = emotion_item(tab.editor.emotion_picker, "nervous")
    assert "jittery" in item.toolTip()
    item.setCheckState(Qt.CheckState.Checked)
    tab.editor.intensity_after_spin.setValue(5)
    click(qtbot, tab.save_button)
    saved = journal.get_entry(JournalEntry.get().id)
    assert (saved.pleasantness, saved.energy) == (-3, 4)
    assert saved.emotions == ["nervous"]
    assert (saved.intensity_before, saved.intensity_after) == (8, 5)


def test_kind_shows_its_prompt(qtbot, tab):
    tab.editor.kind_combo.setCurrentIndex(tab.editor.kind_combo.findData("gratitude"))
    assert "Three good things" in tab.editor.prompt_label.text()


def test_edit_an_existing_entry(qtbot, tab):
    entry_id = journal.save_entry(journal.EntryInput(entry_date=TODAY, body="old text"))
    tab.browser.refresh()
    index = tab.browser.model.index(tab.browser.model.row_of_entry(entry_id))
    qtbot.mouseClick(tab.browser.entry_list.viewport(), Qt.MouseButton.LeftButton,
                     pos=tab.browser.entry_list.visualRect(index).center())
    assert tab.editor.body_edit.toPlainText() == "old text"
    tab.editor.body_edit.selectAll()
    qtbot.keyClicks(tab.editor.body_edit, "new text")
    click(qtbot, tab.save_button)
    assert JournalEntry.get_by_id(entry_id).body == "new text"
    assert JournalEntry.select().count() == 1


def test_delete_then_ctrl_z_then_trash_restore(qtbot, tab, monkeypatch):
    type_entry(qtbot, tab, "to be deleted")
    click(qtbot, tab.save_button)
    entry_id = JournalEntry.get().id
    click(qtbot, tab.delete_button)
    assert JournalEntry.get_by_id(entry_id).deleted_at is not None
    assert list_ids(tab) == []
    assert "Trash" in tab.status_label.text()
    tab.browser.entry_list.setFocus()
    qtbot.keyClick(tab.browser.entry_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert JournalEntry.get_by_id(entry_id).deleted_at is None
    assert list_ids(tab) == [entry_id]
    # Delete again and restore from the Trash dialog.
    click(qtbot, tab.delete_button)
    from resilience_desktop.ui.journal.trash_dialog import TrashDialog

    dialog = TrashDialog(tab.context.signals, tab)
    qtbot.addWidget(dialog)
    assert dialog.model.entry_ids() == [entry_id]
    dialog.trash_list.setCurrentIndex(dialog.model.index(0))
    click(qtbot, dialog.restore_button)
    assert JournalEntry.get_by_id(entry_id).deleted_at is None
    assert dialog.model.entry_ids() == []
    assert list_ids(tab) == [entry_id]  # the tab refreshed from journal_changed


def test_search_finds_a_word_just_saved_and_highlights_it(qtbot, tab):
    type_entry(qtbot, tab, "A heron stood in the shallows.")
    click(qtbot, tab.save_button)
    journal.save_entry(journal.EntryInput(entry_date=TODAY, body="Nothing about birds."))
    tab.context.signals.journal_changed.emit()
    qtbot.keyClicks(tab.browser.search_edit, "hero")
    qtbot.waitUntil(lambda: len(list_ids(tab)) == 1)
    index = tab.browser.model.index(0)
    assert "heron" in index.data(HTML_ROLE) and "<span style=" in index.data(HTML_ROLE)
    assert "1 entry found" in tab.browser.result_label.text()
    tab.browser.filters_button.click()
    tab.browser.kind_filter_combo.setCurrentIndex(
        tab.browser.kind_filter_combo.findData("gratitude"))
    qtbot.waitUntil(lambda: list_ids(tab) == [])
    assert "Nothing found" in tab.browser.result_label.text()


def test_unsaved_draft_is_kept_and_offered_by_a_new_tab(qtbot, context):
    first = JournalTab(context)
    qtbot.addWidget(first)
    first.show()
    qtbot.keyClicks(first.editor.body_edit, "half a thought ")
    first.editor.body_edit.insertPlainText("🙂")  # pasted: QTest cannot type emoji
    assert first.can_close() is True  # flushes the draft
    assert journal_drafts.load_draft().body == "half a thought 🙂"
    second = JournalTab(context)
    qtbot.addWidget(second)
    assert second.draft_banner.isVisibleTo(second)
    assert second.editor.body_edit.toPlainText() == "half a thought 🙂"
    qtbot.keyClicks(second.editor.body_edit, " more")
    click(qtbot, second.save_button)
    assert JournalEntry.get().body == "half a thought 🙂 more"
    assert journal_drafts.load_draft() is None


def test_draft_autosaves_after_typing_stops(qtbot, tab):
    qtbot.keyClicks(tab.editor.body_edit, "typing along")
    assert draft_pending(tab.autosaver)
    qtbot.waitUntil(lambda: journal_drafts.load_draft() is not None, timeout=5000)
    assert journal_drafts.load_draft().body == "typing along"
    assert tab.status_label.text().startswith("Draft kept")


def test_discarding_the_draft_asks_first(qtbot, tab, monkeypatch):
    qtbot.keyClicks(tab.editor.body_edit, "scratch")
    tab.autosaver.flush()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    click(qtbot, tab.delete_button)
    assert journal_drafts.load_draft() is None
    assert tab.editor.body_edit.toPlainText() == ""


def test_switching_entries_saves_the_changed_one(qtbot, tab):
    other = journal.save_entry(journal.EntryInput(entry_date=TODAY - timedelta(days=1),
                                                  body="yesterday"))
    tab.browser.refresh()
    qtbot.keyClicks(tab.editor.body_edit, "written, not saved yet")
    tab.open_entry(other)
    assert tab.editor.body_edit.toPlainText() == "yesterday"
    assert JournalEntry.select().where(JournalEntry.body == "written, not saved yet").count() == 1


def test_entry_list_is_grouped_by_month_and_can_jump_to_a_day(qtbot, tab):
    for day in (date(2026, 6, 1), date(2026, 5, 20), date(2025, 12, 24)):
        journal.save_entry(journal.EntryInput(entry_date=day, body=f"on {day}"))
    tab.browser.refresh()
    model = tab.browser.model
    headers = [model.index(r).data() for r in range(model.rowCount())
               if model.index(r).data(ENTRY_ID_ROLE) is None]
    assert headers == ["June 2026", "May 2026", "December 2025"]
    tab.browser.jump_date_edit.setDate(QDate(2026, 1, 5))
    current = tab.browser.entry_list.currentIndex()
    assert current.data(ENTRY_ID_ROLE) == journal.list_entries()[-1].id


def test_charts_view_draws_every_chart(qtbot, tab):
    from resilience_desktop.services.demo import generate_demo

    generate_demo(0.5, end=TODAY)
    tab.context.signals.journal_changed.emit()
    tab.view_tabs.setCurrentWidget(tab.charts_panel)
    for index, canvas in enumerate(tab.charts_panel.canvases()):
        tab.charts_panel.chart_tabs.setCurrentIndex(index)
        canvas.draw_now()
        assert canvas.figure.axes and not chart_is_stale(canvas)
    mood_axes = tab.charts_panel.mood_canvas.figure.axes[0]
    assert len(mood_axes.get_lines()) >= 2
    reading = tab.charts_panel.findChild(QLabel, "mood_canvas_reading")
    assert reading.text().startswith("Mood in the last 30 days: pleasantness ")
    assert tab.charts_panel.findChild(QLabel, "words_canvas_reading").text().startswith(
        "Named most often in this period: ")


def test_long_list_loads_page_by_page(qtbot, tab, monkeypatch):
    from resilience_desktop.ui.journal import entry_browser_panel

    monkeypatch.setattr(entry_browser_panel, "PAGE_SIZE", 5)
    days = [TODAY - timedelta(days=20 * n) for n in range(12)]
    saved = [journal.save_entry(journal.EntryInput(entry_date=d, body=f"day {n}"))
             for n, d in enumerate(days)]
    tab.browser.refresh()
    assert list_ids(tab) == saved[:5]
    assert tab.browser.result_label.text() == "12 entries"
    tab.browser.model.fetchMore()
    assert list_ids(tab) == saved[:10]
    tab.browser.jump_date_edit.setDate(QDate(days[-1].year, days[-1].month, days[-1].day))
    assert list_ids(tab) == saved
    assert tab.browser.entry_list.currentIndex().data(ENTRY_ID_ROLE) == saved[-1]
