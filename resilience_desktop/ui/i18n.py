"""Loading the interface translations at start-up (before any window exists).

The language is Settings → Language (services/language.py, read from a small file
before the journal is unlocked) or, by default, the system locale. For it Qt
loads two translators: the app's own ``resources/translations/resilience_<lang>.qm``
(compiled from the .ts files by ``make translations``/``make install``/``make package``)
and Qt's ``qtbase_<lang>.qm`` (standard buttons such as Save and Cancel, file
dialogs). ``QLocale.setDefault`` makes dates, numbers and month names follow the
same language; core/i18n's hook routes the Qt-free layers through the same
translator. A language without a .qm (English, or a locale not translated)
shows the English source text. Month and day names, the week's first day and the
number symbols (decimal comma...) come from ``qt_translation`` (Qt Core only), which
the command line shares.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from resilience_desktop.core import i18n
from resilience_desktop.qt_translation import (day_name, first_day_of_week,  # noqa: F401
                                               month_name, number_symbols, translations_dir)
from resilience_desktop.services import language

_installed: list[QTranslator] = []


def chosen_locale(code: str) -> QLocale:
    """The QLocale for a Settings choice ("system" -> the system's)."""
    return QLocale.system() if code == language.SYSTEM else QLocale(code)


def install_translators(app, code: str = language.SYSTEM, qm_dir=None) -> QLocale:
    """Install the translators for code (replacing earlier ones); return the locale used."""
    remove_translators(app)
    locale = chosen_locale(code)
    QLocale.setDefault(locale)
    own = QTranslator(app)
    loaded = own.load(locale, "resilience", "_", str(qm_dir or translations_dir()))
    if loaded:
        app.installTranslator(own)
        _installed.append(own)
        qt_own = QTranslator(app)
        qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(locale, "qtbase", "_", qt_path):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
    spoken = QLocale(own.language()).name().split("_")[0] if loaded else "en"
    # The week's first day is asked when first needed: after the window's first frame.
    i18n.install(_qt_translate, month_name, day_name, first_day_of_week, spoken,
                 number_symbols())
    return locale


def remove_translators(app) -> None:
    while _installed:
        app.removeTranslator(_installed.pop())
    i18n.install(None)


def _qt_translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)
