"""User preferences, stored in the database as JSON values."""

from peewee import CharField, TextField

from resilience_desktop.core.models.base import BaseModel


class Preference(BaseModel):
    key = CharField(primary_key=True)
    value = TextField()  # JSON

    class Meta:
        table_name = "preference"
MODELS = (Preference,)
