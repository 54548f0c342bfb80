"""Migration 2 creates exactly the columns the people models expect."""

from resilience_desktop.core.db import database
from resilience_desktop.core.models import people


def test_people_tables_match_models(db):
    for model in people.MODELS:
        table = model._meta.table_name
        columns = {row[1] for row in database.execute_sql(f'PRAGMA table_info("{table}")')}
        assert columns == {field.column_name for field in model._meta.sorted_fields}, table


def test_person_and_group_can_be_created_with_a_name_only(db):
    person = people.Person.create(name="Ann")
    group = people.SocialGroup.create(name="Choir")
    assert person.added_on is not None and group.kind == "other"
    database.execute_sql("INSERT INTO person (name) VALUES ('Bo')")  # SQL defaults too
    assert people.Person.get(people.Person.name == "Bo").relationship == "friend"


def test_foreign_keys_cascade(db):
    person = people.Person.create(name="Ann")
    group = people.SocialGroup.create(name="Choir")
    people.GroupMembership.create(group=group, person=person)
    contact = people.Contact.create(day="2026-01-01", group=group)
    people.ContactPerson.create(contact=contact, person=person)
    person.delete_instance()
    assert people.GroupMembership.select().count() == 0
    assert people.ContactPerson.select().count() == 0
    group.delete_instance()
    assert people.Contact.get_by_id(contact.id).group_id is None
