"""Exercise sessions and the activity catalogue: read, validate, write.

Qt-free. Every write is one transaction. Validation problems raise
ValidationError with a sentence the window shows as-is.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from peewee import ModelSelect

from resilience_desktop.core import clock, date_range
from resilience_desktop.core.db import database
from resilience_desktop.core.errors import ValidationError
from resilience_desktop.core.models.exercise import (Activity, ExerciseSession,
                                                     ExerciseSessionGroup, ExerciseSessionPerson)
from resilience_desktop.core.models.people import Person, SocialGroup
from resilience_desktop.core.models.rows import tuples
from resilience_desktop.services.exercise.catalogue import (  # noqa: F401 (re-exported)
    MET_RANGE, ActivityRow, add_activity, delete_activity, list_activities)
from resilience_desktop.services.exercise.intensity import intensity_class
from resilience_desktop.services.dates import format_day
from resilience_desktop.core.i18n import translate
from resilience_desktop.core.log import get_logger

log = get_logger(__name__)
MINUTES_RANGE = (1, 1440)
MAX_NOTES = 20_000


@dataclass
class SessionInput:
    """What the user fills in for one session (ids for activity/people/groups)."""

    started_at: datetime
    activity_id: int
    minutes: int
    effort: int | None = None
    distance_km: float | None = None
    notes: str = ""
    mood_before: int | None = None
    mood_after: int | None = None
    person_ids: tuple[int, ...] = ()
    group_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class SessionRow:
    """One saved session as the table and charts show it."""

    id: int
    started_at: datetime
    activity_id: int
    activity_name: str
    met: float
    muscle_strengthening: bool
    minutes: int
    effort: int | None
    distance_km: float | None
    notes: str
    mood_before: int | None
    mood_after: int | None
    people: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    person_ids: tuple[int, ...] = ()
    group_ids: tuple[int, ...] = ()

    @property
    def intensity(self) -> str:
        return intensity_class(self.met)

    def to_input(self) -> SessionInput:
        return SessionInput(self.started_at, self.activity_id, self.minutes, self.effort,
                            self.distance_km, self.notes, self.mood_before, self.mood_after,
                            self.person_ids, self.group_ids)


@dataclass(frozen=True)
class NamedId:
    id: int
    name: str


# -- people and groups (identity columns of the People tables only) ----------
def list_people() -> list[NamedId]:
    return [NamedId(p.id, p.name) for p in Person.select(Person.id, Person.name)
            .order_by(Person.name)]


def list_groups() -> list[NamedId]:
    return [NamedId(g.id, g.name) for g in SocialGroup.select(SocialGroup.id, SocialGroup.name)
            .order_by(SocialGroup.name)]


# -- sessions ----------------------------------------------------------------
def validate_session(data: SessionInput) -> None:
    """Raise ValidationError with a plain sentence for the first problem found."""
    if not isinstance(data.started_at, datetime):
        raise ValidationError(translate("Resilience", "Please give the date and start time."))
    if data.started_at > clock.now_to_second():
        raise ValidationError(translate("Resilience", "The start time is in the future. Log a session once it has "
                              "started."))
    date_range.validate_day(data.started_at)
    if Activity.get_or_none(Activity.id == data.activity_id) is None:
        raise ValidationError(translate("Resilience", "Please choose an activity."))
    if not isinstance(data.minutes, int) or not MINUTES_RANGE[0] <= data.minutes <= MINUTES_RANGE[1]:
        raise ValidationError(translate("Resilience", "Minutes must be a whole number from 1 to 1440."))
    _check_amounts(data)
    _check_links(data)


def _check_amounts(data: SessionInput) -> None:
    """Effort, distance, moods and the notes' length, each within its range."""
    if data.effort is not None and not 0 <= data.effort <= 10:
        raise ValidationError(translate("Resilience", "Perceived effort goes from 0 to 10."))
    if data.distance_km is not None and not 0 <= data.distance_km <= 2000:
        raise ValidationError(translate("Resilience", "The distance must be between 0 and 2000 km."))
    for label, mood in (("before", data.mood_before), ("after", data.mood_after)):
        if mood is not None and not -5 <= mood <= 5:
            raise ValidationError(translate("Resilience", "Mood {label} goes from −5 to +5.").format(label=label))
    if len(data.notes or "") > MAX_NOTES:
        raise ValidationError(translate("Resilience", "The notes are too long (20,000 characters at most)."))


