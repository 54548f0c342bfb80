"""Which language the window speaks (Settings → Language), Qt-free.

The choice is read at start-up, before the journal is unlocked, so it cannot live
in the (possibly encrypted) preferences table: it is one small file,
``<data folder>/language.json`` ({"language": "de"}), written atomically, 0600.
It says nothing about the journal. "system" (the default, also for a missing
or unreadable file) follows the system locale. A change takes effect at the
next start (the Settings dialog says so).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from resilience_desktop.core.files import read_json, write_json_atomic
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from resilience_desktop.paths import AppPaths

LANGUAGE_FILENAME = "language.json"
SYSTEM = "system"
# code -> name shown in Settings (each language in its own words, so a person who
# cannot read the current one still finds theirs).
LANGUAGES: dict[str, str] = {
    SYSTEM: QT_TRANSLATE_NOOP("Resilience", "Same as the system"),
    "en": "English",
    "de": "Deutsch",
    "es": "Español",
}
# The interface translations shipped in resources/translations (resilience_<code>.ts).
TRANSLATED = ("de", "es")


def language_path(paths: AppPaths) -> Path:
    return paths.data_dir / LANGUAGE_FILENAME


def read_language(paths: AppPaths) -> str:
    """The chosen code ("system", "en", "de", "es"); "system" when none is readable."""
    try:
        value = read_json(language_path(paths)).get("language")
    except (OSError, ValueError, AttributeError):
        return SYSTEM
    return value if value in LANGUAGES else SYSTEM


def save_language(paths: AppPaths, code: str) -> bool:
    """Write the choice (atomically); True when it changed. ValueError for an unknown code."""
    if code not in LANGUAGES:
        raise ValueError(code)
    if code == read_language(paths):
        return False
    write_json_atomic(language_path(paths), {"language": code})
    return True
