"""The base class every model derives from, bound to the late-bound database."""

import uuid

from peewee import Model

from resilience_desktop.core.db import database


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


def new_uid() -> str:
    """A stable row identity (32 hex digits) that export writes and import merges on."""
    return uuid.uuid4().hex