def _check_links(data: SessionInput) -> None:
    people = set(data.person_ids)
    if people and Person.select().where(Person.id.in_(people)).count() != len(people):
        raise ValidationError(translate("Resilience", "One of the chosen people no longer exists."))
    groups = set(data.group_ids)
    if groups and SocialGroup.select().where(SocialGroup.id.in_(groups)).count() != len(groups):
        raise ValidationError(translate("Resilience", "One of the chosen groups no longer exists."))


def _session_fields(data: SessionInput) -> dict[str, Any]:
    return dict(started_at=data.started_at.replace(microsecond=0), activity=data.activity_id,
                minutes=data.minutes, effort=data.effort, distance_km=data.distance_km,
                notes=(data.notes or "").strip(), mood_before=data.mood_before,
                mood_after=data.mood_after)


def add_session(data: SessionInput, session_id: int | None = None,
                uid: str | None = None) -> int:
    """uid: the new row's stable id (importers derive it from the source's own id)."""
    validate_session(data)
    with database.atomic():
        fields = _session_fields(data)
        if session_id is not None:
            fields["id"] = session_id
        if uid:
            fields["uid"] = uid
        new_id = int(ExerciseSession.insert(created_at=clock.now_to_second(), **fields).execute())
        _write_links(new_id, data)
    log.info("exercise session %s added", new_id)
    return new_id


def update_session(session_id: int, data: SessionInput) -> None:
    validate_session(data)
    with database.atomic():
        changed = (ExerciseSession.update(**_session_fields(data))
                   .where(ExerciseSession.id == session_id).execute())
        if not changed:
            raise ValidationError(translate("Resilience", "That session no longer exists."))
        ExerciseSessionPerson.delete().where(ExerciseSessionPerson.session == session_id).execute()
        ExerciseSessionGroup.delete().where(ExerciseSessionGroup.session == session_id).execute()
        _write_links(session_id, data)
    log.info("exercise session %s updated", session_id)


def _write_links(session_id: int, data: SessionInput) -> None:
    people = [{"session": session_id, "person": pid} for pid in sorted(set(data.person_ids))]
    groups = [{"session": session_id, "group": gid} for gid in sorted(set(data.group_ids))]
    if people:
        ExerciseSessionPerson.insert_many(people).execute()
    if groups:
        ExerciseSessionGroup.insert_many(groups).execute()


@dataclass(frozen=True)
class DeletedSession:
    """Everything needed to re-create a deleted session (undo)."""

    session_id: int
    data: SessionInput
    created_at: datetime
    label: str = field(default="")


def delete_session(session_id: int) -> DeletedSession:
    row = get_session(session_id)
    if row is None:
        raise ValidationError(translate("Resilience", "That session no longer exists."))
    created = ExerciseSession.get_by_id(session_id).created_at
    with database.atomic():
        ExerciseSession.delete().where(ExerciseSession.id == session_id).execute()
    log.info("exercise session %s deleted", session_id)
    label = f"{row.activity_name} on {format_day(row.started_at)}"
    return DeletedSession(session_id, row.to_input(), created, label)


def restore_session(deleted: DeletedSession) -> int:
    """Undo a delete: the same id, fields and links (people/groups still existing)."""
    data = deleted.data
    data = SessionInput(**{**data.__dict__,
                           "person_ids": _existing(Person, data.person_ids),
                           "group_ids": _existing(SocialGroup, data.group_ids)})
    with database.atomic():
        free = ExerciseSession.get_or_none(ExerciseSession.id == deleted.session_id) is None
        fields = _session_fields(data)
        if free:
            fields["id"] = deleted.session_id
        new_id = int(ExerciseSession.insert(created_at=deleted.created_at, **fields).execute())
        _write_links(new_id, data)
    log.info("exercise session %s restored", new_id)
    return new_id


def _existing(model: type[Person] | type[SocialGroup], ids: Iterable[int]) -> tuple[int, ...]:
    if not ids:
        return ()
    return tuple(r.id for r in model.select(model.id).where(model.id.in_(list(ids))))


def get_session(session_id: int) -> SessionRow | None:
    rows = list_sessions(session_ids=[session_id])
    return rows[0] if rows else None


