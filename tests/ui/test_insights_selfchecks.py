"""A questionnaire answered through the window, by keyboard and by mouse, found in the database."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from resilience_desktop.core.models.insights import QuestionnaireAnswer, QuestionnaireResponse
from resilience_desktop.services.insights import responses
from resilience_desktop.ui.widgets import background


def _insights(main_window, qtbot):
    """The Insights tab shown, its figures worked out (on a worker thread)."""
    main_window.show_tab("Insights")
    tab = main_window.tab("Insights")
    qtbot.waitUntil(background.idle, timeout=30_000)
    return tab


def test_brs_answered_one_question_at_a_time_with_number_keys(main_window, qtbot):
    tab = _insights(main_window, qtbot)
    qtbot.mouseClick(tab.selfcheck_page.cards["brs"].take_button, Qt.MouseButton.LeftButton)
    dialog = tab.open_dialog
    qtbot.waitExposed(dialog)
    assert dialog.items[0].isVisible() and not dialog.items[1].isVisible()
    for key in (Qt.Key.Key_4, Qt.Key.Key_2, Qt.Key.Key_4, Qt.Key.Key_3, Qt.Key.Key_5):
        qtbot.keyClick(dialog, key)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # item 6 unanswered: blocked with a message
    assert dialog.isVisible()
    assert "Please answer item 6" in dialog.message_label.text()
    assert QuestionnaireResponse.select().count() == 0
    qtbot.keyClick(dialog, Qt.Key.Key_1)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    response = QuestionnaireResponse.get()
    assert response.scale == "brs" and response.version == "BRS-2008"
    answers = [a.value for a in QuestionnaireAnswer.select().order_by(QuestionnaireAnswer.item)]
    assert answers == [4, 2, 4, 3, 5, 1]
    card = tab.selfcheck_page.cards["brs"]
    qtbot.waitUntil(lambda: "4.17" in card.score_label.text())  # worked out on a worker thread
    assert "normal" in card.score_label.text()
    assert card.disclaimer_label.isVisible() and "not a diagnosis" in card.disclaimer_label.text()


def test_who5_all_on_one_page_by_mouse_and_the_care_note(main_window, qtbot):
    tab = _insights(main_window, qtbot)
    assert not tab.selfcheck_page.care_note.isVisible()
    qtbot.mouseClick(tab.selfcheck_page.cards["who5"].take_button, Qt.MouseButton.LeftButton)
    dialog = tab.open_dialog
    qtbot.waitExposed(dialog)
    dialog.page_check.setChecked(True)
    assert all(item.isVisible() for item in dialog.items)
    for number, value in zip(range(1, 6), (2, 1, 1, 1, 2)):  # raw 7 -> 28
        button = dialog.findChild(type(dialog.items[0].group.button(0)),
                                  f"item_{number}_answer_{value}")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [r.score for r in responses.history("who5")] == [28.0]
    qtbot.waitUntil(tab.selfcheck_page.care_note.isVisible)
    qtbot.mouseClick(tab.selfcheck_page.care_note.findChild(type(dialog.save_button),
                                                             "care_support_button"),
                     Qt.MouseButton.LeftButton)
    assert main_window.current_tab_title() == "Support"


def test_the_rhythm_can_be_turned_off_and_nothing_is_due(main_window, qtbot):
    tab = _insights(main_window, qtbot)
    assert "BRS" in tab.due_label.text()
    for card in tab.selfcheck_page.cards.values():
        card.rhythm_combo.setCurrentIndex(card.rhythm_combo.findData(0))
    assert tab.due_label.text() == "No self-check is due."


def test_what_helps_page_shows_ranked_factors_and_links_to_their_tab(main_window, qtbot):
    from datetime import timedelta

    from resilience_desktop.services.exercise import sessions as ex
    from resilience_desktop.services.exercise.catalogue import list_activities
    from resilience_desktop.core import clock
    from resilience_desktop.services.journal.entries import EntryInput, save_entry

    today = clock.today()
    walking = next(a for a in list_activities() if a.name == "Walking for pleasure")
    for d in range(1, 31):
        day = today - timedelta(days=d)
        walked = d % 2 == 0
        save_entry(EntryInput(entry_date=day, body="x", pleasantness=3 if walked else 0,
                              energy=1))
        if walked:
            ex.add_session(ex.SessionInput(started_at=datetime_at(day), activity_id=walking.id,
                                            minutes=40))
    tab = _insights(main_window, qtbot)
    tab.pages.setCurrentWidget(tab.helps_page)
    table = tab.helps_page.table
    qtbot.waitUntil(lambda: table.rowCount() > 0)
    assert table.item(0, 0).text() == "Exercised (any)"
    assert table.item(0, 1).text() == "15 / 15"
    assert table.item(0, 2).text().startswith("+3.0")
    assert "not proof of cause" in tab.helps_page.findChild(type(tab.due_label), "helps_intro").text()
    table.doubleClicked.emit(table.model().index(0, 0))
    assert main_window.current_tab_title() == "Exercise"


def datetime_at(day):
    from datetime import datetime, time

    return datetime.combine(day, time(9, 0))


def test_strength_with_an_example_and_three_good_things_through_the_page(main_window, qtbot):
    from datetime import timedelta

    from resilience_desktop.core.models.journal import JournalEntry
    from resilience_desktop.core import clock
    from resilience_desktop.services.journal.entries import EntryInput, save_entry

    entry_id = save_entry(EntryInput(entry_date=clock.today() - timedelta(days=3),
                                     body="Stayed patient with the new job."))
    tab = _insights(main_window, qtbot)
    tab.pages.setCurrentWidget(tab.strengths_page)
    page = tab.strengths_page
    qtbot.keyClicks(page.name_edit, "Patience")
    qtbot.keyClicks(page.description_edit, "I can wait and keep trying.")
    qtbot.mouseClick(page.findChild(QPushButton, "save_strength_button"), Qt.MouseButton.LeftButton)
    assert page.strength_list.count() == 1 and page.selected().name == "Patience"
    page.add_example(page.selected().id, entry_id)
    assert "Stayed patient" in page.examples_list.item(0).text()
    assert "Not written this week" in page.good_things_status.text()
    for edit, text in zip(page.thing_edits, ("Sun", "A call with Mum", "Good tea")):
        qtbot.keyClicks(edit, text)
    save = page.findChild(QPushButton, "save_good_things_button")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    entry = JournalEntry.get(JournalEntry.kind == "gratitude")
    assert entry.body.startswith("1. Sun") and "Written this week" in page.good_things_status.text()


def test_the_one_page_choice_is_remembered(main_window, qtbot):
    tab = _insights(main_window, qtbot)
    tab.take_questionnaire("rses")
    dialog = tab.open_dialog
    assert not dialog.page_check.isChecked()
    dialog.page_check.setChecked(True)
    dialog.reject()
    tab.take_questionnaire("rses")
    assert tab.open_dialog.page_check.isChecked()
    assert all(item.isVisible() for item in tab.open_dialog.items)
    tab.open_dialog.reject()


def test_checkin_asks_again_on_a_terminal_until_the_answer_is_valid(monkeypatch, capsys):
    from resilience_desktop.cli.checkin import ask_answers
    from resilience_desktop.services.insights.scales import WHO5

    typed = iter(["6", "x", "5", "4", "3", "2", "1"])
    monkeypatch.setattr("builtins.input", lambda _prompt: next(typed))
    assert ask_answers(WHO5) == [5, 4, 3, 2, 1]
    assert capsys.readouterr().out.count("Please type one of") == 2


def test_the_latest_answer_can_be_removed_after_asking(main_window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    responses.save_response("brs", [3, 3, 3, 3, 3, 3])
    responses.save_response("brs", [4, 2, 4, 3, 5, 1])
    tab = _insights(main_window, qtbot)
    card = tab.selfcheck_page.cards["brs"]
    assert "4.17" in card.score_label.text()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.mouseClick(card.remove_button, Qt.MouseButton.LeftButton)
    assert len(responses.history("brs")) == 2
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(card.remove_button, Qt.MouseButton.LeftButton)
    assert [r.score for r in responses.history("brs")] == [3.0]
    qtbot.waitUntil(lambda: "3.00" in card.score_label.text())
    assert QuestionnaireAnswer.select().count() == 6  # the removed answers went with it


def test_care_note_text_stays_readable_in_the_dark_theme(main_window, qtbot):
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QLabel

    from resilience_desktop.ui.settings.theme import apply_theme

    apply_theme("dark")
    try:
        tab = _insights(main_window, qtbot)
        note = tab.selfcheck_page.care_note
        note.setVisible(True)
        text = note.findChild(QLabel, "care_note_text")
        qtbot.waitUntil(text.isVisible)
        image = note.grab().toImage()  # the note's own light background behind the words
        area = text.geometry()
        darkest = min(QColor(image.pixel(x, y)).lightness()
                      for x in range(area.left(), area.right())
                      for y in range(area.top(), area.bottom(), 2))
        # Dark words on the note's fixed light background, not light-on-light.
        assert darkest < 90
    finally:
        apply_theme("system")
