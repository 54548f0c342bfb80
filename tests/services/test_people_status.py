"""Stay-in-touch statuses by date, group meetings resetting clocks, the losing-touch list."""

from datetime import date, timedelta

import pytest

from resilience_desktop.core.errors import ValidationError
from resilience_desktop.services.people import status as people_status
from resilience_desktop.services.people.records import GroupInput, PersonInput, add_group, add_person, snooze_person
from resilience_desktop.services.people.contacts import ContactInput, log_contact
from resilience_desktop.services.people.status import DUE, OK, OVERDUE, losing_touch, people_statuses, support_map

START = date(2026, 1, 1)


def _status(person_id, on):
    return next(s for s in people_statuses(on) if s.person_id == person_id)


@pytest.mark.parametrize("days, expected", [(0, OK), (13, OK), (14, DUE), (21, DUE), (22, OVERDUE)])
def test_family_status_transitions_by_date(db, days, expected):
    pid = add_person(PersonInput("Mum", relationship="family"), today=START)
    log_contact(ContactInput(day=START, person_ids=[pid]), today=START)
    assert _status(pid, START + timedelta(days=days)).status == expected


def test_defaults_from_product_brief_and_per_person_override(db):
    friend = add_person(PersonInput("Ann", relationship="friend"), today=START)
    close = add_person(PersonInput("Bo", relationship="close_friend"), today=START)
    custom = add_person(PersonInput("Cy", relationship="friend", cadence_days=10), today=START)
    on = START + timedelta(days=30)
    assert _status(friend, on).cadence_days == 90 and _status(friend, on).status == OK
    assert _status(close, on).cadence_days == 30 and _status(close, on).status == DUE
    assert _status(custom, on).status == OVERDUE


def test_never_contacted_counts_from_the_day_added(db):
    pid = add_person(PersonInput("New", relationship="family"), today=START)
    status = _status(pid, START + timedelta(days=15))
    assert status.last_contact is None and status.days_since == 15 and status.status == DUE


def test_any_contact_resets_the_clock(db):
    pid = add_person(PersonInput("Mum", relationship="family"), today=START)
    on = START + timedelta(days=40)
    assert _status(pid, on).status == OVERDUE
    log_contact(ContactInput(day=on - timedelta(days=1), person_ids=[pid], channel="call"), today=on)
    assert _status(pid, on).status == OK
    assert _status(pid, on).last_contact == on - timedelta(days=1)


def test_group_meeting_resets_the_clocks_of_members_who_were_there(db):
    ids = [add_person(PersonInput(n, relationship="close_friend"), today=START) for n in "ABC"]
    group = add_group(GroupInput("Book club", kind="book_club", member_ids=ids), today=START)
    on = START + timedelta(days=60)
    log_contact(ContactInput(day=on, group_id=group, person_ids=ids[:2]), today=on)
    statuses = {s.name: s.status for s in people_statuses(on)}
    assert statuses == {"A": OK, "B": OK, "C": OVERDUE}


def test_losing_touch_most_overdue_first_and_snooze(wall_clock, db, monkeypatch):
    wall_clock.set(START + timedelta(days=100))
    mum = add_person(PersonInput("Mum", relationship="family"), today=START)
    pal = add_person(PersonInput("Pal", relationship="close_friend"), today=START)
    add_person(PersonInput("Far", relationship="friend"), today=START)  # 100 < 135: due
    names = [s.name for s in losing_touch()]
    assert names == ["Mum", "Pal"]  # 100-21=79 days overdue vs 100-45=55
    snooze_person(mum, START + timedelta(days=110))
    assert [s.name for s in losing_touch()] == ["Pal"]
    wall_clock.set(START + timedelta(days=110))
    assert [s.name for s in losing_touch()] == ["Mum", "Pal"]
    assert pal


