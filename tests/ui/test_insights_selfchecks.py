"""A questionnaire answered through the window, by keyboard and by mouse, found in the database."""

from PySide6.QtCore import Qt

from resilience_desktop.core.models.insights import QuestionnaireAnswer, QuestionnaireResponse
from resilience_desktop.services.insights import responses


def _insights(main_window):
    main_window.show_tab("Insights")
    return main_window.tab("Insights")


def test_brs_answered_one_question_at_a_time_with_number_keys(main_window, qtbot):
    tab = _insights(main_window)
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
    assert "4.17" in card.score_label.text() and "normal" in card.score_label.text()
    assert card.disclaimer_label.isVisible() and "not a diagnosis" in card.disclaimer_label.text()


def test_who5_all_on_one_page_by_mouse_and_the_care_note(main_window, qtbot):
    tab = _insights(main_window)
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
    assert tab.selfcheck_page.care_note.isVisible()
    qtbot.mouseClick(tab.selfcheck_page.care_note.findChild(type(dialog.save_button),
                                                             "care_support_button"),
                     Qt.MouseButton.LeftButton)
    assert main_window.current_tab_title() == "Support"


def test_the_rhythm_can_be_turned_off_and_nothing_is_due(main_window, qtbot):
    tab = _insights(main_window)
    assert "BRS" in tab.due_label.text()
    for card in tab.selfcheck_page.cards.values():
        card.rhythm_combo.setCurrentIndex(card.rhythm_combo.findData(0))
    assert tab.due_label.text() == "No self-check is due."
