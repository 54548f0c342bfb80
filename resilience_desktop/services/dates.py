"""One way to show a day, used by every tab (Settings → Date format).

Qt-free. ``format_day(d)`` turns a date into text in the chosen format; the
choice is a preference read once and cached here (``set_date_format`` after
the preference changes). ``qt_display_format()`` gives the matching
QDateEdit display format. ``week_start_preference()``/``week_start_of()``: where a week
begins for every weekly figure (Settings → Week starts on; until chosen, the interface
locale's first day of the week, QLocale).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from resilience_desktop.core.i18n import day_name, locale_week_start, month_name

DATE_FORMAT_KEY = "display.date_format"
# key -> (label shown in Settings, strftime-free formatter, Qt display format)
DATE_FORMATS: dict[str, tuple[str, str]] = {
    "weekday": ("Tue 1 Dec 2026", "ddd d MMM yyyy"),
    "day_month": ("1 Dec 2026", "d MMM yyyy"),
    "iso": ("2026-12-01", "yyyy-MM-dd"),
    "dmy": ("01/12/2026", "dd/MM/yyyy"),
    "mdy": ("12/01/2026", "MM/dd/yyyy"),
}
DEFAULT_DATE_FORMAT = "weekday"

_current: str | None = None

WEEK_START_KEY = "exercise.week_start"  # Settings → Week starts on (the key is older)
WEEK_STARTS = ("monday", "sunday")


def date_format() -> str:
    """The chosen format key (read from preferences once, then cached)."""
    global _current
    if _current is None:
        from resilience_desktop.services.preferences import get_preference

        try:
            value = get_preference(DATE_FORMAT_KEY, DEFAULT_DATE_FORMAT)
        except Exception:  # no database open (command line, early start)
            value = DEFAULT_DATE_FORMAT
        _current = value if value in DATE_FORMATS else DEFAULT_DATE_FORMAT
    return _current


def week_start_preference() -> str:
    """"monday" or "sunday": the chosen first day of the week, else the locale's."""
    from resilience_desktop.services.preferences import get_preference

    default = locale_week_start()
    value = get_preference(WEEK_START_KEY, default)
    return value if value in WEEK_STARTS else default


def week_start_of(day: date, week_start: str = "monday") -> date:
    """The first day (Monday or Sunday) of the week that holds day."""
    offset = day.weekday() if week_start == "monday" else (day.weekday() + 1) % 7
    return day - timedelta(days=offset)


def set_date_format(key: str | None) -> None:
    """Use this format from now on (None: read the preference again next time)."""
    global _current
    _current = key if key in DATE_FORMATS or key is None else DEFAULT_DATE_FORMAT


def format_day(day: date | datetime | None, style: str | None = None, empty: str = "") -> str:
    """A day in the chosen format: 'Tue 1 Dec 2026', '2026-12-01'..."""
    if day is None:
        return empty
    if isinstance(day, datetime):
        day = day.date()
    style = style or date_format()
    if style == "iso":
        return day.isoformat()
    if style == "dmy":
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    if style == "mdy":
        return f"{day.month:02d}/{day.day:02d}/{day.year}"
    # Month and day names in the interface language (QLocale, via core/i18n).
    text = f"{day.day} {month_name(day.month, short=True)} {day.year}"
    return f"{day_name(day.weekday(), short=True)} {text}" if style == "weekday" else text


def format_day_time(moment: datetime, style: str | None = None) -> str:
    return f"{format_day(moment, style)} {moment:%H:%M}"


def long_day(day: date) -> str:
    """'Tuesday 1 December 2026' (the Today greeting; not a table format)."""
    return f"{day_name(day.weekday())} {day.day} {month_name(day.month)} {day.year}"


def qt_display_format(style: str | None = None) -> str:
    return DATE_FORMATS[style or date_format()][1]
