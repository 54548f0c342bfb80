"""The person's settings: preference keys, defaults and allowed values in one
place (Qt-free). The first-run page and the Settings dialog write them with
``save_settings`` (one transaction); the UI then emits ``preferences_changed``
for each key written."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from resilience_desktop.core.errors import ValidationError
from resilience_desktop.services import dates
from resilience_desktop.services.preferences import get_preferences, set_preferences
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, locale_week_start, translate

FIRST_NAME = "profile.first_name"
FIRST_RUN_DONE = "first_run.done"
THEME = "display.theme"
DATE_FORMAT = dates.DATE_FORMAT_KEY
REGION = "support.region"  # = help_resources.REGION_PREFERENCE (imported lazily: start-up)
WEEK_START = "exercise.week_start"  # shared with services/exercise/stats.py
CADENCES = "people.default_cadences"  # relationship key -> days
AUTOLOCK_MINUTES = "safety.autolock_minutes"  # shared with the passphrase-lock dialog
DAILY_REMINDER = "reminders.daily"  # "HH:MM" or "" (off)
WEEKLY_REMINDER = "reminders.weekly"  # "HH:MM" or "" (off); on the first day of the week
KEEP_IN_TRAY = "reminders.keep_in_tray"
SUMMARY_NAME = "summary.name"  # optional name printed on the therapist summary

THEMES = {"system": QT_TRANSLATE_NOOP("Resilience", "Same as the system"), "light": QT_TRANSLATE_NOOP("Resilience", "Light"), "dark": QT_TRANSLATE_NOOP("Resilience", "Dark")}
MAX_FIRST_NAME = 60

DEFAULTS: dict[str, Any] = {
    FIRST_NAME: "",
    FIRST_RUN_DONE: False,
    THEME: "system",
    DATE_FORMAT: dates.DEFAULT_DATE_FORMAT,
    REGION: "",  # not chosen yet: the system locale's region (help_resources.known_region)
    WEEK_START: "monday",
    CADENCES: {},
    AUTOLOCK_MINUTES: 0,
    DAILY_REMINDER: "",
    WEEKLY_REMINDER: "",
    KEEP_IN_TRAY: False,
    SUMMARY_NAME: "",
}


def load_settings() -> dict[str, Any]:
    """Every setting, in one query, cleaned (a bad stored value -> the default)."""
    values = get_preferences(_defaults())
    return {key: _clean(key, value, strict=False) for key, value in values.items()}


def read_setting(key: str) -> Any:
    """One setting, cleaned: an odd stored value (a word where minutes are expected,
    an unknown theme) reads as the default."""
    from resilience_desktop.services.preferences import get_preference

    return _clean(key, get_preference(key, _defaults()[key]), strict=False)


def _defaults() -> dict[str, Any]:
    """DEFAULTS with the week starting on the interface locale's first day."""
    return {**DEFAULTS, WEEK_START: locale_week_start()}


def save_settings(values: dict[str, Any]) -> list[str]:
    """Check and write settings in one transaction; return the keys written.
    Raises ValidationError with a plain sentence for a bad value."""
    clean = {key: _clean(key, value, strict=True) for key, value in values.items()}
    set_preferences(clean)
    if DATE_FORMAT in clean:
        dates.set_date_format(clean[DATE_FORMAT])
    return list(clean)


def check_setting(key: str, value: Any) -> None:
    """For importers: ValueError with a plain reason when key is a setting and value is not
    one of its allowed values (other keys pass)."""
    if key in DEFAULTS:
        try:
            _clean(key, value, strict=True)
        except ValidationError as error:
            raise ValueError(str(error)) from None


def parse_time(text: str) -> tuple[int, int] | None:
    """'08:30' -> (8, 30); '' -> None (off). Raises ValueError."""
    text = (text or "").strip()
    if not text:
        return None
    hours, minutes = text.split(":")
    hour, minute = int(hours), int(minutes)
    if not (0 <= hour < 24 and 0 <= minute < 60):
        raise ValueError(text)
    return hour, minute


def _clean(key: str, value: Any, strict: bool) -> Any:
    try:
        return _check(key, value)
    except (ValueError, TypeError, KeyError) as error:
        if strict:
            raise ValidationError(translate("Resilience", "{key}: {value!r} is not a valid choice.").format(key=_WHAT.get(key, key), value=value)) from error
        return _defaults().get(key)


_WHAT = {THEME: QT_TRANSLATE_NOOP("Resilience", "Theme"), DATE_FORMAT: QT_TRANSLATE_NOOP("Resilience", "Date format"), REGION: QT_TRANSLATE_NOOP("Resilience", "Help-line region"),
         WEEK_START: QT_TRANSLATE_NOOP("Resilience", "Week start"), CADENCES: QT_TRANSLATE_NOOP("Resilience", "Stay-in-touch cadence"),
         AUTOLOCK_MINUTES: QT_TRANSLATE_NOOP("Resilience", "Lock after"), DAILY_REMINDER: QT_TRANSLATE_NOOP("Resilience", "Daily check-in time"),
         WEEKLY_REMINDER: QT_TRANSLATE_NOOP("Resilience", "Weekly review time"), FIRST_NAME: QT_TRANSLATE_NOOP("Resilience", "First name"),
         SUMMARY_NAME: QT_TRANSLATE_NOOP("Resilience", "Name on the summary")}


def _check(key: str, value: Any) -> Any:
    """The value as stored for the setting key; ValueError, TypeError or KeyError when it
    is not one of the setting's values (KeyError for a key that is no setting)."""
    return _CHECKS[key](value)


def _check_name(value: Any) -> str:
    name = " ".join(str(value or "").split())
    if len(name) > MAX_FIRST_NAME:
        raise ValueError(value)
    return name


def _check_theme(value: Any) -> Any:
    return value if value in THEMES else THEMES[value]


def _check_date_format(value: Any) -> Any:
    return value if value in dates.DATE_FORMATS else dates.DATE_FORMATS[value]


def _check_region(value: Any) -> Any:
    from resilience_desktop.services.help_resources import known_region

    return known_region(value)


def _check_week_start(value: Any) -> Any:
    return value if value in ("monday", "sunday") else {}[value]


def _check_autolock(value: Any) -> int:
    minutes = int(value)
    if not 0 <= minutes <= 240:
        raise ValueError(value)
    return minutes


def _check_time(value: Any) -> str:
    parsed = parse_time(value)
    return "" if parsed is None else f"{parsed[0]:02d}:{parsed[1]:02d}"


def _check_cadences(value: Any) -> dict[str, int]:
    from resilience_desktop.core.models.people import RELATIONSHIPS
    from resilience_desktop.services.people.records import MAX_CADENCE_DAYS

    result = {}
    for relationship, days in dict(value).items():
        if relationship not in RELATIONSHIPS or not 1 <= int(days) <= MAX_CADENCE_DAYS:
            raise ValueError(value)
        result[relationship] = int(days)
    return result


# setting -> its check (the value as stored, or ValueError/TypeError/KeyError)
_CHECKS: dict[str, Callable[[Any], Any]] = {
    FIRST_NAME: _check_name, SUMMARY_NAME: _check_name,
    FIRST_RUN_DONE: bool, KEEP_IN_TRAY: bool,
    THEME: _check_theme, DATE_FORMAT: _check_date_format, REGION: _check_region,
    WEEK_START: _check_week_start, CADENCES: _check_cadences,
    AUTOLOCK_MINUTES: _check_autolock,
    DAILY_REMINDER: _check_time, WEEKLY_REMINDER: _check_time,
}
