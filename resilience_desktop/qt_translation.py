"""Which interface translation to load, and loading it with Qt Core only.

Shared by the window (``ui/i18n.py``, which also installs Qt's own ``qtbase`` strings
into the QApplication) and the command line (``cli/language.py``). It sits outside
core/ and services/ (which never import Qt) and below ui/ and cli/ (cli/ never
imports ui/). PySide6 is imported only inside the functions that load a translation,
so choosing English costs no Qt import: an English command-line run stays as quick
as before (docs/translations.md).

The language is Settings → Language (``services/language.py``) or, for "system",
the locale the environment asks for, read the way Qt reads it on Linux: the
``LANGUAGE`` list first, then ``LC_ALL``, ``LC_MESSAGES``, ``LANG``. A language is
loaded only when a translation of it is shipped (``language.TRANSLATED``);
anything else shows the English source text.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

from resilience_desktop.core import i18n
from resilience_desktop.paths import resource_path
from resilience_desktop.services import language

ENGLISH = "en"
_LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")
_kept: list = []  # a translator in use must outlive the call that loaded it


def translations_dir():
    return resource_path("translations")


def _language_of(name: str) -> str | None:
    """'de_DE.UTF-8' -> 'de'; None for the C/POSIX locale or an empty value."""
    code = name.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].strip().lower()
    return None if code in ("", "c", "posix") else code


def system_languages(environ: Mapping[str, str] | None = None) -> list[str]:
    """The languages the system asks for, most wanted first ("de", "en"...)."""
    environ = os.environ if environ is None else environ
    names = [name for name in environ.get("LANGUAGE", "").split(":") if name]
    names += [environ[variable] for variable in _LOCALE_VARIABLES if environ.get(variable)][:1]
    if not names and sys.platform == "win32":
        names = [_windows_ui_language()]
    return [code for code in map(_language_of, names) if code]


def _windows_ui_language() -> str:
    """Windows keeps the display language out of the environment: ask for it."""
    import ctypes
    import locale

    try:
        lcid = ctypes.windll.kernel32.GetUserDefaultUILanguage()  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return ""
    return locale.windows_locale.get(lcid, "")


def wanted_translation(choice: str, environ: Mapping[str, str] | None = None) -> str:
    """The translation to load for a Settings choice: "de", "es"... or "en" (none).

    For "system", like Qt's translator, the first language asked for that has a
    shipped translation."""
    asked = system_languages(environ) if choice == language.SYSTEM else [choice]
    return next((code for code in asked if code in language.TRANSLATED), ENGLISH)


def load_translator(code: str, qm_dir=None):
    """A QTranslator (QtCore only) holding resilience_<code>.qm, or None without one."""
    from PySide6.QtCore import QLocale, QTranslator

    translator = QTranslator()
    if not translator.load(QLocale(code), "resilience", "_", str(qm_dir or translations_dir())):
        return None
    return translator


def install_core_hook(translator, code: str) -> None:
    """Route core/i18n (translate, month and day names, the week's first day, number
    symbols) through translator and QLocale(code), without any QCoreApplication (the
    command line)."""
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale(code))
    _kept[:] = [translator]

    def hook(context: str, text: str, disambiguation: str | None, n: int) -> str:
        found = translator.translate(context, text, disambiguation, n) or text
        return found.replace("%n", str(n)) if n >= 0 else found

    i18n.install(hook, month_name, day_name, first_day_of_week(), code, number_symbols())


def month_name(month: int, short: bool) -> str:
    from PySide6.QtCore import QLocale

    form = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale().standaloneMonthName(month, form)


def day_name(weekday: int, short: bool) -> str:
    from PySide6.QtCore import QLocale

    form = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale().dayName(weekday + 1, form)


def number_symbols() -> i18n.NumberSymbols:
    """How QLocale() writes numbers: decimal point, group separator, minus, digits, and
    whether it groups a four-digit number (German "1.234", Spanish "1234")."""
    from PySide6.QtCore import QLocale

    locale = QLocale()
    separator = locale.groupSeparator()
    return i18n.NumberSymbols(decimal_point=locale.decimalPoint(), group_separator=separator,
                              minus=locale.negativeSign(), zero_digit=locale.zeroDigit(),
                              group_four_digits=bool(separator)
                              and separator in locale.toString(1000))


def first_day_of_week() -> str:
    """'monday' or 'sunday' for the interface locale (the default week start)."""
    from PySide6.QtCore import QLocale, Qt

    return "sunday" if QLocale().firstDayOfWeek() == Qt.DayOfWeek.Sunday else "monday"


def install_command_line_language(paths, qm_dir=None) -> str:
    """The command line's language: Settings → Language, else the system's. Qt Core is
    imported only for a language with a shipped translation; returns the code in use."""
    code = wanted_translation(language.read_language(paths))
    translator = None if code == ENGLISH else load_translator(code, qm_dir)
    if translator is None:
        return ENGLISH
    install_core_hook(translator, code)
    return code
