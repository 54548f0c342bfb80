"""A note other than an entry's text (here a person's notes) edited on two computers:
the losing text is kept as a note revision on every computer (issue 18; docs/sync.md)."""

from __future__ import annotations

from tests.services.sync_helpers import opened, rows_of, settle, sync


def add_person(data_dir, notes):
    from resilience_desktop.core.models.people import Person
    from resilience_desktop.services.people.records import PersonInput
    from resilience_desktop.services.people import records

    with opened(data_dir):
        return Person.get_by_id(records.add_person(PersonInput("Mia", notes=notes))).uid


def set_notes(data_dir, uid, notes):
    from resilience_desktop.core.models.people import Person
    from resilience_desktop.services.people import records

    with opened(data_dir):
        person_id = Person.get(Person.uid == uid).id
        data = records.person_input(records.get_person(person_id))
        data.notes = notes
        records.update_person(person_id, data)


def state(data_dir, uid):
    from resilience_desktop.core.models.people import Person
    from resilience_desktop.services.sync.note_revisions import note_revisions

    with opened(data_dir):
        person = Person.get_or_none(Person.uid == uid)
        return (None if person is None else person.notes,
                {(kept.column, kept.text) for kept in note_revisions("person", uid)})


def test_the_losing_note_of_a_person_is_kept_on_both_computers(tmp_path):
    laptop, desktop, folder = tmp_path / "laptop", tmp_path / "desktop", tmp_path / "folder"
    uid = add_person(laptop, "likes tea")
    sync(laptop, folder), sync(desktop, folder)
    set_notes(laptop, uid, "likes green tea")
    set_notes(desktop, uid, "moved to Lyon")
    sync(laptop, folder)
    report = sync(desktop, folder)
    settle((laptop, desktop), folder)
    assert report.notes_edited_on_two == 1 and report.edited_on_two == 0
    notes, kept = state(laptop, uid)
    assert state(desktop, uid) == (notes, kept)
    assert {notes} | {text for _column, text in kept} == {"likes green tea", "moved to Lyon"}
    assert {column for column, _text in kept} == {"notes"}
    assert rows_of(laptop) == rows_of(desktop)


def test_a_note_edited_after_seeing_the_other_keeps_no_revision(tmp_path):
    laptop, desktop, folder = tmp_path / "laptop", tmp_path / "desktop", tmp_path / "folder"
    uid = add_person(laptop, "likes tea")
    sync(laptop, folder), sync(desktop, folder)
    set_notes(desktop, uid, "likes coffee now")
    sync(desktop, folder)
    assert sync(laptop, folder).notes_edited_on_two == 0
    assert state(laptop, uid) == ("likes coffee now", set())


def test_a_person_deleted_for_good_takes_the_kept_notes_along(tmp_path):
    from resilience_desktop.core.models.people import Person
    from resilience_desktop.services.people import records

    laptop, desktop, folder = tmp_path / "laptop", tmp_path / "desktop", tmp_path / "folder"
    uid = add_person(laptop, "likes tea")
    sync(laptop, folder), sync(desktop, folder)
    set_notes(laptop, uid, "one")
    set_notes(desktop, uid, "two")
    settle((laptop, desktop), folder)
    assert state(laptop, uid)[1]
    with opened(desktop):
        records.delete_person(Person.get(Person.uid == uid).id)
    settle((laptop, desktop), folder)
    assert state(laptop, uid) == state(desktop, uid) == (None, set())
    assert rows_of(laptop) == rows_of(desktop)
