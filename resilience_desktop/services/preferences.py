"""Read and write user preferences (JSON values in the preference table)."""

from __future__ import annotations

import json
from typing import Any

from peewee import EXCLUDED

from resilience_desktop.core.db import database
from resilience_desktop.core.models.preference import Preference


def get_preference(key: str, default: Any = None) -> Any:
    row = Preference.get_or_none(Preference.key == key)
    if row is None:
        return default
    try:
        return json.loads(row.value)
    except ValueError:
        return default


def get_preferences(defaults: dict[str, Any]) -> dict[str, Any]:
    """Several preferences in one query: key -> stored value, or the default given."""
    values = dict(defaults)
    if not defaults:
        return values
    rows = (Preference.select(Preference.key, Preference.value)
            .where(Preference.key.in_(list(defaults))).tuples())
    for key, text in rows:
        try:
            values[key] = json.loads(text)
        except ValueError:
            pass
    return values


def set_preference(key: str, value: Any) -> None:
    set_preferences({key: value})


def set_preferences(values: dict[str, Any]) -> None:
    """Write several preferences in one transaction (one fsync)."""
    rows = [{"key": key, "value": json.dumps(value)} for key, value in values.items()]
    with database.atomic():
        # An upsert, not REPLACE: the row keeps its stable uid when its value changes.
        (Preference.insert_many(rows)
         .on_conflict(conflict_target=[Preference.key], update={Preference.value: EXCLUDED.value})
         .execute())
