"""The base class every model derives from, bound to the late-bound database."""

from peewee import Model

from resilience_desktop.core.db import database


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False
