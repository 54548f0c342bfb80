"""Read and write user preferences (JSON values in the preference table)."""

from __future__ import annotations

import json
from typing import Any

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


def set_preference(key: str, value: Any) -> None:
    set_preferences({key: value})


def set_preferences(values: dict[str, Any]) -> None:
    """Write several preferences in one transaction (one fsync)."""
    rows = [{"key": key, "value": json.dumps(value)} for key, value in values.items()]
    with database.atomic():
        Preference.insert_many(rows).on_conflict_replace().execute()
