"""The base class every model derives from, bound to the late-bound database."""

import uuid
from datetime import date, datetime

from peewee import CharField, DateField, DateTimeField, Model

from resilience_desktop.core import date_range
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



class DayField(DateField):
    """A DATE column read defensively: a day outside 1900–2200 (an older version let
    9999-12-31 in) comes back clamped to the range, text that is no date as 1900-01-01,
    so no stored value can crash a chart or a sum (core/date_range.py)."""

    def python_value(self, value: object) -> date | None:
        value = super().python_value(value)  # type: ignore[no-untyped-call]  # peewee: untyped
        return None if value is None else date_range.stored_day(value)


class MomentField(DateTimeField):
    """A DATETIME column read defensively (see DayField)."""

    def python_value(self, value: object) -> datetime | None:
        value = super().python_value(value)  # type: ignore[no-untyped-call]  # peewee: untyped
        return None if value is None else date_range.stored_moment(value)
