"""The base class every model derives from, bound to the late-bound database."""

import uuid

from peewee import CharField, Model

from resilience_desktop.core.db import database


def new_uid() -> str:
    """A stable row identity (32 hex digits) that export writes and import merges on."""
    return uuid.uuid4().hex


class BaseModel(Model):
    """Every table has ``uid`` (migration 5 for the first tables, from creation for later ones)."""

    uid = CharField(unique=True, default=new_uid)

    class Meta:
        database = database
        legacy_table_names = False

