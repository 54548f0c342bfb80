"""The one range every stored date falls in: the years 1900 to 2200.

Writers refuse a day outside it with a plain reason (``check_day``,
``check_moment``, ``parse_day``): every importer (through
services/transfer/values.py), the journal, people, exercise, calm and
self-check services, drafts, the command-line date options (``cli_day``) and
the window's date fields (``EARLIEST``/``LATEST`` as their minimum and maximum).

Readers that do date arithmetic on stored values go through ``stored_day`` /
``clamp_day`` / ``clamp_moment``: a journal written before the range existed
(or edited by hand) may hold 9999-12-31, and ``day + timedelta(days=1)`` would
overflow there. Clamped, such a row still shows, at the edge of the range, and
nothing crashes. Qt-free.
"""

from __future__ import annotations

from datetime import date, datetime, time
from resilience_desktop.core.i18n import translate

FIRST_YEAR = 1900
LAST_YEAR = 2200
EARLIEST = date(FIRST_YEAR, 1, 1)
LATEST = date(LAST_YEAR, 12, 31)
EARLIEST_MOMENT = datetime.combine(EARLIEST, time.min)
LATEST_MOMENT = datetime.combine(LATEST, time.max)
RANGE_TEXT = f"{FIRST_YEAR}–{LAST_YEAR}"


def in_range(day: date | datetime) -> bool:
    day = day.date() if isinstance(day, datetime) else day
    return EARLIEST <= day <= LATEST


def check_day(day: date) -> date:
    """day itself, or ValueError: '9999-12-31 is outside the years 1900–2200.'"""
    if not in_range(day):
        raise ValueError(f"{day.isoformat()} is outside the years {RANGE_TEXT}.")
    return day


def check_moment(moment: datetime) -> datetime:
    if not in_range(moment):
        raise ValueError(f"{moment.date().isoformat()} is outside the years {RANGE_TEXT}.")
    return moment


def validate_day(day: date | datetime) -> None:
    """For services: ValidationError 'Please check the date: 1850-01-01 is outside the
    years 1900–2200.' (the window shows it as it is)."""
    from resilience_desktop.core.errors import ValidationError

    if not in_range(day):
        shown = (day.date() if isinstance(day, datetime) else day).isoformat()
        raise ValidationError(translate("Resilience", "Please check the date: {shown} is outside the years {range_text}.").format(shown=shown, range_text=RANGE_TEXT))


def parse_day(text: str) -> date:
    """'2024-05-31' -> a date in range; ValueError with a plain reason otherwise."""
    text = text.strip() if isinstance(text, str) else text
    if not isinstance(text, str) or len(text) != 10 or text[4] != "-" or text[7] != "-" \
            or not (text[:4] + text[5:7] + text[8:]).isdigit():
        raise ValueError(f"{text!r} is not a date like 2024-05-31.")
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a real date.") from None
    return check_day(day)


def cli_day(text: str) -> date:
    """argparse ``type=`` for a YYYY-MM-DD option: a plain error, never a traceback."""
    import argparse

    try:
        return parse_day(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def clamp_day(day: date) -> date:
    return min(max(day, EARLIEST), LATEST)


def clamp_moment(moment: datetime) -> datetime:
    return min(max(moment, EARLIEST_MOMENT), LATEST_MOMENT)


def stored_day(value: object) -> date:
    """A stored DATE (or the day of a DATETIME) as a date inside the range, whatever the
    column holds (a date, a datetime, ISO text): clamped to the nearest edge, and text
    that is no date at all (a hand-edited file) reads as the first day of the range, so
    the row still shows and can be corrected or deleted."""
    day = _readable_day(value)
    return EARLIEST if day is None else clamp_day(day)


def stored_day_in_range(value: object) -> date | None:
    """A stored DATE as a date when it is readable and inside the range; None otherwise
    (for charts and sums, which leave such a row out instead of moving it)."""
    day = _readable_day(value)
    return day if day is not None and in_range(day) else None


def stored_moment(value: object) -> datetime:
    """A stored DATETIME inside the range (see stored_day)."""
    if isinstance(value, datetime):
        return clamp_moment(value)
    if isinstance(value, date):
        return clamp_moment(datetime.combine(value, time.min))
    try:
        return clamp_moment(datetime.fromisoformat(str(value)))
    except ValueError:
        day = _readable_day(value)
        return datetime.combine(EARLIEST if day is None else clamp_day(day), time.min)


def _readable_day(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
