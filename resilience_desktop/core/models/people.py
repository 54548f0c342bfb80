"""People and groups of the social support network (issue: People).

Only the identity columns exist so far; the People work extends these models
(and adds its migration). Exercise sessions link to them by id.
"""

from peewee import AutoField, CharField

from resilience_desktop.core.models.base import BaseModel


class Person(BaseModel):
    id = AutoField()
    name = CharField()

    class Meta:
        table_name = "person"


class SocialGroup(BaseModel):
    id = AutoField()
    name = CharField()

    class Meta:
        table_name = "social_group"
MODELS = (Person, SocialGroup)
