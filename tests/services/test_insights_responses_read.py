"""Insights reads only the responses it shows (issue 20): the shown period's scores and the
last two complete answers are what reading and scoring every response gives."""

from datetime import date, timedelta

from resilience_desktop.core.db import database
from resilience_desktop.services.insights import figures, responses

TODAY = date(2026, 11, 29)
BRS = [4, 2, 4, 3, 5, 1]


def _answer(days_ago: int, answers=BRS) -> int:
    return responses.save_response("brs", answers, TODAY - timedelta(days=days_ago))


def _every_then_filtered(start, end):
    """What the Self-checks page was given before: every response scored, then filtered."""
    every = responses.history("brs")
    return ([r for r in every if (start is None or r.taken_on >= start) and r.taken_on <= end],
            every[-2:])


def _drop_last_answer(response_id: int) -> None:
    """An incomplete response, as a file from elsewhere may hold: never scored."""
    database.execute_sql("DELETE FROM insights_answer WHERE response_id = ? AND item = 6",
                         [response_id])


def test_the_period_and_the_last_two_match_scoring_every_response(db):
    for days_ago in range(900, 0, -30):
        _answer(days_ago, [1 + days_ago % 5, 2, 3, 4, 5, 1 + days_ago % 3])
    for start in (None, TODAY - timedelta(days=364), TODAY - timedelta(days=729), TODAY):
        assert responses.in_range_and_latest("brs", start, TODAY) == \
            _every_then_filtered(start, TODAY)


def test_incomplete_responses_at_the_end_are_looked_past(db):
    for days_ago in range(400, 0, -20):
        _answer(days_ago)
    newest = [_answer(days_ago) for days_ago in (3, 2, 1)]
    for response_id in newest:  # more incomplete ones than the few read from the end
        _drop_last_answer(response_id)
    for _ in range(10):
        _drop_last_answer(_answer(0))
    in_range, last_two = responses.in_range_and_latest("brs", TODAY - timedelta(days=100), TODAY)
    assert (in_range, last_two) == _every_then_filtered(TODAY - timedelta(days=100), TODAY)
    assert [r.taken_on for r in last_two] == [TODAY - timedelta(days=40), TODAY - timedelta(days=20)]


def test_a_scale_never_answered_has_nothing(db):
    assert responses.in_range_and_latest("who5", None, TODAY) == ([], [])
    shown = figures.selfcheck_figures(None, TODAY, TODAY).scales["who5"]
    assert (shown.last_two, shown.points) == ((), ())


def test_the_page_figures_hold_the_period_and_the_last_two(db):
    for days_ago in (800, 400, 200, 10):
        _answer(days_ago)
    shown = figures.selfcheck_figures(TODAY - timedelta(days=364), TODAY, TODAY).scales["brs"]
    assert [day for day, _score in shown.points] == [TODAY - timedelta(days=200),
                                                    TODAY - timedelta(days=10)]
    assert [r.taken_on for r in shown.last_two] == [TODAY - timedelta(days=200),
                                                   TODAY - timedelta(days=10)]
