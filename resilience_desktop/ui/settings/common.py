"""What the first-run page and the Settings dialog share: saving settings and
telling the app which keys changed; the help-line region combo; starting the
demo in its own process."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QComboBox

from resilience_desktop.services import help_resources as hr
from resilience_desktop.services import settings
from resilience_desktop.core.i18n import translate
from resilience_desktop.core.log import get_logger

log = get_logger(__name__)


def save_and_announce(context, values: dict) -> list[str]:
    """Write settings (one transaction), then emit preferences_changed per key
    whose value changed. Raises ValidationError for a bad value."""
    before = settings.load_settings()
    written = settings.save_settings(values)
    changed = [key for key in written if before.get(key) != settings.load_settings().get(key)]
    for key in changed:
        context.signals.preferences_changed.emit(key)
    return changed


def region_combo(current: str, name: str = "region_combo") -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(translate("Resilience", "Help-line region"))
    for region in hr.REGIONS:
        combo.addItem(translate("Resilience", region.name), region.key)
    combo.setCurrentIndex(hr.region_keys().index(hr.known_region(current)))
    return combo


def language_combo(paths, name: str = "language_combo") -> QComboBox:
    """Settings → Language: "Same as the system" and each language in its own words."""
    from resilience_desktop.core.i18n import translate
    from resilience_desktop.services import language

    combo = QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(translate("Resilience", "Language"))
    for code, label in language.LANGUAGES.items():
        combo.addItem(translate("Resilience", label) if code == language.SYSTEM else translate("Resilience", label), code)
    combo.setCurrentIndex(max(0, combo.findData(language.read_language(paths))))
    return combo


def save_language(paths, code: str) -> None:
    """Write the language choice; a folder that cannot be written to is a plain message."""
    from resilience_desktop.core.errors import UserFacingError
    from resilience_desktop.core.i18n import translate
    from resilience_desktop.services import language

    try:
        language.save_language(paths, code)
    except OSError as error:
        raise UserFacingError(translate(
            "Resilience", "The language could not be saved: {reason}").format(
            reason=error.strerror or error)) from None


def start_demo_process() -> bool:
    """Open Resilience on throw-away demo data, in a process of its own."""
    from PySide6.QtCore import QProcess

    started = QProcess.startDetached(sys.executable, ["-m", "resilience_desktop", "--demo"])
    ok = started[0] if isinstance(started, tuple) else bool(started)
    log.info("demo process %s", "started" if ok else "could not start")
    return ok
