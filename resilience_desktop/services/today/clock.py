"""Today's idea of "now": call it through the module so tests can monkeypatch it."""

from __future__ import annotations

from datetime import date, datetime


def now() -> datetime:
    return datetime.now().replace(microsecond=0)


def today() -> date:
    return now().date()
