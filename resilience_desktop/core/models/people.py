"""People, groups and the contacts log of the social support network (issue: People).

Table names are frozen by migration 2 (m0002_people.py); Exercise sessions link
to ``person(id)`` and ``social_group(id)``. Choice fields (relationship, kind,
channel, supports) hold plain keys: RELATIONSHIPS below, the rest in
services/people/records.py.
"""


from peewee import AutoField, CharField, ForeignKeyField, IntegerField, TextField

from resilience_desktop.core import clock
from resilience_desktop.core.models.base import BaseModel, DayField
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP

# relationship key -> (label, default stay-in-touch cadence in days).
# Family 14, close friend 30 and friend 90 come from PRODUCT.md; the rest
# are our own choices (docs/people.md explains them). The People
# service, its charts and the settings all read it from here.
RELATIONSHIPS: dict[str, tuple[str, int]] = {
    "family": (QT_TRANSLATE_NOOP("Resilience", "Family"), 14),
    "partner": (QT_TRANSLATE_NOOP("Resilience", "Partner"), 7),
    "close_friend": (QT_TRANSLATE_NOOP("Resilience", "Close friend"), 30),
    "friend": (QT_TRANSLATE_NOOP("Resilience", "Friend"), 90),
    "colleague": (QT_TRANSLATE_NOOP("Resilience", "Colleague"), 60),
    "neighbour": (QT_TRANSLATE_NOOP("Resilience", "Neighbour"), 60),
    "mentor": (QT_TRANSLATE_NOOP("Resilience", "Mentor"), 60),
    "professional": (QT_TRANSLATE_NOOP("Resilience", "Professional (e.g. therapist)"), 30),
    "online_friend": (QT_TRANSLATE_NOOP("Resilience", "Online friend"), 60),
    "other": (QT_TRANSLATE_NOOP("Resilience", "Other"), 90),
}


class Person(BaseModel):
    id = AutoField()
    name = CharField()
    relationship = CharField(default="friend")
    closeness = IntegerField(default=3)  # 1 (distant) .. 5 (closest)
    supports = CharField(default="")  # comma-separated keys: emotional,practical,...
    cadence_days = IntegerField(null=True)  # None: the default for the relationship
    notes = TextField(default="")
    birthday = DayField(null=True)
    added_on = DayField(default=clock.today)  # a never-contacted person's clock starts here
    snoozed_until = DayField(null=True)  # off the losing-touch list until this day

    class Meta:
        table_name = "person"


class SocialGroup(BaseModel):
    id = AutoField()
    name = CharField()
    kind = CharField(default="other")
    schedule = CharField(default="")  # free text: "weekly on Tuesday"
    notes = TextField(default="")
    added_on = DayField(default=clock.today)

    class Meta:
        table_name = "social_group"


class GroupMembership(BaseModel):
    id = AutoField()
    group = ForeignKeyField(SocialGroup, on_delete="CASCADE", backref="memberships")
    person = ForeignKeyField(Person, on_delete="CASCADE", backref="memberships")
    group_id: int  # the keys' own columns, as peewee reads them (typed for mypy)
    person_id: int

    class Meta:
        table_name = "group_membership"
        indexes = ((("group", "person"), True),)


class Contact(BaseModel):
    id = AutoField()
    day = DayField(index=True)
    group = ForeignKeyField(SocialGroup, null=True, on_delete="SET NULL", backref="contacts")
    group_id: int | None  # the key's own column, as peewee reads it (typed for mypy)
    channel = CharField(default="in_person")
    duration_minutes = IntegerField(null=True)
    felt_supported = IntegerField(null=True)  # 1..5
    mood_after = IntegerField(null=True)  # -5..+5
    note = TextField(default="")

    class Meta:
        table_name = "contact"


class ContactPerson(BaseModel):
    """Who was there: one row per person per contact (group meetings included)."""

    id = AutoField()
    contact = ForeignKeyField(Contact, on_delete="CASCADE", backref="participants")
    person = ForeignKeyField(Person, on_delete="CASCADE", backref="contact_links")
    contact_id: int  # the keys' own columns, as peewee reads them (typed for mypy)
    person_id: int

    class Meta:
        table_name = "contact_person"
        indexes = ((("contact", "person"), True),)


MODELS = (Person, SocialGroup, GroupMembership, Contact, ContactPerson)
