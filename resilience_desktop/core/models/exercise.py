"""Exercise models: the activity catalogue, sessions, and who a session was with."""

from __future__ import annotations

from peewee import (AutoField, BooleanField, CharField, CompositeKey, FloatField,
                    ForeignKeyField, IntegerField, TextField)

from resilience_desktop.core.models.base import BaseModel, DayField, MomentField
from resilience_desktop.core.models.people import Person, SocialGroup


class Activity(BaseModel):
    """One kind of activity with its MET value (Compendium or user-defined)."""

    id = AutoField()
    name = CharField(unique=True)
    met = FloatField()
    muscle_strengthening = BooleanField(default=False)
    built_in = BooleanField(default=False)

    class Meta:
        table_name = "exercise_activity"


class ExerciseSession(BaseModel):
    id = AutoField()
    started_at = MomentField(index=True)  # local time, naive
    activity = ForeignKeyField(Activity, backref="sessions", on_delete="RESTRICT")
    minutes = IntegerField()
    effort = IntegerField(null=True)  # perceived effort 0-10
    distance_km = FloatField(null=True)
    notes = TextField(default="")
    mood_before = IntegerField(null=True)  # pleasantness -5..+5
    mood_after = IntegerField(null=True)
    created_at = MomentField()

    class Meta:
        table_name = "exercise_session"


class ExerciseSessionPerson(BaseModel):
    session = ForeignKeyField(ExerciseSession, backref="person_links", on_delete="CASCADE")
    person = ForeignKeyField(Person, on_delete="CASCADE")

    class Meta:
        table_name = "exercise_session_person"
        primary_key = CompositeKey("session", "person")


class ExerciseSessionGroup(BaseModel):
    session = ForeignKeyField(ExerciseSession, backref="group_links", on_delete="CASCADE")
    group = ForeignKeyField(SocialGroup, on_delete="CASCADE")

    class Meta:
        table_name = "exercise_session_group"
        primary_key = CompositeKey("session", "group")


class HeartMinutesDay(BaseModel):
    """One day's Heart Minutes as a fitness app counts them (migration m0011; written only
    by services/exercise/heart_minutes.py). Shown beside the guideline meter, never mixed
    into the guideline minutes."""

    id = AutoField()
    day = DayField()
    minutes = IntegerField()  # 0..2880 (2 a minute of vigorous activity, all day)
    source = CharField(max_length=64)  # "google-fit"
    imported_at = MomentField()

    class Meta:
        table_name = "exercise_heart_minutes"
        indexes = ((("day", "source"), True),)


MODELS = (Activity, ExerciseSession, ExerciseSessionPerson, ExerciseSessionGroup,
          HeartMinutesDay)
