"""Questionnaire responses: save item by item, read back with recomputed scores."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from typing import NamedTuple, TYPE_CHECKING

from resilience_desktop.core import clock, date_range
from resilience_desktop.core.db import database
from resilience_desktop.core.errors import ValidationError
from resilience_desktop.core.models.base import new_uid
from resilience_desktop.core.models.insights import QuestionnaireAnswer, QuestionnaireResponse
from resilience_desktop.services.insights.scales import (Band, Scale, band_for,
                                                          check_answers, get_scale, score)
from resilience_desktop.core.log import get_logger

if TYPE_CHECKING:
    from collections.abc import Sequence

log = get_logger(__name__)
BATCH = 400  # rows a statement, far below SQLite's variable limit
LATEST_TAIL = 4  # responses read per one asked for from the end (a few may be incomplete)


class ScoredResponse(NamedTuple):  # not a frozen dataclass: ~0.5 ms less at start-up
    id: int
    scale_id: str
    taken_on: date
    answers: tuple[int, ...]
    score: float
    band: Band | None


def save_response(scale_id: str, answers: Sequence[int | None],
                  taken_on: date | None = None) -> int:
    """Store one completed questionnaire (all items) in one transaction; returns its id.

    Raises ValidationError naming the first unanswered or invalid item."""
    scale = get_scale(scale_id)
    try:
        check_answers(scale, answers)
    except ValueError as error:
        raise ValidationError(str(error)) from error
    date_range.validate_day(taken_on or clock.today())
    with database.atomic():
        response_id = int(QuestionnaireResponse.insert(
            uid=new_uid(), scale=scale.id, version=scale.version,
            taken_on=taken_on or clock.today(), created_at=clock.now()).execute())
        QuestionnaireAnswer.insert_many(
            [{"uid": new_uid(), "response": response_id, "item": number, "value": value}
             for number, value in enumerate(answers, start=1)]).execute()
    log.info("questionnaire %s saved as response %s", scale.id, response_id)
    return response_id


class StoredResponse(NamedTuple):  # not a frozen dataclass: ~0.5 ms less at start-up
    """A completed questionnaire with its stable ids, for add_responses (the demo)."""

    uid: str
    scale_id: str
    taken_on: date
    created_at: datetime
    answers: tuple[tuple[str, int], ...]  # (answer uid, value), item 1 first


def add_responses(responses: list[StoredResponse]) -> int:
    """Many completed questionnaires at once, each checked as save_response does; one
    transaction. Returns how many were written."""
    for response in responses:
        try:
            check_answers(get_scale(response.scale_id), [v for _uid, v in response.answers])
        except ValueError as error:
            raise ValidationError(str(error)) from error
        date_range.validate_day(response.taken_on)
    rows = [{"uid": r.uid, "scale": r.scale_id, "version": get_scale(r.scale_id).version,
             "taken_on": r.taken_on, "created_at": r.created_at} for r in responses]
    with database.atomic():
        for start in range(0, len(rows), BATCH):
            QuestionnaireResponse.insert_many(rows[start:start + BATCH]).execute()
        ids = dict(database.execute_sql("SELECT uid, id FROM insights_response").fetchall())
        answers = [{"uid": uid, "response": ids[r.uid], "item": number, "value": value}
                   for r in responses
                   for number, (uid, value) in enumerate(r.answers, start=1)]
        for start in range(0, len(answers), BATCH):
            QuestionnaireAnswer.insert_many(answers[start:start + BATCH]).execute()
    return len(rows)


def delete_response(response_id: int) -> None:
    with database.atomic():
        QuestionnaireResponse.delete().where(QuestionnaireResponse.id == response_id).execute()


def history(scale_id: str, start: date | None = None,
            end: date | None = None) -> list[ScoredResponse]:
    """Every complete response of a scale in the range, oldest first, scored."""
    scale = get_scale(scale_id)
    return [scored for response_id, taken_on, answers in _answers(scale, start, end)
            if (scored := _scored(scale, response_id, taken_on, answers)) is not None]


def in_range_and_latest(scale_id: str, start: date | None, end: date,
                        count: int = 2) -> tuple[list[ScoredResponse], list[ScoredResponse]]:
    """The complete responses whose day is in [start, end], and the last `count` complete
    ones, each oldest first. Only their answers are read and scored: a century's journal
    holds thousands of responses, and reading and scoring all cost ~100 ms (issue 20)."""
    scale = get_scale(scale_id)
    days = database.execute_sql(
        "SELECT id, taken_on FROM insights_response WHERE scale = ? ORDER BY taken_on, id",
        [scale.id]).fetchall()
    in_range = [(response_id, taken_on) for response_id, taken_on in days
                if _day_in(date_range.stored_day(taken_on), start, end)]
    tail = days[-LATEST_TAIL * count:]  # the last few: nearly always complete
    answers = _answers_of([response_id for response_id, _ in in_range + tail])
    last = _last_scored(scale, tail, answers, count)
    if len(last) < count and len(tail) < len(days):  # incomplete ones at the end: look further
        last = _last_scored(scale, days, _answers_of([r for r, _ in days]), count)
    return [scored for response_id, taken_on in in_range
            if (scored := _scored(scale, response_id, taken_on,
                                  answers.get(response_id, []))) is not None], last


def _day_in(day: date, start: date | None, end: date) -> bool:
    return (start is None or day >= start) and day <= end


def _last_scored(scale: Scale, days: list[tuple[int, object]],
                 answers: dict[int, list[tuple[int, int]]], count: int) -> list[ScoredResponse]:
    """The last `count` complete responses of days ((id, stored day), oldest first)."""
    last: list[ScoredResponse] = []
    for response_id, taken_on in reversed(days):
        if len(last) == count:
            break
        if (scored := _scored(scale, response_id, taken_on,
                              answers.get(response_id, []))) is not None:
            last.insert(0, scored)
    return last


def _answers_of(response_ids: list[int]) -> dict[int, list[tuple[int, int]]]:
    """response id -> its (item, value) answers."""
    answers: dict[int, list[tuple[int, int]]] = defaultdict(list)
    unique = sorted(set(response_ids))
    for first in range(0, len(unique), BATCH):
        batch = unique[first:first + BATCH]
        rows = database.execute_sql(
            "SELECT response_id, item, value FROM insights_answer WHERE response_id IN"
            f" ({', '.join('?' * len(batch))})", batch).fetchall()
        for response_id, item, value in rows:
            answers[response_id].append((item, value))
    return answers


def _answers(scale: Scale, start: date | None = None,
             end: date | None = None) -> list[tuple[int, object, list[tuple[int, int]]]]:
    """(response id, stored day, [(item, value)]) of each response in the range, oldest
    first; not yet scored."""
    where, params = ["r.scale = ?"], [scale.id]
    if start is not None:
        where.append("r.taken_on >= ?")
        params.append(start.isoformat())
    if end is not None:
        where.append("r.taken_on <= ?")
        params.append(end.isoformat())
    rows = database.execute_sql(
        "SELECT r.id, r.taken_on, a.item, a.value FROM insights_response r"
        " JOIN insights_answer a ON a.response_id = r.id"
        f" WHERE {' AND '.join(where)} ORDER BY r.taken_on, r.id, a.item", params).fetchall()
    grouped: dict[int, list[tuple[int, int]]] = defaultdict(list)
    days: dict[int, str] = {}
    for response_id, taken_on, item, value in rows:
        grouped[response_id].append((item, value))
        days[response_id] = taken_on
    return [(response_id, days[response_id], answers) for response_id, answers in grouped.items()]


def _scored(scale: Scale, response_id: int, taken_on: object,
            answers: list[tuple[int, int]]) -> ScoredResponse | None:
    answers = sorted(answers)
    if [item for item, _ in answers] != list(range(1, len(scale.items) + 1)):
        return None  # an incomplete response (imported from elsewhere): not scored
    values = [value for _item, value in answers]
    try:
        value = score(scale, values)
    except ValueError:
        return None
    day = date_range.stored_day(taken_on)  # clamped into 1900–2200: charts and sums work
    return ScoredResponse(response_id, scale.id, day, tuple(values), value,
                          band_for(scale, value))


def latest(scale_id: str, count: int = 2) -> list[ScoredResponse]:
    """The last `count` responses, oldest first."""
    return history(scale_id)[-count:]


def last_taken(scale_id: str) -> date | None:
    value = (QuestionnaireResponse.select(QuestionnaireResponse.taken_on)
             .where(QuestionnaireResponse.scale == scale_id)
             .order_by(QuestionnaireResponse.taken_on.desc()).limit(1).scalar())
    return None if value is None else date_range.stored_day(value)
