"""Entry history and "Review edits from two computers", driven like a person: open the
dialogs from the Journal, read the texts, restore, choose a text; check the window and
the database."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.inspection import review_count
from resilience_desktop.core.models.journal import JournalEntry
from resilience_desktop.core.models.journal_history import JournalRevision
from resilience_desktop.services.journal import entries as journal
from resilience_desktop.services.journal import revisions
from resilience_desktop.ui.journal.entry_list_model import HTML_ROLE, TWO_COMPUTERS_MARK
from resilience_desktop.ui.journal.journal_tab import JournalTab

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


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def with_dialog(qtbot, open_it, act) -> None:
    """Click what opens a modal dialog, then act(dialog) while it is shown."""
    done = []

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
            return
        try:
            act(dialog)
        finally:
            done.append(True)
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, poll)
    open_it()
    qtbot.waitUntil(lambda: bool(done))


def answer_yes(monkeypatch, asked: list) -> None:
    def question(parent, title, text, *args, **kwargs):
        asked.append(title)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)


def write_and_change(qtbot, tab) -> int:
    qtbot.keyClicks(tab.editor.body_edit, "The first words.")
    click(qtbot, tab.save_button)
    tab.editor.body_edit.selectAll()
    qtbot.keyClicks(tab.editor.body_edit, "Second thoughts.")
    click(qtbot, tab.save_button)
    return JournalEntry.get().id


def test_history_lists_the_earlier_text_and_restores_it_after_asking(qtbot, tab, monkeypatch):
    entry_id = write_and_change(qtbot, tab)
    asked: list = []
    answer_yes(monkeypatch, asked)
    seen = {}

    def act(dialog):
        assert dialog.objectName() == "history_dialog"
        seen["rows"] = dialog.revision_list.count()
        seen["label"] = dialog.revision_list.item(0).text()
        seen["text"] = dialog.revision_text.toPlainText()
        click(qtbot, dialog.restore_button)

    with_dialog(qtbot, lambda: click(qtbot, tab.history_button), act)
    assert seen == {"rows": 1, "label": seen["label"], "text": "The first words."}
    assert "replaced by a later save" in seen["label"]
    assert asked == ["Restore this version?"]
    assert journal.get_entry(entry_id).body == "The first words."
    assert tab.editor.body_edit.toPlainText() == "The first words."
    bodies = {r.body for r in revisions.list_revisions(JournalEntry.get().uid)}
    assert bodies == {"The first words.", "Second thoughts."}


def test_saying_no_restores_nothing(qtbot, tab, monkeypatch):
    entry_id = write_and_change(qtbot, tab)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.No)
    with_dialog(qtbot, lambda: click(qtbot, tab.history_button),
                lambda dialog: click(qtbot, dialog.restore_button))
    assert journal.get_entry(entry_id).body == "Second thoughts."


def test_a_new_entry_has_no_history_yet(qtbot, tab):
    click(qtbot, tab.history_button)
    assert "Save the entry first" in tab.status_label.text()
    qtbot.keyClicks(tab.editor.body_edit, "Only once.")
    click(qtbot, tab.save_button)
    seen = {}
    with_dialog(qtbot, lambda: click(qtbot, tab.history_button),
                lambda dialog: seen.update(empty=dialog.empty_label.isVisible(),
                                           restore=dialog.restore_button.isEnabled()))
    assert seen == {"empty": True, "restore": False}


def conflict(body_here: str, body_there: str) -> int:
    entry_id = journal.save_entry(journal.EntryInput(entry_date=TODAY, title="Walk",
                                                     body=body_here))
    uid = JournalEntry.get_by_id(entry_id).uid
    revisions.keep_revision(uid, "Walk", body_there, reason="sync-conflict", device="laptop")
    revisions.mark_edited_on_two_computers(uid, "laptop")
    return entry_id


def test_edited_on_two_computers_shows_a_marker_and_a_count(qtbot, tab, context):
    entry_id = conflict("Desk words.", "Laptop words.")
    context.signals.journal_changed.emit()
    assert tab.browser.review_button.isVisible()
    assert tab.browser.review_button.text() == "1 to review"
    row = tab.browser.model.row_of_entry(entry_id)
    assert TWO_COMPUTERS_MARK in tab.browser.model.index(row).data(HTML_ROLE)

    seen = {}

    def act(dialog):
        assert dialog.objectName() == "review_dialog"
        seen["this"] = dialog.this_text.toPlainText()
        seen["other"] = dialog.other_text.toPlainText()
        seen["where"] = dialog.other_label.text()
        click(qtbot, dialog.keep_other_button)
        seen["empty"] = dialog.empty_label.isVisible()

    with_dialog(qtbot, lambda: click(qtbot, tab.browser.review_button), act)
    assert seen == {"this": "Walk\n\nDesk words.", "other": "Walk\n\nLaptop words.",
                    "where": "The other version, written on laptop", "empty": True}
    assert journal.get_entry(entry_id).body == "Laptop words."
    assert not tab.browser.review_button.isVisible()
    row = tab.browser.model.row_of_entry(entry_id)
    assert TWO_COMPUTERS_MARK not in tab.browser.model.index(row).data(HTML_ROLE)


def test_keep_this_one_and_keep_both(qtbot, tab, context):
    first = conflict("Mine.", "Theirs.")
    context.signals.journal_changed.emit()
    with_dialog(qtbot, lambda: click(qtbot, tab.browser.review_button),
                lambda dialog: click(qtbot, dialog.keep_this_button))
    assert journal.get_entry(first).body == "Mine."
    assert review_count() == 0

    second = conflict("Here it rained.", "There it snowed.")
    context.signals.journal_changed.emit()
    with_dialog(qtbot, lambda: click(qtbot, tab.browser.review_button),
                lambda dialog: click(qtbot, dialog.keep_both_button))
    body = journal.get_entry(second).body
    assert "Here it rained." in body and "There it snowed." in body and "laptop" in body
    assert tab.editor.entry_id == second
    assert tab.editor.body_edit.toPlainText() == body
    assert review_count() == 0


def test_opening_the_journal_thins_old_revisions(context, qtbot):
    from datetime import datetime, timedelta

    entry_id = journal.save_entry(journal.EntryInput(entry_date=TODAY, body="Now."))
    old_day = datetime(2026, 4, 1, 9, 0)  # 75 days before TODAY
    for minute in range(3):
        JournalRevision.insert(entry=entry_id, title="", body=f"old {minute}", reason="saved",
                               written_at=old_day + timedelta(minutes=minute),
                               kept_at=old_day).execute()
    widget = JournalTab(context)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: JournalRevision.select().count() == 1)
    assert JournalRevision.get().body == "old 2"
