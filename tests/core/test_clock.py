"""The app's one clock: real by default, set in one place by tests, and readings in a row keep
their order even while it is set."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone, UTC

import pytest

from resilience_desktop.core import clock


def test_the_real_clock_is_the_computers_clock():
    before = datetime.now()
    reading = clock.now()
    assert before <= reading <= datetime.now()
    assert clock.now_utc().tzinfo is not None
    assert abs(clock.now_utc() - datetime.now(UTC)) < timedelta(minutes=1)


def test_a_set_clock_gives_that_moment_to_every_reader(wall_clock):
    wall_clock.set(datetime(2026, 5, 4, 18, 30))
    assert clock.now() == datetime(2026, 5, 4, 18, 30)
    assert clock.now_to_second() == datetime(2026, 5, 4, 18, 30)
    assert clock.today() == date(2026, 5, 4)
    assert clock.now_utc().astimezone().replace(tzinfo=None).date() == date(2026, 5, 4)


def test_readings_of_a_set_clock_keep_their_order_but_not_their_second(wall_clock):
    wall_clock.set(datetime(2026, 5, 4, 18, 30))
    readings = [clock.now() for _ in range(5)]
    assert readings == sorted(set(readings))
    assert {r.replace(microsecond=0) for r in readings} == {datetime(2026, 5, 4, 18, 30)}


def test_a_date_means_noon_and_the_clock_can_be_moved_on(wall_clock):
    wall_clock.set(date(2026, 1, 10))
    assert clock.now_to_second() == datetime(2026, 1, 10, 12)
    wall_clock.advance(timedelta(days=2, hours=1))
    assert clock.now_to_second() == datetime(2026, 1, 12, 13)


def test_reset_goes_back_to_the_real_clock(wall_clock):
    wall_clock.set(date(2001, 1, 1))
    wall_clock.reset()
    assert clock.today() == date.today()
    with pytest.raises(RuntimeError):
        clock.advance(timedelta(days=1))
