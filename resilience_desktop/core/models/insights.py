"""Insights models (issue 12): self-check questionnaire responses answered item
by item, and the person's strengths with examples picked from their entries.

A response stores the published answer value of every item (BRS 1-5, WHO-5
0-5, Rosenberg 0-3) and the questionnaire version, never a score: the score
is always recomputed from the answers (services/insights/scales.py).
"Three good things" reflections are journal entries of the gratitude kind,
not rows here. Table names are frozen by migration m0005_insights.
"""

from peewee import AutoField, CharField, ForeignKeyField, IntegerField, TextField

from resilience_desktop.core.models.base import BaseModel, DayField, MomentField, new_uid
from resilience_desktop.core.models.journal import JournalEntry


class QuestionnaireResponse(BaseModel):
    id = AutoField()
    uid = CharField(unique=True, default=new_uid)
    scale = CharField(max_length=16, index=True)  # "brs", "who5", "rses"
    version = CharField(max_length=32)
    taken_on = DayField(index=True)
    created_at = MomentField()

    class Meta:
        table_name = "insights_response"


class QuestionnaireAnswer(BaseModel):
    id = AutoField()
    uid = CharField(unique=True, default=new_uid)
    response = ForeignKeyField(QuestionnaireResponse, on_delete="CASCADE", backref="answers")
    item = IntegerField()  # 1-based item number
    value = IntegerField()  # the published answer value, before any reverse scoring

    class Meta:
        table_name = "insights_answer"
        indexes = ((("response", "item"), True),)


class Strength(BaseModel):
    id = AutoField()
    uid = CharField(unique=True, default=new_uid)
    name = CharField(max_length=200)
    description = TextField(default="")  # in the person's own words
    created_at = MomentField()

    class Meta:
        table_name = "insights_strength"


class StrengthExample(BaseModel):
    id = AutoField()
    uid = CharField(unique=True, default=new_uid)
    strength = ForeignKeyField(Strength, on_delete="CASCADE", backref="examples")
    entry = ForeignKeyField(JournalEntry, null=True, on_delete="SET NULL",
                            backref="strength_examples")
    note = TextField(default="")
    created_at = MomentField()

    class Meta:
        table_name = "insights_strength_example"


MODELS = (QuestionnaireResponse, QuestionnaireAnswer, Strength, StrengthExample)
