"""People's bulk writer: a whole network at once (the demo's people, groups, memberships,
contacts and who came to them, with their ids already chosen).

With records.py (people and groups, one at a time or an import's people) and contacts.py
(contacts, one at a time) this is the only door to the people tables. Call it inside the
caller's transaction with rows the caller built from valid values; each row is a dict
of column values, the same keys in every row of a table. Rows go in with executemany on
the raw connection: peewee's insert_many is too slow for a 100-year demo.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from resilience_desktop.core.db import database
from resilience_desktop.core.models.people import (Contact, ContactPerson, GroupMembership,
                                                   Person, SocialGroup)
from resilience_desktop.core.models.base import BaseModel

# one row: column -> value, the same keys in every row of a table
Row = dict[str, Any]


def add_network(people: list[Row], groups: list[Row], memberships: list[Row],
                contacts: list[Row], links: list[Row]) -> None:
    """people, groups, memberships ({group, person}), contacts and links ({contact,
    person}), in the order foreign keys need."""
    for model, rows in ((Person, people), (SocialGroup, groups),
                        (GroupMembership, memberships), (Contact, contacts),
                        (ContactPerson, links)):
        _insert(model, rows)


def _insert(model: type[BaseModel], rows: list[Row]) -> None:
    if not rows:
        return
    fields = [model._meta.fields[key] for key in rows[0]]
    columns = ", ".join(f'"{field.column_name}"' for field in fields)
    marks = ", ".join("?" for _ in fields)
    sql = f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({marks})'
    keys = list(rows[0])
    values = [tuple(_plain(row[key]) for key in keys) for row in rows]
    database.connection().executemany(sql, values)


def _plain(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value
