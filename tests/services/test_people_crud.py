"""People, groups and contacts: saving, editing, deleting, what the database holds."""

from datetime import date

import pytest

from resilience_desktop.core.errors import ValidationError
from resilience_desktop.core.models.people import Contact, ContactPerson, GroupMembership, Person
from resilience_desktop.services.people import records as svc
from resilience_desktop.services.people.charts import felt_supported, network_data, weekly_contacts
from resilience_desktop.services.people.contacts import (ContactInput, contact_input, delete_contact,
                                                         list_contacts, log_contact, update_contact)

DAY = date(2026, 3, 2)  # a Monday


def test_add_edit_person_round_trip(db):
    pid = svc.add_person(svc.PersonInput("  Ann   Lee ", relationship="mentor", closeness=4,
                                         supports=["advice", "emotional"], notes="hi",
                                         birthday=date(1980, 5, 1)), today=DAY)
    person = svc.get_person(pid)
    assert person.name == "Ann Lee" and person.supports == "emotional,advice"
    assert person.added_on == DAY
    data = svc.person_input(person)
    data.cadence_days = 21
    svc.update_person(pid, data)
    assert Person.get_by_id(pid).cadence_days == 21


@pytest.mark.parametrize("data, message", [
    (svc.PersonInput("   "), "name"),
    (svc.PersonInput("A", closeness=9), "Closeness"),
    (svc.PersonInput("A", relationship="boss"), "relationship"),
    (svc.PersonInput("A", cadence_days=0), "cadence"),
])
def test_person_validation(db, data, message):
    with pytest.raises(ValidationError, match=message):
        svc.add_person(data)
    assert Person.select().count() == 0


def test_group_members_and_delete(db):
    a = svc.add_person(svc.PersonInput("A"))
    b = svc.add_person(svc.PersonInput("B"))
    gid = svc.add_group(svc.GroupInput("Choir", kind="faith_community", schedule="weekly on Tuesday",
                                       member_ids=[a, b]))
    assert svc.group_member_ids(gid) == [a, b]
    svc.update_group(gid, svc.GroupInput("Choir", member_ids=[b]))
    assert svc.group_member_ids(gid) == [b]
    cid = log_contact(ContactInput(day=DAY, group_id=gid, person_ids=[b]), today=DAY)
    svc.delete_group(gid)
    assert GroupMembership.select().count() == 0
    assert Contact.get_by_id(cid).group_id is None  # the meeting stays in the log


def test_delete_person_removes_contacts_left_with_nobody(db):
    a = svc.add_person(svc.PersonInput("A"))
    b = svc.add_person(svc.PersonInput("B"))
    solo = log_contact(ContactInput(day=DAY, person_ids=[a]), today=DAY)
    shared = log_contact(ContactInput(day=DAY, person_ids=[a, b]), today=DAY)
    svc.delete_person(a)
    assert not Contact.select().where(Contact.id == solo).exists()
    assert [r.person_id for r in ContactPerson.select().where(ContactPerson.contact == shared)] == [b]


def test_contact_list_edit_delete(db):
    a = svc.add_person(svc.PersonInput("Ann"))
    b = svc.add_person(svc.PersonInput("Bo"))
    cid = log_contact(ContactInput(day=DAY, person_ids=[b, a], channel="video", duration_minutes=30,
                                   felt_supported=4, mood_after=2, note="nice"), today=DAY)
    [row] = list_contacts()
    assert row.people == ["Ann", "Bo"] and row.channel == "video" and row.felt_supported == 4
    data = contact_input(cid)
    data.person_ids = [a]
    update_contact(cid, data, today=DAY)
    assert list_contacts()[0].people == ["Ann"]
    delete_contact(cid)
    assert list_contacts() == [] and ContactPerson.select().count() == 0


def test_chart_data(db):
    a = svc.add_person(svc.PersonInput("Ann"))
    gid = svc.add_group(svc.GroupInput("Club", member_ids=[a]))
    log_contact(ContactInput(day=DAY, person_ids=[a], felt_supported=5), today=DAY)
    log_contact(ContactInput(day=DAY, person_ids=[a], channel="call"), today=DAY)
    net = network_data(DAY)
    assert [(p.name, p.recent_contacts) for p in net.people] == [("Ann", 2)]
    assert [(g.id, g.member_ids) for g in net.groups] == [(gid, [a])]
    weeks = weekly_contacts(date(2026, 2, 23), DAY)
    assert [(w.in_person, w.online) for w in weeks] == [(0, 0), (1, 1)]
    assert felt_supported(DAY, DAY) == [(DAY, 5)]
