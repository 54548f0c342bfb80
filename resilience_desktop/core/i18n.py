"""The one route for every word a person reads, Qt-free (core/ and services/ may use it).

``translate(context, text, disambiguation=None, n=-1)`` has the signature of
``QCoreApplication.translate`` and is spelled ``translate(`` so that
``pyside6-lupdate`` finds the strings (``make translations``). Until the UI
installs Qt's translator as the hook (``ui/i18n.install_translators``), it returns
the English text, so the command line, the tests and the services work unchanged.

Rules for callers (docs/translations.md):
- one context, "Resilience", for the whole app: a phrase is translated once;
- values go in through ``str.format`` with named fields, never glued on:
  ``translate("Resilience", "Saved {name}").format(name=name)``;
- counted things use Qt's plural form, with the English singular as the
  disambiguation (translators see it as a note; English has no .qm, so the
  singular comes from there): ``translate("Resilience", "%n entries", "%n entry", n)``;
- a string stored in a constant (a label table, a choice list) is marked with
  ``QT_TRANSLATE_NOOP("Resilience", "text")`` where it is written and translated with
  ``translate("Resilience", value)`` where it is shown.

Month and day names come from the same hook (``month_name``/``day_name``), so
dates read in the person's language (QLocale) once the UI is up. Numbers a person
reads go through ``format_decimal``/``format_signed``/``format_int``: Python rounds
(the same digits in every language), then the locale's symbols (``NumberSymbols``,
taken from QLocale by the installers) replace ".", "," and "-": "+2,0" in German.
Machine-read text (CSV, JSON, ``--json``, files, logs) keeps plain ``f"{x:.1f}"``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

Translator = Callable[[str, str, "str | None", int], str]
NameHook = Callable[[int, bool], str]

_translator: Translator | None = None
_month_names: NameHook | None = None
_day_names: NameHook | None = None
_week_start: str | Callable[[], str] = "monday"  # a callable: asked on first use
_language = "en"


class NumberSymbols(NamedTuple):
    """How the interface locale writes numbers (QLocale's symbols); English by default.
    (A NamedTuple, not a dataclass: `search` imports this, and dataclasses costs it ~10 ms.)"""

    decimal_point: str = "."
    group_separator: str = ","
    minus: str = "-"
    zero_digit: str = "0"
    group_four_digits: bool = True  # "1,234" (English, German); Spanish writes "1234"


ENGLISH_NUMBERS = NumberSymbols()
TYPOGRAPHIC_MINUS = "\u2212"  # "−": signed changes read "+2.0" / "−1.5"
_numbers = ENGLISH_NUMBERS

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def install(translator: Translator | None, month_names: NameHook | None = None,
            day_names: NameHook | None = None, week_start: str | Callable[[], str] = "monday",
            language: str = "en", numbers: NumberSymbols | None = None) -> None:
    """Route translate() (and month/day names) through the UI's Qt hook; None: English.
    week_start ("monday"/"sunday") is the locale's first day of the week, or a function
    giving it when first needed (the window's: asking QLocale builds the Python enums of
    Qt's whole namespace, ~15 ms it need not pay before its first frame); language is
    the code of the interface translation in use ("en" when none was loaded); numbers
    are the locale's number symbols (None: English)."""
    global _translator, _month_names, _day_names, _week_start, _language, _numbers
    _translator, _month_names, _day_names = translator, month_names, day_names
    _numbers = numbers or ENGLISH_NUMBERS
    _language = language if translator is not None else "en"
    _week_start = week_start if callable(week_start) else _known_week_start(week_start)


def _known_week_start(week_start: str) -> str:
    return week_start if week_start in ("monday", "sunday") else "monday"


def interface_language() -> str:
    """"de", "es"... when the window speaks that language's translation, else "en"."""
    return _language


def locale_week_start() -> str:
    """The interface locale's first day of the week: the default until one is chosen."""
    global _week_start
    if callable(_week_start):
        _week_start = _known_week_start(_week_start())
    return _week_start


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """text in the chosen language (English when no translator is installed)."""
    if not isinstance(text, str):
        return text
    english = text.replace("%n", str(n)) if n >= 0 else text
    result = english if _translator is None else _translator(context, text, disambiguation, n)
    if n == 1 and result == english and disambiguation and "%n" in disambiguation:
        return disambiguation.replace("%n", "1")  # English singular: see the module doc
    return result


def translate_noop(context: str, text: str) -> str:
    """Marks a string for `make translations` where it is stored; returns it unchanged."""
    return text


# lupdate's name for the marker above (it recognises this spelling only).
QT_TRANSLATE_NOOP = translate_noop


def month_name(month: int, short: bool = False) -> str:
    """1 -> 'January' ('Jan' when short), in the interface language."""
    if _month_names is not None:
        return _month_names(month, short)
    name = _MONTHS[month - 1]
    return name[:3] if short else name


def day_name(weekday: int, short: bool = False) -> str:
    """0 (Monday, as date.weekday()) -> 'Monday' ('Mon' when short)."""
    if _day_names is not None:
        return _day_names(weekday, short)
    name = _DAYS[weekday]
    return name[:3] if short else name


def number_symbols() -> NumberSymbols:
    """The symbols numbers are written with now (chart tick labels use them too)."""
    return _numbers


def localise_number_text(text: str) -> str:
    """A number Python wrote ("1,234.5", "-0.5") in the interface locale's symbols."""
    symbols = _numbers
    if symbols == ENGLISH_NUMBERS:
        return text
    if not symbols.group_four_digits:
        text = _ungroup_four_digits(text)
    table: dict[str, str | int | None] = {
        ".": symbols.decimal_point, ",": symbols.group_separator, "-": symbols.minus}
    if symbols.zero_digit != "0":
        table.update({str(digit): chr(ord(symbols.zero_digit) + digit) for digit in range(10)})
    return text.translate(str.maketrans(table))


def _ungroup_four_digits(text: str) -> str:
    """"1,234.5" -> "1234.5" (a locale that groups from five digits on); "12,345" stays."""
    whole = text.lstrip("+-").split(".")[0]
    return text.replace(",", "", 1) if len(whole) == 5 and whole[1] == "," else text


def format_decimal(value: float, places: int = 1, grouped: bool = False) -> str:
    """value with places decimals in the interface locale: 2.0 -> "2,0" in German.
    grouped adds thousands separators (only where the app groups: large totals)."""
    return localise_number_text(f"{value:{',' if grouped else ''}.{places}f}")


def format_trimmed(value: float, places: int = 2) -> str:
    """At most places decimals, no trailing zeros: 3.5 -> "3,5" in German, 8.0 -> "8"."""
    text = f"{value:.{places}f}"
    return localise_number_text(text.rstrip("0").rstrip(".") if "." in text else text)


def format_signed(value: float, places: int = 1) -> str:
    """A change with its sign always shown: "+2.0", "−1.5" (a typographic minus), "+0.0"."""
    text = localise_number_text(f"{value:+.{places}f}")
    return text.replace(_numbers.minus, TYPOGRAPHIC_MINUS, 1) if text[:1] != "+" else text


def format_int(value: int, grouped: bool = True) -> str:
    """A whole number for a person: 12345 -> "12,345" ("12.345" in German)."""
    return localise_number_text(f"{value:,d}" if grouped else f"{value:d}")
