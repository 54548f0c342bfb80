"""Demo people: 60 people, 8 groups, contacts spread over the whole span, same seed same data."""

import random
from datetime import date

from resilience_desktop.core.models.people import Contact, ContactPerson, GroupMembership, Person, SocialGroup
from resilience_desktop.services.demo import DemoContext
from resilience_desktop.services.demo import people as demo_people
from resilience_desktop.services.people.status import losing_touch

END = date(2026, 11, 29)


def _generate(years=2.0, seed="s"):
    start = date(END.year - int(years), END.month, END.day)
    demo_people.generate(DemoContext(rng=random.Random(seed), start=start, end=END, years=years))


def test_demo_people_groups_and_contacts(db):
    _generate()
    assert Person.select().count() == 60 and SocialGroup.select().count() == 8
    assert GroupMembership.select().count() > 40
    days = [c.day for c in Contact.select(Contact.day)]
    assert min(days) < date(2025, 3, 1) and max(days) > date(2026, 11, 1)
    assert ContactPerson.select().count() > Contact.select().count() * 0.9
    assert 3 <= len(losing_touch(END)) <= 12  # something to show, not everyone


def test_demo_is_deterministic(db):
    _generate(seed="same")
    first = list(Contact.select(Contact.day, Contact.channel).order_by(Contact.id).tuples())
    for model in (ContactPerson, Contact, GroupMembership, SocialGroup, Person):
        model.delete().execute()
    _generate(seed="same")
    assert list(Contact.select(Contact.day, Contact.channel).order_by(Contact.id).tuples()) == first