def list_sessions(start: datetime | None = None, end: datetime | None = None,
                  session_ids: Iterable[int] | None = None,
                  older_than: tuple[datetime, int] | None = None,
                  limit: int | None = None) -> list[SessionRow]:
    """Sessions newest first, with activity and people/group names joined.

    A page at a time: ``limit`` rows, and ``older_than`` the (started_at, id) of the
    last row of the page before (the Exercise table loads a 100-year journal's 24,000
    sessions page by page as the person scrolls)."""
    S = ExerciseSession
    query = (S.select(S.id, S.started_at, S.activity, Activity.name, Activity.met,
                      Activity.muscle_strengthening, S.minutes, S.effort, S.distance_km,
                      S.notes, S.mood_before, S.mood_after)
             .join(Activity).order_by(S.started_at.desc(), S.id.desc()))
    query = _within(query, start, end, session_ids, older_than)
    if limit is not None:
        query = query.limit(limit)
    partial = limit is not None or session_ids is not None
    people, groups = _links_by_session(query.select(S.id) if partial else None)
    rows = []
    # Raw rows: peewee's per-row model wrapping costs more than the query itself.
    for (sid, started, activity_id, name, met, strength, minutes, effort, distance, notes,
         before, after) in database.execute(query).fetchall():
        who, crowd = people.get(sid, ()), groups.get(sid, ())
        rows.append(SessionRow(
            sid, date_range.stored_moment(started), activity_id, name, met, bool(strength),
            minutes, effort, distance, notes, before, after,
            tuple(n for _, n in who), tuple(n for _, n in crowd),
            tuple(i for i, _ in who), tuple(i for i, _ in crowd)))
    return rows


def _within(query: ModelSelect[ExerciseSession], start: datetime | None, end: datetime | None,
            session_ids: Iterable[int] | None, older_than: tuple[datetime, int] | None
            ) -> ModelSelect[ExerciseSession]:
    """The sessions query narrowed to start..end, those ids, and those after older_than."""
    S = ExerciseSession
    if start is not None:
        query = query.where(S.started_at >= start)
    if end is not None:
        query = query.where(S.started_at < end)
    if session_ids is not None:
        query = query.where(S.id.in_(list(session_ids)))
    if older_than is not None:
        moment, session_id = older_than
        query = query.where((S.started_at < moment)
                            | ((S.started_at == moment) & (S.id < session_id)))
    return query


def _links_by_session(sessions: ModelSelect[ExerciseSession] | None = None
                      ) -> tuple[dict[int, list[tuple[int, str]]],
                                 dict[int, list[tuple[int, str]]]]:
    """Each session's people and groups (id, name) by name; sessions (a query of session
    ids): only those."""
    people: dict[int, list[tuple[int, str]]] = {}
    person_links = (ExerciseSessionPerson
                    .select(ExerciseSessionPerson.session, Person.id, Person.name)
                    .join(Person).order_by(Person.name))
    group_links = (ExerciseSessionGroup
                   .select(ExerciseSessionGroup.session, SocialGroup.id, SocialGroup.name)
                   .join(SocialGroup).order_by(SocialGroup.name))
    if sessions is not None:
        person_links = person_links.where(ExerciseSessionPerson.session.in_(sessions))
        group_links = group_links.where(ExerciseSessionGroup.session.in_(sessions))
    for session_id, pid, name in tuples(person_links):
        people.setdefault(session_id, []).append((pid, name))
    groups: dict[int, list[tuple[int, str]]] = {}
    for session_id, gid, name in tuples(group_links):
        groups.setdefault(session_id, []).append((gid, name))
    return people, groups


def recent_templates(limit: int = 8) -> list[SessionRow]:
    """The most recent session of each of the last few distinct activities (quick-add)."""
    seen, result = set(), []
    for row in list_sessions(limit=200):
        key = (row.activity_id, row.minutes)
        if key not in seen:
            seen.add(key)
            result.append(row)
        if len(result) >= limit:
            break
    return result


def repeat_session(template: SessionRow) -> int:
    """Quick-add: the same activity, minutes and company, starting now (moods not copied)."""
    data = template.to_input()
    data = SessionInput(started_at=clock.now_to_second(), activity_id=data.activity_id,
                        minutes=data.minutes, effort=data.effort, distance_km=data.distance_km,
                        person_ids=_existing(Person, data.person_ids),
                        group_ids=_existing(SocialGroup, data.group_ids))
    return add_session(data)
