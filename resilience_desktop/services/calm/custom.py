"""The user's own breathing patterns: validate, save, list, delete; the last used one.

Every write is one transaction; a problem raises ValidationError with a
sentence the window shows as-is.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from resilience_desktop.core import clock
from resilience_desktop.core.db import database
from resilience_desktop.core.errors import ValidationError
from resilience_desktop.core.models.calm import CalmPattern
from resilience_desktop.services.calm.patterns import BUILT_IN_PATTERNS, BreathingPattern
from resilience_desktop.services.preferences import get_preference, set_preference
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, format_trimmed, translate
from resilience_desktop.core.log import get_logger

log = get_logger(__name__)
MAX_SECONDS = 20.0
MAX_NAME = 60
LAST_PATTERN_KEY = "calm.last_pattern"
FIELDS = (("inhale", QT_TRANSLATE_NOOP("Resilience", "Breathe in")), ("hold_in", QT_TRANSLATE_NOOP("Resilience", "Hold after breathing in")),
          ("exhale", QT_TRANSLATE_NOOP("Resilience", "Breathe out")), ("hold_out", QT_TRANSLATE_NOOP("Resilience", "Hold after breathing out")))


@dataclass(frozen=True)
class PatternInput:
    name: str
    inhale: float | str
    hold_in: float | str = 0
    exhale: float | str = 0
    hold_out: float | str = 0


def _seconds(label: str, value: object) -> float:
    if isinstance(value, str):
        text = value.strip().replace(",", ".")
        try:
            value = float(text) if text else 0.0
        except ValueError:
            raise ValidationError(translate("Resilience", "{label}: “{value}” is not a number of seconds.").format(label=label, value=value)) from None
    if not isinstance(value, (int, float)) or isinstance(value, bool) or math.isnan(value):
        raise ValidationError(translate("Resilience", "{label}: please give a number of seconds.").format(label=label))
    if not 0 <= value <= MAX_SECONDS:
        raise ValidationError(translate("Resilience", "{label} must be from 0 to 20 seconds (you gave {value}).").format(label=label, value=format_trimmed(value, 2)))
    return round(float(value), 2)


def validate_pattern(data: PatternInput, pattern_id: int | None = None) -> dict[str, Any]:
    """The cleaned fields, or ValidationError naming the first problem."""
    name = _checked_name(data.name, pattern_id)
    values = {field: _seconds(label, getattr(data, field)) for field, label in FIELDS}
    if values["inhale"] <= 0 or values["exhale"] <= 0:
        raise ValidationError(translate("Resilience", "A pattern needs an in-breath and an out-breath longer than "
                              "0 seconds."))
    return {"name": name, **values}


def _checked_name(text: str, pattern_id: int | None) -> str:
    """The name with single spaces: not empty, not too long, no built-in's, not another's."""
    name = " ".join((text or "").split())
    if not name:
        raise ValidationError(translate("Resilience", "Please give the pattern a name."))
    if len(name) > MAX_NAME:
        raise ValidationError(translate("Resilience", "The name is too long ({max_name} characters at most).").format(max_name=MAX_NAME))
    if any(p.name.casefold() == name.casefold() for p in BUILT_IN_PATTERNS):
        raise ValidationError(translate("Resilience", "“{name}” is a built-in pattern; please choose another name.").format(name=name))
    clash = CalmPattern.get_or_none(CalmPattern.name == name)
    if clash is not None and clash.id != pattern_id:
        raise ValidationError(translate("Resilience", "You already have a pattern called “{name}”.").format(name=name))
    return name


def save_pattern(data: PatternInput, pattern_id: int | None = None, *, uid: str | None = None,
                 created_at: datetime | None = None) -> int:
    """Add a pattern (pattern_id None) or change one; returns its id. uid and created_at
    (a new pattern only): a stable id and a creation time (the demo chooses both)."""
    fields = validate_pattern(data, pattern_id)
    with database.atomic():
        if pattern_id is None:
            stable = {"uid": uid} if uid else {}
            pattern_id = CalmPattern.insert(created_at=created_at or clock.now_to_second(),
                                            **stable, **fields).execute()
        elif not CalmPattern.update(**fields).where(CalmPattern.id == pattern_id).execute():
            raise ValidationError(translate("Resilience", "That pattern no longer exists."))
    log.info("calm pattern %s saved", pattern_id)
    return pattern_id


def delete_pattern(pattern_id: int) -> None:
    with database.atomic():
        if not CalmPattern.delete().where(CalmPattern.id == pattern_id).execute():
            raise ValidationError(translate("Resilience", "That pattern no longer exists."))
    log.info("calm pattern %s deleted", pattern_id)


def custom_patterns() -> list[BreathingPattern]:
    return [BreathingPattern(row.name, row.inhale, row.hold_in, row.exhale, row.hold_out,
                             default_minutes=3, pattern_id=row.id, description="Your pattern.")
            for row in CalmPattern.select().order_by(CalmPattern.name)]


def all_patterns() -> list[BreathingPattern]:
    """Built-ins first (PRODUCT.md order), then the user's own by name."""
    return list(BUILT_IN_PATTERNS) + custom_patterns()


def find_pattern(name: str) -> BreathingPattern | None:
    return next((p for p in all_patterns() if p.name == name), None)


def last_used_pattern() -> BreathingPattern:
    """The pattern of the last breathing session started (Box when none or deleted)."""
    return find_pattern(get_preference(LAST_PATTERN_KEY, "") or "") or BUILT_IN_PATTERNS[0]


def remember_pattern(name: str) -> None:
    set_preference(LAST_PATTERN_KEY, name)
