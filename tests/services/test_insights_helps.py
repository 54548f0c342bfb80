"""What helps me on constructed data: a known effect, no effect, too few days; the Welch interval."""

import math
import random
from datetime import date, timedelta

import pytest

from resilience_desktop.services.insights.helps import DayFacts, compare, what_helps
from resilience_desktop.services.insights.welch import t_pdf, t_quantile_975, welch_difference

START = date(2026, 1, 1)


def _facts(days: int, mood_of, factor_days, key="exercised"):
    moods = {START + timedelta(d): (mood_of(START + timedelta(d)), 0.0) for d in range(days)}
    return DayFacts(moods, {key: set(factor_days)}, START, START + timedelta(days - 1))


def test_welch_interval_by_hand():
    # with: mean 3, var 2.5 (n 5); without: mean 1, var 2.5 (n 5): se = 1, df = 8, t = 2.306
    result = welch_difference([1, 2, 3, 4, 5], [-1, 0, 1, 2, 3])
    assert result.difference == 2
    assert result.low == pytest.approx(2 - 2.306, abs=5e-4)
    assert result.high == pytest.approx(2 + 2.306, abs=5e-4)


#: Published two-sided 95 % values of Student's t (e.g. NIST/SEMATECH e-Handbook 1.3.6.7.2,
#: given there to 3 decimals; the further digits as in R's qt(0.975, df)).
PUBLISHED_T_975 = {1: 12.7062, 2: 4.3027, 3: 3.1824, 4: 2.7764, 5: 2.5706, 8: 2.3060,
                   10: 2.2281, 20: 2.0860, 29: 2.0452, 30: 2.0423, 40: 2.0211, 60: 2.0003,
                   120: 1.9799}


@pytest.mark.parametrize("df, published", sorted(PUBLISHED_T_975.items()))
def test_t_quantile_matches_published_tables(df, published):
    assert t_quantile_975(df) == pytest.approx(published, abs=6e-5)


def _t_cdf_by_integration(t: float, df: float) -> float:
    """P(T <= t) by Simpson's rule on the density: a check independent of the beta function."""
    steps = 20_000
    width = t / steps
    total = sum((1 if i in (0, steps) else 4 if i % 2 else 2) * t_pdf(i * width, df)
                for i in range(steps + 1))
    return 0.5 + total * width / 3


@pytest.mark.parametrize("df", [2.5, 8.7, 13.2, 29.4])
def test_fractional_degrees_of_freedom_use_the_exact_quantile(df):
    """Welch's df is fractional: no rounding down to the next whole df (that widened
    intervals by up to 3.9 %)."""
    quantile = t_quantile_975(df)
    assert _t_cdf_by_integration(quantile, df) == pytest.approx(0.975, abs=1e-7)
    assert t_quantile_975(math.ceil(df)) < quantile < t_quantile_975(math.floor(df))


def test_large_degrees_of_freedom_reach_the_normal_quantile():
    assert t_quantile_975(10_000) == pytest.approx(1.9602, abs=1e-4)
    assert t_quantile_975(0.3) == t_quantile_975(1)  # never below one degree of freedom


def test_a_known_effect_is_found_with_an_interval_around_it():
    rng = random.Random(1)
    exercised = {START + timedelta(d) for d in range(0, 120, 2)}
    noise = {START + timedelta(d): rng.gauss(0, 0.5) for d in range(120)}
    facts = _facts(120, lambda d: (2.0 if d in exercised else 0.0) + noise[d], exercised)
    same = compare(facts, exercised, "pleasantness", 0)
    assert same.n_with == 60 and same.n_without == 60
    assert same.result.clear and same.result.low < 2.0 < same.result.high
    # the next day is the other kind of day: the effect flips
    assert compare(facts, exercised, "pleasantness", 1).result.difference < -1.5


def test_no_effect_gives_an_interval_across_zero():
    # Both kinds of day see the same moods 0, 1, 2, 3, 4 over and over.
    factor = {START + timedelta(d) for d in range(0, 100, 2)}
    facts = _facts(100, lambda d: float(((d - START).days // 2) % 5), factor)
    result = compare(facts, factor, "pleasantness", 0).result
    assert result.difference == 0 and result.low < 0 < result.high and not result.clear


def test_too_few_days_on_a_side_is_not_shown():
    factor = {START + timedelta(d) for d in range(4)}
    comparison = compare(_facts(30, lambda d: 1.0, factor), factor, "pleasantness", 0)
    assert comparison.n_with == 4 and comparison.n_without == 26
    assert not comparison.shown


def test_factors_from_the_database_are_ranked_by_effect(db):
    from resilience_desktop.services.journal.entries import EntryInput, save_entry
    from resilience_desktop.services.people.contacts import ContactInput, log_contact
    from resilience_desktop.services.people.records import PersonInput, add_person

    ann = add_person(PersonInput(name="Ann"), today=START)

    for d in range(40):
        day = START + timedelta(d)
        in_person = d % 2 == 0
        save_entry(EntryInput(entry_date=day, body="x", pleasantness=3 if in_person else -1,
                              energy=0))
        if in_person:
            log_contact(ContactInput(day=day, person_ids=[ann], channel="in_person"),
                        today=START + timedelta(60))
    results = what_helps(START, START + timedelta(39))
    assert results[0].factor.key == "in_person"
    top = results[0].get("pleasantness", 0)
    assert top.n_with == 20 and top.result.difference == 4
    journal = next(r for r in results if r.factor.key == "journal")
    assert not journal.get("pleasantness", 0).shown  # no day without an entry has a mood
