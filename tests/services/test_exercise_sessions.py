"""Sessions and the activity catalogue: validation, links, delete and undo."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from resilience_desktop.core.db import database
from resilience_desktop.core.errors import ValidationError
from resilience_desktop.core.models.exercise import (ExerciseSession, ExerciseSessionGroup,
                                                     ExerciseSessionPerson)
from resilience_desktop.core.models.people import Person, SocialGroup
from resilience_desktop.services.exercise import sessions as ex

NOW = datetime(2026, 3, 10, 18, 30)


@pytest.fixture
def clock(wall_clock, db, monkeypatch):
    wall_clock.set(NOW)
    return NOW


def _walk_id() -> int:
    return next(a.id for a in ex.list_activities() if a.name == "Walking for pleasure")


def _people():
    """Two people and a group through plain SQL (only id and name are ours to rely on)."""
    with database.atomic():
        ana = database.execute_sql("INSERT INTO person (name) VALUES ('Ana')").lastrowid
        ben = database.execute_sql("INSERT INTO person (name) VALUES ('Ben')").lastrowid
        club = database.execute_sql(
            "INSERT INTO social_group (name) VALUES ('Walking club')").lastrowid
    return ana, ben, club


def test_catalogue_is_seeded_in_a_fresh_database(db):
    activities = {a.name: a for a in ex.list_activities()}
    assert len(activities) >= 26
    assert activities["Walking, brisk (3.5 mph)"].met == 4.3
    assert activities["Swimming laps, fast"].intensity == "vigorous"
    assert activities["Yoga, Hatha"].intensity == "light"
    assert activities["Resistance training"].muscle_strengthening
    assert all(a.built_in for a in activities.values())


def test_add_activity_validates_met_and_name(db):
    new_id = ex.add_activity("Rowing", 7.0, muscle_strengthening=True)
    row = next(a for a in ex.list_activities() if a.id == new_id)
    assert (row.met, row.muscle_strengthening, row.built_in) == (7.0, True, False)
    for name, met, words in (("Kayak", 0.5, "between 1.0 and 23.0"), ("Kayak", 23.5, "23.0"),
                             ("", 4, "name"), ("rowing", 5, "already")):
        with pytest.raises(ValidationError, match=words):
            ex.add_activity(name, met)
    assert ex.add_activity("Edge", 23.0) and ex.add_activity("Low edge", 1.0)


def test_delete_activity_only_when_unused_and_not_built_in(clock):
    own = ex.add_activity("Rowing", 7.0)
    ex.add_session(ex.SessionInput(NOW - timedelta(days=1), own, 30))
    with pytest.raises(ValidationError, match="used by 1 session"):
        ex.delete_activity(own)
    with pytest.raises(ValidationError, match="Built-in"):
        ex.delete_activity(_walk_id())
    spare = ex.add_activity("Spare", 3.0)
    ex.delete_activity(spare)
    assert spare not in {a.id for a in ex.list_activities()}


def test_add_session_with_everything_and_list_it(clock):
    ana, ben, club = _people()
    session_id = ex.add_session(ex.SessionInput(
        NOW - timedelta(hours=2), _walk_id(), 45, effort=4, distance_km=3.4, notes=" park ",
        mood_before=-1, mood_after=2, person_ids=(ben, ana), group_ids=(club,)))
    row = ex.get_session(session_id)
    assert (row.minutes, row.effort, row.distance_km, row.notes) == (45, 4, 3.4, "park")
    assert (row.mood_before, row.mood_after) == (-1, 2)
    assert row.people == ("Ana", "Ben") and row.groups == ("Walking club",)
    assert row.intensity == "moderate"


@pytest.mark.parametrize("change, words", [
    ({"started_at": NOW + timedelta(minutes=1)}, "in the future"),
    ({"minutes": 0}, "1 to 1440"), ({"minutes": 1441}, "1 to 1440"),
    ({"effort": 11}, "0 to 10"), ({"mood_before": -6}, "−5 to \\+5"),
    ({"mood_after": 6}, "−5 to \\+5"), ({"activity_id": 9999}, "choose an activity"),
    ({"distance_km": -1.0}, "distance"), ({"person_ids": (4242,)}, "people"),
])
def test_invalid_sessions_are_refused_with_a_plain_message(clock, change, words):
    fields = dict(started_at=NOW, activity_id=_walk_id(), minutes=30)
    fields.update(change)
    with pytest.raises(ValidationError, match=words):
        ex.add_session(ex.SessionInput(**fields))
    assert ExerciseSession.select().count() == 0


def test_start_exactly_now_is_allowed(clock):
    assert ex.add_session(ex.SessionInput(NOW, _walk_id(), 1))


def test_update_session_replaces_fields_and_links(clock):
    ana, ben, club = _people()
    session_id = ex.add_session(ex.SessionInput(NOW, _walk_id(), 30, person_ids=(ana,)))
    jog = next(a.id for a in ex.list_activities() if a.name == "Jogging")
    ex.update_session(session_id, ex.SessionInput(NOW - timedelta(days=1), jog, 20,
                                                  person_ids=(ben,), group_ids=(club,)))
    row = ex.get_session(session_id)
    assert (row.activity_name, row.minutes, row.people, row.groups) == ("Jogging", 20, ("Ben",),
                                                                        ("Walking club",))
    with pytest.raises(ValidationError, match="no longer exists"):
        ex.update_session(9999, ex.SessionInput(NOW, jog, 20))


def test_delete_and_undo_recreate_the_session_with_its_links(clock):
    ana, ben, club = _people()
    session_id = ex.add_session(ex.SessionInput(NOW, _walk_id(), 30, notes="x", mood_after=3,
                                                person_ids=(ana, ben), group_ids=(club,)))
    deleted = ex.delete_session(session_id)
    assert ex.list_sessions() == []
    assert ExerciseSessionPerson.select().count() == 0  # links went with it (cascade)
    restored = ex.restore_session(deleted)
    assert restored == session_id
    row = ex.get_session(restored)
    assert (row.notes, row.mood_after, row.people, row.groups) == ("x", 3, ("Ana", "Ben"),
                                                                   ("Walking club",))


def test_deleting_a_person_removes_only_the_link(clock):
    ana, _ben, club = _people()
    session_id = ex.add_session(ex.SessionInput(NOW, _walk_id(), 30, person_ids=(ana,),
                                                group_ids=(club,)))
    with database.atomic():
        Person.delete_by_id(ana)
        SocialGroup.delete_by_id(club)
    assert ExerciseSessionGroup.select().count() == 0
    assert ex.get_session(session_id).people == ()


def test_quick_add_repeats_a_recent_session_starting_now(clock):
    ana, _ben, _club = _people()
    ex.add_session(ex.SessionInput(NOW - timedelta(days=2), _walk_id(), 40, mood_before=1,
                                   person_ids=(ana,)))
    template = ex.recent_templates()[0]
    new_id = ex.repeat_session(template)
    row = ex.get_session(new_id)
    assert (row.started_at, row.minutes, row.people, row.mood_before) == (NOW, 40, ("Ana",), None)
    assert len(ex.recent_templates()) == 1  # same activity and minutes: one template
