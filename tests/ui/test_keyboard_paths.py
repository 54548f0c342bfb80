"""Keyboard paths a person takes, counted in key presses: the Today check-in,
the Journal editor from the tab bar, an "On this day" entry, the menus, and the
focus frame on a focused tab bar (light and dark)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtWidgets import QApplication, QTabBar

from resilience_desktop.services.journal import entries as journal

NOW = datetime(2026, 6, 17, 9, 30)


def press_tab(qtbot) -> object:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    QApplication.processEvents()
    return QApplication.focusWidget()


@pytest.fixture
def window(main_window, wall_clock):
    wall_clock.set(NOW)
    main_window.resize(1280, 800)
    if main_window.first_run_page is not None:
        main_window.stack.setCurrentWidget(main_window.tab_widget)
    return main_window


def test_tab_from_the_mood_pad_goes_through_the_feeling_words_first(window, qtbot):
    window.show_tab("Today")
    card = window.tab("Today").checkin_card
    card.mood_pad.setFocus()
    qtbot.waitUntil(card.mood_pad.hasFocus)
    qtbot.keyClick(card.mood_pad, Qt.Key.Key_Right)  # place the mood with the keyboard
    qtbot.waitUntil(card.write_more_button.isEnabled)  # saved after the short pause
    picker = card.emotion_picker
    reached = [press_tab(qtbot) for _ in range(4)]
    assert reached == [picker.word_list, picker.own_word_edit, picker.add_word_button,
                       card.write_more_button]


def test_the_journal_text_is_five_tab_presses_from_the_tab_bar(window, qtbot):
    window.show_tab("Journal")
    editor = window.tab("Journal").editor
    bar = window.tab_widget.tabBar()
    bar.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(bar.hasFocus)
    reached = [press_tab(qtbot) for _ in range(5)]
    assert reached.index(editor.date_edit) == 1  # two presses to the date, one stop
    assert reached[2:] == [editor.kind_combo, editor.title_edit, editor.body_edit]


def test_an_on_this_day_entry_opens_from_the_keyboard(window, qtbot):
    entry_id = journal.save_entry(journal.EntryInput(
        entry_date=date(2024, 6, 17), title="Beach day", body="Swam before breakfast."))
    journal.save_entry(journal.EntryInput(entry_date=date(2023, 6, 17), body="Rainy."))
    window.context.signals.journal_changed.emit()  # as the Journal tab announces a save
    window.show_tab("Today")
    QApplication.processEvents()
    card = window.tab("Today").looking_back_card
    buttons = card.on_this_day_buttons
    names = [QAccessible.queryAccessibleInterface(b).text(QAccessible.Text.Name) for b in buttons]
    assert len(buttons) == 2 and len(set(names)) == 2
    assert any("Beach day" in name for name in names)
    beach = next(b for b in buttons if "Beach day" in b.text())
    beach.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(beach.hasFocus)
    qtbot.keyClick(beach, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.current_tab_title() == "Journal")
    editor = window.tab("Journal").editor
    assert editor.entry_id == entry_id
    assert editor.title_edit.text() == "Beach day"


def _mnemonic(text: str) -> str:
    index = text.replace("&&", "").find("&")
    return text.replace("&&", "")[index + 1].lower() if index >= 0 else ""


def test_every_menu_has_unique_mnemonics(window):
    menus = [action.menu() for action in window.menuBar().actions()]
    levels = [[a.text() for a in window.menuBar().actions()]]
    levels += [[a.text() for a in menu.actions() if not a.isSeparator()] for menu in menus]
    for texts in levels:
        letters = [_mnemonic(text) for text in texts]
        assert all(letters), texts
        assert len(set(letters)) == len(letters), texts


@pytest.mark.parametrize("window_colour", ["#efefef", "#2b2d31"])
def test_a_focused_tab_bar_draws_a_frame_round_the_current_tab(qtbot, window_colour):
    from resilience_desktop.ui.support.help_lines_dialog import install_app_keyboard

    install_app_keyboard(QApplication.instance())
    bar = QTabBar()
    qtbot.addWidget(bar)
    palette = bar.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(window_colour))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#308cc6"))
    bar.setPalette(palette)
    bar.addTab("Today")
    bar.addTab("Journal")
    bar.show()
    qtbot.waitExposed(bar)
    edge = bar.tabRect(0).adjusted(2, 2, -2, -2)
    point = (edge.left(), edge.center().y())
    before = bar.grab().toImage().pixelColor(*point)
    bar.setFocus()
    qtbot.waitUntil(bar.hasFocus)
    framed = bar.grab().toImage().pixelColor(*point)
    assert framed != before
    window_lightness = QColor(window_colour).lightness()
    assert abs(framed.lightness() - window_lightness) > 60  # visible on this theme
