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
dates read in the person's language (QLocale) once the UI is up.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str, "str | None", int], str]
NameHook = Callable[[int, bool], str]

_translator: Translator | None = None
_month_names: NameHook | None = None
_day_names: NameHook | None = None
_week_start = "monday"
_language = "en"

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def install(translator: Translator | None, month_names: NameHook | None = None,
            day_names: NameHook | None = None, week_start: str = "monday",
            language: str = "en") -> None:
    """Route translate() (and month/day names) through the UI's Qt hook; None: English.
    week_start ("monday"/"sunday") is the locale's first day of the week; language is
    the code of the interface translation in use ("en" when none was loaded)."""
    global _translator, _month_names, _day_names, _week_start, _language
    _translator, _month_names, _day_names = translator, month_names, day_names
    _language = language if translator is not None else "en"
    _week_start = week_start if week_start in ("monday", "sunday") else "monday"


def interface_language() -> str:
    """"de", "es"... when the window speaks that language's translation, else "en"."""
    return _language


def locale_week_start() -> str:
    """The interface locale's first day of the week: the default until one is chosen."""
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
