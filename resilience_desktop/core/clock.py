"""The one source of "now" and "today" for the whole app.

Every wall-clock reading in ``core/``, ``services/``, ``charts/``, ``cli/`` and
``ui/`` goes through this module; nothing else calls ``datetime.now()`` or
``date.today()``. (Elapsed-time measurements - breathing pacers, timers,
debounces, benchmarks - use ``time.monotonic()``/``perf_counter()`` and are not
wall time, so they do not come here.)

Call it through the module so a set clock is seen everywhere::

    from resilience_desktop.core import clock
    clock.now()        # local wall time, naive, full precision
    clock.today()      # the local date

Tests set it in one place, the ``wall_clock`` fixture in ``tests/conftest.py``
(``wall_clock.set(datetime(2026, 5, 4, 18))``); it is reset after every test.
A set clock does not stand still: each reading is one microsecond later than
the one before, so rows written one after another keep their order, while
readings to the second (``now_to_second()``) and dates stay exactly as set.

Sync builds its hybrid logical clock on ``now_utc()``.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, UTC

_set_at: datetime | None = None  # aware UTC instant the clock was set to (tests only)
_readings = 0  # readings since it was set: each one a microsecond later


def now_utc() -> datetime:
    """Wall time now as an aware UTC datetime."""
    global _readings
    if _set_at is None:
        return datetime.now(UTC)
    reading = _set_at + timedelta(microseconds=_readings)
    _readings += 1
    return reading


def now() -> datetime:
    """Local wall time, naive (the way the database stores times), full precision."""
    if _set_at is None:
        return datetime.now()
    return now_utc().astimezone().replace(tzinfo=None)


def now_to_second() -> datetime:
    """Local wall time, naive, to the whole second (what users see and edit)."""
    return now().replace(microsecond=0)


def today() -> date:
    """The local date."""
    return now().date()


def set(when: datetime | date) -> None:  # noqa: A001 - clock.set() reads best
    """Set the clock (tests, benchmarks, demos). A date means noon that day;
    a naive datetime is local time."""
    global _set_at, _readings
    if not isinstance(when, datetime):
        when = datetime.combine(when, time(12))
    _set_at, _readings = when.astimezone(UTC), 0


def advance(by: timedelta) -> None:
    """Move a set clock on (or back, with a negative ``by``)."""
    if _set_at is None:
        raise RuntimeError("advance() needs a set clock: call clock.set() first")
    set(_set_at + by)


def reset() -> None:
    """Back to the real wall clock."""
    global _set_at, _readings
    _set_at, _readings = None, 0
