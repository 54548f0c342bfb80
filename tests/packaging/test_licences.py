"""LICENSE matches pyproject; the About box names every component that ships."""

from __future__ import annotations

import re
from importlib.metadata import distribution

from packaging.requirements import Requirement

from resilience_desktop.ui.about_dialog import about_text
from tests.packaging.conftest import PACKAGING, ROOT

# Declared but never imported by the app (so PyInstaller leaves them out): networkx,
# tzdata (nothing uses zoneinfo); pycparser is needed only to build cffi modules.
# PySide6's Pdf and WebEngine wheels come with the full PySide6; the spec excludes them.
NOT_SHIPPED = {"networkx", "pycparser", "tzdata", "pyside6-pdf", "pyside6-webengine"}
# Distribution name -> how the About box and packaging/README.md name it.
DISPLAY_NAMES = {"pyside6-essentials": "PySide6", "pyside6": "PySide6", "pyside6-addons": "PySide6",
                 "shiboken6": "Shiboken6", "numpy": "NumPy", "pillow": "Pillow", "fonttools": "fontTools"}


def runtime_distributions() -> set[str]:
    """resilience-desktop's requirements, recursively, without extras."""
    seen, todo = set(), ["resilience-desktop"]
    while todo:
        name = todo.pop()
        for text in distribution(name).requires or []:
            requirement = Requirement(text)
            if requirement.marker and not requirement.marker.evaluate({"extra": ""}):
                continue
            key = requirement.name.lower().replace("_", "-")
            if key not in seen:
                seen.add(key)
                todo.append(key)
    return seen


def test_the_licence_file_is_the_gpl_v3_that_pyproject_names():
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "GNU GENERAL PUBLIC LICENSE" in text and "Version 3, 29 June 2007" in text
    assert "END OF TERMS AND CONDITIONS" in text  # the whole text, not a stub
    assert 'license = "GPL-3.0-or-later"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


def test_the_about_box_and_packaging_readme_name_every_shipped_component():
    about = about_text()
    readme = (PACKAGING / "README.md").read_text(encoding="utf-8")
    missing = []
    for name in sorted(runtime_distributions() - NOT_SHIPPED):
        shown = DISPLAY_NAMES.get(name, name)
        if not re.search(re.escape(shown), about, re.IGNORECASE) or shown.lower() not in readme.lower():
            missing.append(shown)
    assert missing == []


def test_the_about_box_names_qt_and_its_licence():
    about = about_text()
    assert "Qt 6: LGPL-3.0-only" in about
    assert "GPL v3 or later" in about
