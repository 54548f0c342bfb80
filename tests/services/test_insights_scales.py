"""Every self-check score against hand-computed cases (PRODUCT.md: scoring, reverse items, bands)."""

import pytest

from resilience_desktop.services.insights.readings import (change_reading, needs_care_note,
                                                           reading)
from resilience_desktop.services.insights.responses import ScoredResponse
from resilience_desktop.services.insights.scales import (BRS, RSES, WHO5, band_for, check_answers,
                                                         item_score, score)


def _response(scale, value, day="2026-01-01"):
    from datetime import date

    return ScoredResponse(1, scale.id, date.fromisoformat(day), (), value, band_for(scale, value))


# -- BRS -------------------------------------------------------------------
def test_brs_extremes_take_the_reverse_items_into_account():
    # The most resilient answers: agree with 1, 3, 5; disagree with 2, 4, 6.
    assert score(BRS, [5, 1, 5, 1, 5, 1]) == 5.00
    assert score(BRS, [1, 5, 1, 5, 1, 5]) == 1.00
    assert score(BRS, [3, 3, 3, 3, 3, 3]) == 3.00


@pytest.mark.parametrize("item", [2, 4, 6])
def test_each_brs_reverse_item_is_six_minus_the_answer(item):
    answers = [3] * 6
    answers[item - 1] = 5  # strongly agree with a negative statement
    # (3*5 + (6-5)) / 6 = 16/6 = 2.67
    assert score(BRS, answers) == 2.67
    assert item_score(BRS, item, 5) == 1 and item_score(BRS, item, 1) == 5


@pytest.mark.parametrize("item", [1, 3, 5])
def test_brs_forward_items_count_as_answered(item):
    answers = [3] * 6
    answers[item - 1] = 5
    assert score(BRS, answers) == 3.33  # 20 / 6


@pytest.mark.parametrize("value, band", [(1.00, "low"), (2.99, "low"), (3.00, "normal"),
                                         (4.30, "normal"), (4.31, "high"), (5.00, "high")])
def test_brs_band_edges(value, band):
    assert band_for(BRS, value).label == band


def test_brs_hand_computed_mixed_case():
    # 4, 2->4, 4, 3->3, 5, 1->5: 25 / 6 = 4.17 (normal)
    value = score(BRS, [4, 2, 4, 3, 5, 1])
    assert value == 4.17 and band_for(BRS, value).label == "normal"
    assert score(BRS, [5, 1, 5, 1, 4, 2]) == 4.67  # 28 / 6: high


# -- WHO-5 -------------------------------------------------------------------
def test_who5_is_raw_sum_times_four():
    assert score(WHO5, [5, 5, 5, 5, 5]) == 100
    assert score(WHO5, [0, 0, 0, 0, 0]) == 0
    assert score(WHO5, [3, 2, 1, 0, 1]) == 28
    assert score(WHO5, [3, 3, 3, 2, 2]) == 52


@pytest.mark.parametrize("value, band", [
    (0, "suggests likely depression"), (28, "suggests likely depression"),
    (32, "suggests poor well-being"), (50, "suggests poor well-being"),
    (52, "above 50"), (100, "above 50")])
def test_who5_band_edges(value, band):
    assert band_for(WHO5, value).label == band


# -- Rosenberg -----------------------------------------------------------------
def test_rosenberg_extremes_and_reverse_items():
    best = [3, 0, 3, 3, 0, 0, 3, 0, 0, 3]
    assert score(RSES, best) == 30
    assert score(RSES, [3 - v for v in best]) == 0
    assert band_for(RSES, 15) is None


@pytest.mark.parametrize("item", [2, 5, 6, 8, 9])
def test_each_rosenberg_reverse_item_is_three_minus_the_answer(item):
    answers = [1] * 10  # disagree with everything: 5 forward x 1 + 5 reversed x 2 = 15
    assert score(RSES, answers) == 15
    answers[item - 1] = 3  # strongly agree with a negative statement: 2 -> 0
    assert score(RSES, answers) == 13


@pytest.mark.parametrize("item", [1, 3, 4, 7, 10])
def test_rosenberg_forward_items(item):
    answers = [1] * 10
    answers[item - 1] = 3
    assert score(RSES, answers) == 17


def test_answers_outside_the_published_values_are_rejected_with_the_item_number():
    with pytest.raises(ValueError, match="item 3"):
        check_answers(BRS, [1, 2, None, 4, 5, 1])
    with pytest.raises(ValueError, match="Item 2"):
        check_answers(BRS, [1, 0, 3, 4, 5, 1])
    with pytest.raises(ValueError, match="Item 1"):
        check_answers(RSES, [4] + [0] * 9)


# -- readings and care ---------------------------------------------------------
def test_who5_change_of_ten_points_is_called_meaningful():
    text = change_reading(_response(WHO5, 40, "2026-01-01"), _response(WHO5, 52, "2026-01-15"))
    assert "Up 12 points" in text and "meaningful" in text
    small = change_reading(_response(WHO5, 40), _response(WHO5, 44))
    assert "usual ups and downs" in small


def test_readings_are_plain_and_rosenberg_has_no_band():
    assert "no official cut-offs" in reading(_response(RSES, 22))
    assert "3.00" in reading(_response(BRS, 3.0))
    assert "out of 100" in reading(_response(WHO5, 28))


@pytest.mark.parametrize("who5, brs, shown", [
    (28, [], True), (32, [], False),
    (None, [2.99, 2.99], True), (None, [2.99, 3.00], False), (None, [3.00, 2.99], False),
    (None, [2.50], False), (None, [1.0, 2.5, 2.0], True),
])
def test_care_note_at_the_thresholds(who5, brs, shown):
    who5_response = _response(WHO5, who5) if who5 is not None else None
    assert needs_care_note(who5_response, [_response(BRS, v) for v in brs]) is shown
