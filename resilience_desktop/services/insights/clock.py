"""The one clock for Insights dates (tests monkeypatch ``today``)."""

from datetime import date


def today() -> date:
    return date.today()
