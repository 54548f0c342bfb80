"""People › Over time's one-line reading: the last 30 days against the 30 before."""

from __future__ import annotations

from datetime import date, timedelta

from resilience_desktop.services.people.contact_reading import contact_reading, contact_reading_for
from resilience_desktop.services.people.contacts import IN_PERSON, ContactInput, log_contact
from resilience_desktop.services.people.records import PersonInput, add_person

ON = date(2026, 5, 30)


def test_more_less_and_the_same_in_person():
    assert contact_reading((14, 20), (9, 22)) == (
        "More contact in person in the last 30 days than in the 30 before: 14 vs 9. "
        "Calls, messages and online: 20 (22 before).")
    assert contact_reading((3, 0), (5, 1)).startswith(
        "Less contact in person in the last 30 days than in the 30 before: 3 vs 5.")
    assert contact_reading((4, 2), (4, 0)).startswith(
        "As much contact in person in the last 30 days as in the 30 before: 4 each.")
    assert contact_reading((0, 0), (0, 0)) == "No contacts logged in the last 60 days."


def test_the_windows_are_counted_from_the_journal(data_session):
    ann = add_person(PersonInput("Ann"))
    # in the last 30 days (May 1 - May 30): 2 in person, 1 call; before (Apr 1 - Apr 30):
    # 1 in person; March 31 is in neither window.
    for day, channel in ((ON, IN_PERSON), (ON - timedelta(days=29), IN_PERSON),
                         (ON - timedelta(days=3), "call"), (ON - timedelta(days=30), IN_PERSON),
                         (ON - timedelta(days=60), IN_PERSON)):
        log_contact(ContactInput(day, [ann], channel=channel), today=ON)
    assert contact_reading_for(ON) == (
        "More contact in person in the last 30 days than in the 30 before: 2 vs 1. "
        "Calls, messages and online: 1 (0 before).")
