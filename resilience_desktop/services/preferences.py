"""Read and write user preferences (JSON values in the preference table).

A stored value can be anything a hand-edited file or an older version left
there, so reading never trusts it: a value that is not JSON, or not of the
default's kind (text where a number is expected, a list where text is, a
number that is not finite), reads as the default. Settings with allowed
values are cleaned further by services/settings.py (``read_setting``).
"""

from __future__ import annotations

import json
import math
from typing import Any

from peewee import EXCLUDED

from resilience_desktop.core.db import database
from resilience_desktop.core.models.preference import Preference
from resilience_desktop.core.models.rows import tuples


def fits_default(value: Any, default: Any) -> bool:
    """True when value is of the default's JSON kind (any value fits a None default)."""
    if default is None:
        return True
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(value, bool) and isinstance(default, bool)
    if isinstance(default, (int, float)):
        return isinstance(value, (int, float)) and math.isfinite(value)
    return isinstance(value, type(default))


def _decoded(text: str, default: Any) -> Any:
    try:
        value = json.loads(text)
    except (ValueError, TypeError, RecursionError):
        return default
    return value if fits_default(value, default) else default


def get_preference(key: str, default: Any = None) -> Any:
    row = Preference.get_or_none(Preference.key == key)
    return default if row is None else _decoded(row.value, default)


def get_preferences(defaults: dict[str, Any]) -> dict[str, Any]:
    """Several preferences in one query: key -> stored value, or the default given."""
    values = dict(defaults)
    if not defaults:
        return values
    rows = (Preference.select(Preference.key, Preference.value)
            .where(Preference.key.in_(list(defaults))))
    for key, text in tuples(rows):
        values[key] = _decoded(text, defaults[key])
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
