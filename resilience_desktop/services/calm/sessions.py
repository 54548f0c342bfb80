"""Logging practices: one row per breathing, meditation, imagery or grounding session.

A practice is written when it ends (finished or stopped early), with the
stress rating given before it; the rating after is added by
``set_stress_after`` once the person taps it (or never, if they skip).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from resilience_desktop.core import date_range
from resilience_desktop.core.db import database
from resilience_desktop.core.errors import ValidationError
from resilience_desktop.core.models.calm import PRACTICE_KINDS, CalmSession
from resilience_desktop.services.calm.labels import practice_label  # noqa: F401 (re-exported)
from resilience_desktop.core.i18n import translate
from resilience_desktop.core.log import get_logger

log = get_logger(__name__)
MAX_SECONDS = 86_400
MAX_NOTES = 20_000
BATCH = 400  # rows a statement, far below SQLite's variable limit


@dataclass(frozen=True)
class PracticeInput:
    kind: str
    name: str
    started_at: datetime
    actual_seconds: float
    planned_seconds: float | None = None
    stress_before: int | None = None
    stress_after: int | None = None
    notes: str = ""


@dataclass(frozen=True)
class PracticeRow:
    id: int
    started_at: datetime
    kind: str
    name: str
    planned_seconds: int | None
    actual_seconds: int
    stress_before: int | None
    stress_after: int | None
    notes: str

    @property
    def label(self) -> str:
        return practice_label(self.kind, self.name)


def _check_stress(label: str, value: object) -> None:
    if value is not None and (not isinstance(value, int) or not 0 <= value <= 10):
        raise ValidationError(translate("Resilience", "Stress {label} goes from 0 to 10.").format(label=label))


def validate_practice(data: PracticeInput) -> None:
    date_range.validate_day(data.started_at)
    if data.kind not in PRACTICE_KINDS:
        raise ValidationError(translate("Resilience", "Unknown practice “{kind}”.").format(kind=data.kind))
    if not (data.name or "").strip():
        raise ValidationError(translate("Resilience", "A practice needs a name (the pattern or script)."))
    for label, seconds in (("actual", data.actual_seconds), ("planned", data.planned_seconds)):
        if seconds is not None and not 0 <= seconds <= MAX_SECONDS:
            raise ValidationError(translate("Resilience", "The {label} length must be between 0 seconds and a day.").format(label=label))
    _check_stress("before", data.stress_before)
    _check_stress("after", data.stress_after)
    if len(data.notes or "") > MAX_NOTES:
        raise ValidationError(translate("Resilience", "The notes are too long (20,000 characters at most)."))


def _row(data: PracticeInput, uid: str | None) -> dict[str, Any]:
    validate_practice(data)
    planned = None if data.planned_seconds is None else round(data.planned_seconds)
    stable = {"uid": uid} if uid else {}
    return dict(**stable, started_at=data.started_at.replace(microsecond=0), kind=data.kind,
                name=data.name.strip(), planned_seconds=planned,
                actual_seconds=round(data.actual_seconds), stress_before=data.stress_before,
                stress_after=data.stress_after, notes=(data.notes or "").strip())


def log_practice(data: PracticeInput, uid: str | None = None) -> int:
    """Store one practice; returns its id. uid: a stable id (importers derive it)."""
    row = _row(data, uid)
    with database.atomic():
        new_id = int(CalmSession.insert(**row).execute())
    log.info("calm %s session %s logged", data.kind, new_id)
    return new_id


def log_practices(practices: list[tuple[PracticeInput, str]]) -> int:
    """Many practices at once (the demo), each with its stable uid and checked as
    log_practice does; one transaction. Returns how many were written."""
    rows = [_row(data, uid) for data, uid in practices]
    with database.atomic():
        for start in range(0, len(rows), BATCH):
            CalmSession.insert_many(rows[start:start + BATCH]).execute()
    return len(rows)


def set_stress_after(session_id: int, value: int | None) -> None:
    _check_stress("after", value)
    with database.atomic():
        if not CalmSession.update(stress_after=value).where(CalmSession.id == session_id).execute():
            raise ValidationError(translate("Resilience", "That practice is no longer in the log."))


@dataclass(frozen=True)
class DeletedPractice:
    """Everything needed to put a deleted practice back (undo): same id and uid."""

    fields: dict[str, Any]
    label: str


def delete_practice(session_id: int) -> DeletedPractice:
    with database.atomic():
        row = CalmSession.get_or_none(CalmSession.id == session_id)
        if row is None:
            raise ValidationError(translate("Resilience", "That practice is no longer in the log."))
        fields = dict(row.__data__)
        row.delete_instance()
    log.info("calm session %s deleted", session_id)
    label = f"{practice_label(fields['kind'], fields['name'])} of {fields['started_at']:%d %b %Y}"
    return DeletedPractice(fields, label)


def restore_practice(deleted: DeletedPractice) -> int:
    """Undo a delete; a new id if the old one has been taken meanwhile."""
    fields = dict(deleted.fields)
    with database.atomic():
        if CalmSession.get_or_none(CalmSession.id == fields["id"]) is not None:
            del fields["id"]
        new_id = int(CalmSession.insert(**fields).execute())
    log.info("calm session %s restored", new_id)
    return new_id


def list_practices(limit: int | None = None) -> list[PracticeRow]:
    """Practices newest first."""
    S = CalmSession
    query = (S.select(S.id, S.started_at, S.kind, S.name, S.planned_seconds, S.actual_seconds,
                      S.stress_before, S.stress_after, S.notes)
             .order_by(S.started_at.desc(), S.id.desc()))
    if limit is not None:
        query = query.limit(limit)
    return [PracticeRow(row[0], date_range.stored_moment(row[1]), *row[2:])
            for row in database.execute(query).fetchall()]
