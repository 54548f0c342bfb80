"""The activity catalogue: built-in Compendium activities and the user's own."""

from __future__ import annotations

from dataclasses import dataclass

from peewee import fn

from resilience_desktop.core.db import database
from resilience_desktop.core.errors import ValidationError
from resilience_desktop.core.models.exercise import Activity, ExerciseSession
from resilience_desktop.services.exercise.intensity import intensity_class
from resilience_desktop.core.i18n import translate
from resilience_desktop.core.log import get_logger

log = get_logger(__name__)
MET_RANGE = (1.0, 23.0)


@dataclass(frozen=True)
class ActivityRow:
    id: int
    name: str
    met: float
    muscle_strengthening: bool
    built_in: bool

    @property
    def intensity(self) -> str:
        return intensity_class(self.met)


def list_activities() -> list[ActivityRow]:
    query = Activity.select().order_by(Activity.name)
    return [ActivityRow(a.id, a.name, a.met, bool(a.muscle_strengthening), bool(a.built_in))
            for a in query]


def add_activity(name: str, met: float, muscle_strengthening: bool = False) -> int:
    name = (name or "").strip()
    _check_activity(name, met)
    with database.atomic():
        activity = Activity.create(name=name, met=round(float(met), 2),
                                   muscle_strengthening=bool(muscle_strengthening))
    log.info("activity %s added", activity.id)
    return activity.id


def delete_activity(activity_id: int) -> None:
    activity = Activity.get_or_none(Activity.id == activity_id)
    if activity is None:
        raise ValidationError(translate("Resilience", "That activity no longer exists."))
    if activity.built_in:
        raise ValidationError(translate("Resilience", "Built-in activities cannot be deleted."))
    used = ExerciseSession.select().where(ExerciseSession.activity == activity_id).count()
    if used:
        raise ValidationError(translate("Resilience", "“{name}” is used by {used}; it can only be deleted when no session uses it.").format(name=activity.name, used=translate('Resilience', '%n sessions', '%n session', used)))
    with database.atomic():
        activity.delete_instance()


def _check_activity(name: str, met: float) -> None:
    if not name:
        raise ValidationError(translate("Resilience", "Please give the activity a name."))
    if len(name) > 80:
        raise ValidationError(translate("Resilience", "Please keep the activity name under 80 characters."))
    try:
        met = float(met)
    except (TypeError, ValueError):
        raise ValidationError(translate("Resilience", "The MET value must be a number between 1.0 and 23.0.")) from None
    if not MET_RANGE[0] <= met <= MET_RANGE[1]:
        raise ValidationError(translate("Resilience", "The MET value must be between 1.0 and 23.0."))
    if Activity.select().where(fn.LOWER(Activity.name) == name.lower()).exists():
        raise ValidationError(translate("Resilience", "There is already an activity called “{name}”.").format(name=name))
