"""The Today tab driven like a person: check in with one tap, grow it into a
journal entry, log a contact, put a look-back off; and Today follows what
other tabs change without a restart."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from resilience_desktop.core.models.journal import JournalEntry, JournalEntryEmotion
from resilience_desktop.core.models.people import ContactPerson
from resilience_desktop.services.exercise import sessions as ex
from resilience_desktop.services.journal import entries as journal
from resilience_desktop.services.people import records as people
from resilience_desktop.services.people import status as people_status
from resilience_desktop.ui.today.today_tab import TodayTab
from tests.inspection import emotion_item

NOW = datetime(2026, 6, 17, 9, 30)  # a Wednesday morning


@pytest.fixture
def clock(wall_clock):
    wall_clock.set(NOW)
    return wall_clock


@pytest.fixture
def window(main_window, clock):
    main_window.resize(1280, 800)
    main_window.show_tab("Today")
    return main_window


_KEEP: list = []  # qtbot holds widgets weakly: a tab left to the garbage collector
# could be destroyed in the middle of painting one of its children.


@pytest.fixture(autouse=True)
def keep_tabs_alive():
    yield
    while _KEEP:
        tab = _KEEP.pop()
        tab.close()
        tab.deleteLater()


def make_tab(context, qtbot) -> TodayTab:
    tab = TodayTab(context)
    _KEEP.append(tab)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def click(qtbot, widget, pos=None) -> None:
    if pos is None:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def test_greeting_uses_the_date_and_first_name(context, qtbot, clock):
    from resilience_desktop.services.preferences import set_preference

    set_preference("profile.first_name", "Sam")
    tab = make_tab(context, qtbot)
    assert tab.greeting_label.text() == "Good morning, Sam"
    assert tab.date_label.text() == "Wednesday 17 June 2026"


def test_one_tap_check_in_saves_and_grows_into_a_journal_entry(window, qtbot):
    today = window.tab("Today")
    card = today.checkin_card
    pad = card.mood_pad
    click(qtbot, pad, pad.point_for((3, -2)).toPoint())
    assert card.save_timer.isActive()  # saved after a short pause, as one write
    card.save_timer.timeout.emit()
    entry = JournalEntry.get()
    assert (entry.pleasantness, entry.energy, entry.entry_date) == (3, -2, NOW.date())
    assert "Saved to your journal" in card.status_label.text()
    item = emotion_item(card.emotion_picker, "calm")
    item.setCheckState(Qt.CheckState.Checked)
    card.save_timer.timeout.emit()
    assert JournalEntry.select().count() == 1  # the same check-in, updated
    assert [e.word for e in JournalEntryEmotion.select()] == ["calm"]
    assert NOW.date() in today.mood_trend_card.sparkline.points
    click(qtbot, card.write_more_button)
    assert window.current_tab_title() == "Journal"
    journal_tab = window.tab("Journal")
    assert journal_tab.editor.entry_id == entry.id
    assert journal_tab.editor.mood_pad.value() == (3, -2)
    assert journal_tab.editor.emotion_picker.checked_words() == ["calm"]


def test_today_follows_other_tabs_without_restart(window, qtbot, context):
    today = window.tab("Today")
    assert today.week_card.ring.minutes == 0
    # Journal tab: write an entry with a mood.
    window.show_tab("Journal")
    journal_tab = window.tab("Journal")
    qtbot.keyClicks(journal_tab.editor.body_edit, "A good walk with Ana.")
    pad = journal_tab.editor.mood_pad
    click(qtbot, pad, pad.point_for((4, 2)).toPoint())
    click(qtbot, journal_tab.save_button)
    # Exercise and People: data written by their services, announced by their signals.
    jog = next(a.id for a in ex.list_activities() if a.name == "Jogging")
    ex.add_session(ex.SessionInput(NOW - timedelta(hours=2), jog, 30))
    context.signals.exercise_changed.emit()
    people.add_person(people.PersonInput(name="Ana", relationship="family"),
                      today=NOW.date() - timedelta(days=20))
    context.signals.people_changed.emit()
    window.show_tab("Today")
    assert today.mood_trend_card.sparkline.points == {NOW.date(): 4.0}
    assert today.week_card.ring.minutes == 60  # jogging is vigorous: 2 x 30
    names = today.people_card.findChildren(type(today.people_card.link_button))
    assert any(b.accessibleName() == "Log a contact with Ana" for b in names)


def test_log_contact_from_today_resets_the_clock(context, qtbot, clock):
    ana = people.add_person(people.PersonInput(name="Ana", relationship="family"),
                            today=NOW.date() - timedelta(days=20))
    tab = make_tab(context, qtbot)
    assert [s.name for s in tab.snapshot.people_due] == ["Ana"]
    button = tab.people_card.findChild(type(tab.people_card.link_button),
                                       f"log_contact_button_{ana}")
    click(qtbot, button)
    dialog = tab.findChild(type(tab), "contact_dialog") or \
        next(w for w in tab.children() if w.objectName() == "contact_dialog")
    assert dialog.people_list.checked_ids() == [ana]
    click(qtbot, dialog.button_box.button(QDialogButtonBox.StandardButton.Save))
    assert ContactPerson.select().count() == 1
    assert tab.snapshot.people_due == []
    assert tab.people_card.findChild(type(tab.people_card.title_label), "people_none_label")


def test_not_now_lasts_until_the_next_follow_up(context, qtbot, clock):
    hard = journal.save_entry(journal.EntryInput(entry_date=NOW.date() - timedelta(days=3),
                                                 body="Awful day.", kind="hard_time"))
    tab = make_tab(context, qtbot)
    card = tab.looking_back_card
    assert card.follow_up_box.isVisible()
    assert "A hard time 3 days ago" in card.card_label.text()
    clock.set(NOW + timedelta(days=2))
    tab.refresh()
    assert "A hard time 5 days ago" in card.card_label.text()  # not frozen at "3 days"
    click(qtbot, card.later_button)
    assert not card.follow_up_box.isVisible()
    restarted = make_tab(context, qtbot)  # a restart does not bring it back
    assert not restarted.looking_back_card.follow_up_box.isVisible()
    clock.set(NOW + timedelta(days=27))  # the one-month look back is due
    restarted.refresh()
    assert restarted.looking_back_card.follow_up_box.isVisible()
    assert "A hard time a month ago" in restarted.looking_back_card.card_label.text()
    assert restarted.looking_back_card.card.entry_id == hard


def test_write_a_reflection_from_today_opens_the_journal(window, qtbot):
    hard = journal.save_entry(journal.EntryInput(entry_date=NOW.date() - timedelta(days=3),
                                                 body="Awful day.", kind="hard_time"))
    today = window.tab("Today")
    today.refresh()
    click(qtbot, today.looking_back_card.answer_button)
    assert window.current_tab_title() == "Journal"
    journal_tab = window.tab("Journal")
    qtbot.keyClicks(journal_tab.editor.body_edit, "Talking to Mum helped.")
    click(qtbot, journal_tab.save_button)
    reflection = JournalEntry.get(JournalEntry.follow_up_of == hard)
    assert (reflection.kind, reflection.follow_up_stage) == ("growth", "3d")
    window.show_tab("Today")
    assert not today.looking_back_card.follow_up_box.isVisible()


def test_links_open_their_tabs(window, qtbot):
    today = window.tab("Today")
    click(qtbot, today.week_card.link_button)
    assert window.current_tab_title() == "Exercise"
    window.show_tab("Today")
    click(qtbot, today.people_card.link_button)
    assert window.current_tab_title() == "People"


def test_start_path_does_not_import_matplotlib(tmp_path):
    code = ("import sys, runpy; sys.argv=['resilience-desktop','--data-dir',%r,'--smoke'];"
            "from resilience_desktop.__main__ import main; rc = main();"
            "print('MPL' if 'matplotlib' in sys.modules else 'NO-MPL'); sys.exit(rc)")
    import os
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-c", code % str(tmp_path / "data")],
                            capture_output=True, text=True, timeout=120,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0, result.stderr
    assert "NO-MPL" in result.stdout


def test_due_self_checks_are_listed_and_lead_to_insights(window, qtbot):
    today = window.tab("Today")
    card = today.practice_card
    assert card.checks_label.isVisible()
    assert "not taken yet" in card.checks_label.text()  # Insights' own wording
    click(qtbot, card.checks_button)
    assert window.current_tab_title() == "Insights"


def test_a_new_day_refreshes_today_while_it_is_open(context, qtbot, clock):
    tab = make_tab(context, qtbot)
    assert tab.date_label.text() == "Wednesday 17 June 2026"
    clock.set(NOW.replace(hour=19))
    tab.check_clock()
    assert tab.greeting_label.text() == "Good evening"
    clock.set(NOW + timedelta(days=1))
    tab.check_clock()  # the minute timer's check
    assert tab.date_label.text() == "Thursday 18 June 2026"
