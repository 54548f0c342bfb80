"""Calm models: logged practice sessions and the user's own breathing patterns."""

from __future__ import annotations

from peewee import AutoField, CharField, FloatField, IntegerField, TextField

from resilience_desktop.core.models.base import BaseModel, MomentField, new_uid

# The four practices of the Calm tab (also the CHECK constraint in m0005).
PRACTICE_KINDS = ("breathing", "meditation", "imagery", "grounding")


class CalmPattern(BaseModel):
    """A breathing pattern the user saved: seconds in, hold, out, hold (0–20 each)."""

    id = AutoField()
    uid = CharField(unique=True, default=new_uid)
    name = CharField(unique=True)
    inhale = FloatField()
    hold_in = FloatField(default=0)
    exhale = FloatField()
    hold_out = FloatField(default=0)
    created_at = MomentField()

    class Meta:
        table_name = "calm_pattern"


class CalmSession(BaseModel):
    """One practice, finished or ended early."""

    id = AutoField()
    uid = CharField(unique=True, default=new_uid)
    started_at = MomentField(index=True)  # local time, naive
    kind = CharField()  # one of PRACTICE_KINDS
    name = CharField()  # pattern or script name ("Box", "A walk by the sea", ...)
    planned_seconds = IntegerField(null=True)  # None: no set length (grounding)
    actual_seconds = IntegerField()
    stress_before = IntegerField(null=True)  # 0-10
    stress_after = IntegerField(null=True)
    notes = TextField(default="")  # grounding notes, only when the person saved them

    class Meta:
        table_name = "calm_session"


MODELS = (CalmPattern, CalmSession)