def test_support_map_names_givers_and_notes_gaps(db):
    add_person(PersonInput("Ann", closeness=5, supports=["emotional", "advice"]), today=START)
    add_person(PersonInput("Bo", closeness=2, supports=["emotional"]), today=START)
    entries = {e.kind: e for e in support_map()}
    assert entries["emotional"].names == ["Ann", "Bo"] and entries["emotional"].note == ""
    assert entries["practical"].names == [] and "Nobody" in entries["practical"].note


def test_contact_validation(db):
    pid = add_person(PersonInput("Ann"), today=START)
    with pytest.raises(ValidationError, match="future"):
        log_contact(ContactInput(day=START + timedelta(days=1), person_ids=[pid]), today=START)
    with pytest.raises(ValidationError, match="at least one"):
        log_contact(ContactInput(day=START), today=START)
    with pytest.raises(ValidationError, match="Mood"):
        log_contact(ContactInput(day=START, person_ids=[pid], mood_after=7), today=START)


def _session_with(day, person_ids=(), group_ids=()):
    from datetime import datetime

    from resilience_desktop.services.exercise import sessions as ex

    walk = next(a for a in ex.list_activities() if a.met == 3.5)
    return ex.add_session(ex.SessionInput(datetime.combine(day, datetime.min.time()).replace(hour=9),
                                          walk.id, 30, person_ids=tuple(person_ids),
                                          group_ids=tuple(group_ids)))


def test_an_exercise_session_with_a_person_resets_their_clock(wall_clock, db, monkeypatch):
    from datetime import datetime
    from resilience_desktop.services.exercise import sessions as ex

    wall_clock.set(datetime(2026, 3, 1, 12))
    pid = add_person(PersonInput("Mum", relationship="family"), today=START)
    other = add_person(PersonInput("Ann", relationship="family"), today=START)
    log_contact(ContactInput(day=START, person_ids=[pid, other]), today=START)
    walk_day = START + timedelta(days=20)
    assert _status(pid, walk_day).status == DUE
    session_id = _session_with(walk_day, [pid])
    assert _status(pid, walk_day).last_contact == walk_day
    assert _status(pid, walk_day).status == OK
    assert _status(other, walk_day).status == DUE  # only the person who came along
    # Editing the session's day moves the clock with it; deleting it undoes it.
    row = ex.get_session(session_id)
    moved = row.to_input()
    moved.started_at = moved.started_at - timedelta(days=5)
    ex.update_session(session_id, moved)
    assert _status(pid, walk_day).last_contact == walk_day - timedelta(days=5)
    ex.delete_session(session_id)
    assert _status(pid, walk_day).last_contact == START


def test_an_exercise_session_with_a_group_resets_its_members_clocks(wall_clock, db, monkeypatch):
    from datetime import datetime

    wall_clock.set(datetime(2026, 3, 1, 12))
    pid = add_person(PersonInput("Lee", relationship="friend"), today=START)
    group = add_group(GroupInput("Running club", member_ids=[pid]))
    day = START + timedelta(days=40)
    _session_with(day, group_ids=[group])
    assert _status(pid, day).last_contact == day


def test_each_person_s_last_contact_is_their_latest_whatever_order_it_was_logged_in(db):
    """Contacts logged out of order (an import of old ones after new ones), one person
    last seen years ago among others seen often, one never: each gets their latest day."""
    on = START + timedelta(days=2000)
    often, rarely, never = (add_person(PersonInput(n, relationship="friend"), today=START)
                            for n in ("Often", "Rarely", "Never"))
    for offset in (1990, 10, 1500, 1999, 400):
        log_contact(ContactInput(day=START + timedelta(days=offset), person_ids=[often]), today=on)
    log_contact(ContactInput(day=START + timedelta(days=3), person_ids=[rarely, often]), today=on)
    log_contact(ContactInput(day=START + timedelta(days=30), person_ids=[rarely]), today=on)
    latest = people_status.last_contact_days()
    assert latest == {often: START + timedelta(days=1999), rarely: START + timedelta(days=30)}
    assert _status(never, on).last_contact is None
