"""The People tab driven like a person: add someone, log a contact, watch the status change."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton

from resilience_desktop.core.models.people import Contact, ContactPerson, Person
from resilience_desktop.services.people import records as svc
from resilience_desktop.services.people import status as people_status
from resilience_desktop.ui.people.people_tab import PeopleTab
from tests.inspection import chart_is_stale

DAY = date(2026, 5, 4)


@pytest.fixture
def clock(wall_clock, monkeypatch):
    """A movable 'today' for the whole stay-in-touch logic."""
    wall_clock.set(DAY)
    return wall_clock


@pytest.fixture
def tab(context, qtbot, clock):
    widget = PeopleTab(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    return widget


def _save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.button_box.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def _status_text(tab, name: str) -> str:
    model = tab.people_page.person_model
    row = next(i for i, s in enumerate(model.rows()) if s.name == name)
    return model.data(model.index(row, model.STATUS_COLUMN))


def test_add_person_log_contact_and_status_changes(tab, qtbot, clock, context):
    assert tab.people_page.currentWidget() is tab.people_page.empty_panel
    qtbot.mouseClick(tab.add_person_button, Qt.MouseButton.LeftButton)
    dialog = tab.active_dialog
    qtbot.keyClicks(dialog.name_edit, "Mum")
    dialog.relationship_combo.setCurrentIndex(dialog.relationship_combo.findData("family"))
    assert dialog.cadence_spin.value() == 14
    qtbot.mouseClick(dialog.support_checks["emotional"], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(context.signals.people_changed):
        _save(qtbot, dialog)
    person = Person.get(Person.name == "Mum")
    assert person.relationship == "family" and person.supports == "emotional"
    assert _status_text(tab, "Mum") == "OK"
    assert tab.losing_touch_panel.names() == []

    clock.set(DAY + timedelta(days=16))
    tab.refresh()
    assert _status_text(tab, "Mum") == "Due"
    clock.set(DAY + timedelta(days=30))
    tab.refresh()
    assert _status_text(tab, "Mum") == "Overdue"
    assert tab.losing_touch_panel.names() == ["Mum"]

    qtbot.mouseClick(tab.losing_touch_panel.log_button, Qt.MouseButton.LeftButton)
    contact = tab.active_dialog
    assert contact.people_list.checked_ids() == [person.id]
    contact.channel_combo.setCurrentIndex(contact.channel_combo.findData("call"))
    contact.supported_combo.setCurrentIndex(contact.supported_combo.findData(4))
    _save(qtbot, contact)
    assert _status_text(tab, "Mum") == "OK"
    assert tab.losing_touch_panel.names() == []
    saved = Contact.get()
    assert saved.channel == "call" and saved.felt_supported == 4
    assert saved.day == DAY + timedelta(days=30)
    assert tab.contacts_page.contact_model.rowCount() == 1


def test_empty_name_is_explained_in_the_dialog_and_nothing_saved(tab, qtbot):
    qtbot.mouseClick(tab.add_person_button, Qt.MouseButton.LeftButton)
    dialog = tab.active_dialog
    _save(qtbot, dialog)
    assert dialog.isVisible() and "name" in dialog.error_label.text()
    assert Person.select().count() == 0


def test_group_meeting_resets_clocks_of_members_who_came(tab, qtbot, clock):
    ids = [svc.add_person(svc.PersonInput(n, relationship="close_friend"), today=DAY)
           for n in ("Ann", "Bo", "Cy")]
    group = svc.add_group(svc.GroupInput("Book club", kind="book_club", member_ids=ids))
    clock.set(DAY + timedelta(days=60))
    tab.refresh()
    assert tab.losing_touch_panel.names() == ["Ann", "Bo", "Cy"]
    qtbot.mouseClick(tab.log_contact_button, Qt.MouseButton.LeftButton)
    dialog = tab.active_dialog
    dialog.group_combo.setCurrentIndex(dialog.group_combo.findData(group))
    assert dialog.people_list.checked_ids() == ids
    dialog.people_list.set_person_checked(ids[2], False)  # Cy was absent
    _save(qtbot, dialog)
    assert tab.losing_touch_panel.names() == ["Cy"]
    assert Contact.get().group_id == group
    assert sorted(r.person_id for r in ContactPerson.select()) == ids[:2]


def test_snooze_from_the_losing_touch_panel(tab, qtbot, clock):
    svc.add_person(svc.PersonInput("Mum", relationship="family"), today=DAY)
    clock.set(DAY + timedelta(days=40))
    tab.refresh()
    tab.losing_touch_panel.snooze_days_spin.setValue(7)
    qtbot.mouseClick(tab.losing_touch_panel.snooze_button, Qt.MouseButton.LeftButton)
    assert tab.losing_touch_panel.names() == []
    assert Person.get().snoozed_until == DAY + timedelta(days=47)
    assert "Snoozed" in tab.status_label.text()


def test_vcard_preview_flags_existing_names(tab, qtbot, tmp_path):
    svc.add_person(svc.PersonInput("Ann Lee"))
    path = tmp_path / "book.vcf"
    path.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Ann Lee\nEND:VCARD\n"
                    "BEGIN:VCARD\nVERSION:3.0\nN:Okafor;Kofi;;;\nEND:VCARD\n", encoding="utf-8")
    tab.import_vcard(path)
    dialog = tab.active_dialog
    model = dialog.preview_model
    assert [model.data(model.index(r, 4)) for r in range(2)] == ["already in your people", ""]
    assert [e.name for e in model.chosen()] == ["Kofi Okafor"]
    _save(qtbot, dialog)
    assert sorted(p.name for p in Person.select()) == ["Ann Lee", "Kofi Okafor"]
    assert "1 people added" in tab.status_label.text()


def test_broken_vcard_is_reported_and_nothing_saved(tab, tmp_path):
    path = tmp_path / "broken.vcf"
    path.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Ann\n", encoding="utf-8")
    tab.import_vcard(path)
    assert tab.active_dialog is None
    assert "never ends" in tab.status_label.text() and "Nothing was imported" in tab.status_label.text()
    assert Person.select().count() == 0


def test_delete_person_after_confirming(tab, qtbot, monkeypatch):
    svc.add_person(svc.PersonInput("Ann"))
    tab.refresh()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.people_page.people_table.selectRow(0)
    qtbot.mouseClick(tab.people_page.findChild(type(tab.add_person_button), "delete_person_button"),
                     Qt.MouseButton.LeftButton)
    assert Person.select().count() == 0
    assert tab.people_page.currentWidget() is tab.people_page.empty_panel


def test_network_and_charts_draw_in_the_tab(tab, qtbot):
    a = svc.add_person(svc.PersonInput("Ann", closeness=5))
    svc.add_group(svc.GroupInput("Choir", member_ids=[a]))
    tab.refresh()
    tab.views_tabs.setCurrentWidget(tab.network_canvas)
    tab.network_canvas.draw_now()
    assert not chart_is_stale(tab.network_canvas)
    assert len(tab.network_canvas.layout_info.nodes) == 2
    x, y = tab.network_canvas._axes.transData.transform(tab.network_canvas.layout_info.nodes[0][:2])
    assert tab.network_canvas.node_at(x, y).startswith("Ann")
    tab.views_tabs.setCurrentWidget(tab.over_time_page)
    tab.contacts_canvas.draw_now()
    assert len(tab.contacts_canvas.figure.axes) == 2


def test_over_time_reads_in_words_and_both_charts_share_the_chosen_period(tab, qtbot):
    from matplotlib.dates import num2date

    from resilience_desktop.services.people.contacts import ContactInput, log_contact

    ann = svc.add_person(svc.PersonInput("Ann"))
    for days_ago, supported in ((0, 4), (5, 5), (40, 2)):
        log_contact(ContactInput(DAY - timedelta(days=days_ago), [ann], felt_supported=supported),
                    today=DAY)
    tab.refresh()
    tab.views_tabs.setCurrentWidget(tab.over_time_page)
    page = tab.over_time_page
    reading = ("More contact in person in the last 30 days than in the 30 before: 2 vs 1. "
               "Calls, messages and online: 0 (0 before).")
    assert page.reading_label.text() == reading
    tab.contacts_canvas.draw_now()
    assert tab.contacts_canvas.accessibleDescription().startswith(reading)
    weekly, support = tab.contacts_canvas.figure.axes

    def shown_span(ax):
        low, high = ax.get_xlim()
        return num2date(low).date(), num2date(high).date()

    assert shown_span(weekly) == shown_span(support)  # one time axis: the months line up
    assert (DAY - shown_span(weekly)[0]).days in range(180, 186)  # six months by default
    page.period_combo.setCurrentIndex(page.period_combo.findData(24))
    tab.contacts_canvas.draw_now()
    weekly, support = tab.contacts_canvas.figure.axes
    assert shown_span(weekly) == shown_span(support)
    assert (DAY - shown_span(weekly)[0]).days in range(725, 735)


def test_people_tab_in_the_main_window(main_window):
    main_window.show_tab("People")
    assert isinstance(main_window.tab("People"), PeopleTab)


def test_row_buttons_are_enabled_only_with_a_selection(qtbot, context):
    from resilience_desktop.services.people.records import GroupInput, PersonInput, add_group, add_person
    from resilience_desktop.ui.people.people_tab import PeopleTab

    add_person(PersonInput("Ada", relationship="friend"))
    add_group(GroupInput("Choir"))
    tab = PeopleTab(context)
    qtbot.addWidget(tab)
    for name in ("edit_person_button", "delete_person_button", "edit_group_button",
                 "delete_group_button", "edit_contact_button", "delete_contact_button"):
        assert not tab.findChild(QPushButton, name).isEnabled(), name
    tab.people_page.people_table.selectRow(0)
    assert tab.findChild(QPushButton, "edit_person_button").isEnabled()


def test_a_session_logged_on_the_exercise_tab_resets_the_clock_here(wall_clock, tab, qtbot, clock,
                                                                    monkeypatch):
    """Exercise with someone is a contact in person: People updates without a restart."""
    from datetime import datetime
    from resilience_desktop.services.exercise import sessions as ex

    wall_clock.set(datetime(2026, 5, 4, 18))
    pid = svc.add_person(svc.PersonInput("Mum", relationship="family"), today=DAY - timedelta(days=30))
    tab.context.signals.people_changed.emit()
    assert "Overdue" in _status_text(tab, "Mum")
    walk = next(a for a in ex.list_activities() if a.met == 3.5)
    ex.add_session(ex.SessionInput(datetime(2026, 5, 4, 9), walk.id, 40, person_ids=(pid,)))
    tab.context.signals.exercise_changed.emit()  # what the Exercise tab sends after a save
    assert "OK" in _status_text(tab, "Mum")
