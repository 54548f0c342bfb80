"""Value checks shared by every importer: real dates and times in the years 1900–2200
(core/date_range.py), finite numbers in range,
text without lone surrogates, valid base64, stable ids of the right shape.

Each check returns the clean value or raises ValueError with a plain reason;
the importer adds where it was (line, record, table/row/field).
"""

from __future__ import annotations

import base64
import binascii
import math
import re
from datetime import date, datetime, time

from resilience_desktop.core import date_range

MAX_INTEGER = 2**63 - 1
MAX_REAL = 1e15
MAX_TEXT_CHARS = 10_000_000
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?$")
_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?$")
_UID = re.compile(r"^[0-9a-f]{32}$")

# Ranges the app's own forms enforce, for columns the schema does not CHECK itself.
COLUMN_RANGES: dict[tuple[str, str], tuple[float, float]] = {
    ("person", "closeness"): (1, 5),
    ("person", "cadence_days"): (1, 3650),
    ("contact", "duration_minutes"): (1, 1440),
    ("contact", "felt_supported"): (1, 5),
    ("contact", "mood_after"): (-5, 5),
    ("exercise_session", "distance_km"): (0, 2000),
    ("exercise_heart_minutes", "minutes"): (0, 2880),
    ("journal_entry_emotion", "position"): (0, 10_000),
}


def check_text(value: str) -> str:
    if len(value) > MAX_TEXT_CHARS:
        raise ValueError(f"the text is longer than {MAX_TEXT_CHARS:,} characters.")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("the text holds a broken character (a lone surrogate).") from None
    return value


def check_date(value: str) -> date:
    if not isinstance(value, str) or not _DATE.match(value):
        raise ValueError(f"{shown(value)} is not a date like 2024-05-31.")
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{shown(value)} is not a real date.") from None
    return date_range.check_day(day)


def check_datetime(value: str) -> datetime:
    if not isinstance(value, str) or not _DATETIME.match(value):
        raise ValueError(f"{shown(value)} is not a date and time like 2024-05-31 18:30:00.")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{shown(value)} is not a real date and time.") from None
    return date_range.check_moment(moment)


def check_draft_date(value: str) -> str:
    """A journal draft's date as the editor keeps it: "" (none yet) or a real day."""
    if value != "":
        check_date(value)
    return value


def check_time(value: str) -> time:
    """"7:05", "19:30" or "19:30:15" (24-hour clock); "99:99" is refused."""
    match = _TIME.match(value.strip()) if isinstance(value, str) else None
    if not match:
        raise ValueError(f"{shown(value)} is not a time like 19:30.")
    hour, minute, second = int(match.group(1)), int(match.group(2)), int(match.group(3) or 0)
    if hour > 23 or minute > 59 or second > 59:
        raise ValueError(f"{shown(value)} is not a real time of day.")
    return time(hour, minute, second)


def check_integer(value: object, low: float = -MAX_INTEGER - 1, high: float = MAX_INTEGER) -> int:
    if isinstance(value, bool):
        value = int(value)
    if not isinstance(value, int):
        raise ValueError(f"{shown(value)} is not a whole number.")
    if not low <= value <= high:
        raise ValueError(_out_of_range(value, low, high))
    return value


def check_real(value: object, low: float = -MAX_REAL, high: float = MAX_REAL) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"{shown(value)} is not a number.")
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"{shown(value)} is not a finite number.")
    if not low <= value <= high:
        raise ValueError(_out_of_range(value, low, high))
    return value


def parse_number(text: str, what: str) -> float:
    """A finite number from CSV text ("1,234.5" allowed); ValueError names what."""
    try:
        value = float(text.replace(",", ""))
    except ValueError:
        raise ValueError(f"the {what} “{text}” is not a number.") from None
    if not math.isfinite(value) or abs(value) > MAX_REAL:
        raise ValueError(f"the {what} “{text}” is not a usable number.")
    return value


def check_uid(value: object) -> str:
    if not isinstance(value, str) or not _UID.match(value):
        raise ValueError(f"{shown(value)} is not a row id (32 hex digits).")
    return value


def decode_base64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("the binary value is not base64 text.")
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise ValueError("the binary value is not valid base64.") from None


def _out_of_range(value: object, low: float, high: float) -> str:
    open_low, open_high = abs(low) >= MAX_REAL, abs(high) >= MAX_REAL
    if open_low and open_high:
        return f"{shown(value)} is too large a number."
    if open_high:
        return f"{shown(value)} must be {_bound(low)} or more."
    if open_low:
        return f"{shown(value)} must be {_bound(high)} or less."
    return f"{shown(value)} is outside {_bound(low)}–{_bound(high)}."


def shown(value: object) -> str:
    """The value for a message: its repr, cut to a readable length."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "…"


def _bound(number: float) -> str:
    return f"{number:g}".replace("-", "−")
