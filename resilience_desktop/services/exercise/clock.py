"""The exercise domain's idea of "now": one function tests can monkeypatch.

Call it through the module (``exercise_clock.now()``), never import the
function by name, so that a monkeypatched clock is seen everywhere.
"""

from __future__ import annotations

from datetime import date, datetime


def now() -> datetime:
    """Local wall-clock time, naive, to the second."""
    return datetime.now().replace(microsecond=0)


def today() -> date:
    return now().date()
