"""Help -> About: version, licences of bundled components, the disclaimer."""

from __future__ import annotations

import importlib.util

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from resilience_desktop import APP_NAME, __version__
from resilience_desktop.services.help_resources import DISCLAIMER
from resilience_desktop.core.i18n import translate

# What the installed wheels and the PyInstaller bundle actually ship, with the
# licences their own metadata and licence files state (packaging/README.md has
# the same list with sources).
COMPONENT_LICENCES = (
    ("Python", "PSF-2.0"),
    ("Qt 6", "LGPL-3.0-only"),
    ("PySide6 and Shiboken6", "LGPL-3.0-only"),
    ("SQLite", "public domain"),
    ("SQLCipher (in sqlcipher3)", "BSD-3-Clause"),
    ("sqlcipher3", "zlib"),
    ("OpenSSL libcrypto (in sqlcipher3)", "Apache-2.0"),
    ("peewee", "MIT"),
    ("matplotlib", "matplotlib licence (PSF-based)"),
    ("NumPy", "BSD-3-Clause (bundled parts: 0BSD, MIT, Zlib, CC0-1.0)"),
    ("OpenBLAS (in NumPy)", "BSD-3-Clause"),
    ("Pillow", "MIT-CMU"),
    ("fontTools, pyparsing", "MIT"),
    ("packaging", "Apache-2.0 or BSD-2-Clause"),
    ("contourpy, cycler, kiwisolver, python-dateutil", "BSD-3-Clause"),
    ("platformdirs", "MIT"),
    ("argon2-cffi, argon2-cffi-bindings", "MIT"),
    ("Argon2 reference code (in argon2-cffi-bindings)", "CC0-1.0 or Apache-2.0"),
    ("cffi", "MIT-0"),
    ("cryptography (AES-256-GCM key wrapping and sync)", "Apache-2.0 or BSD-3-Clause"),
    ("OpenSSL (in cryptography)", "Apache-2.0"),
)
# Only in a build with the full PySide6 (Calm's sounds and speech).
MULTIMEDIA_LICENCES = (("Qt Multimedia", "LGPL-3.0-only"), ("FFmpeg (in Qt Multimedia)", "LGPL-2.1-or-later"))


def shipped_components() -> tuple[tuple[str, str], ...]:
    if importlib.util.find_spec("PySide6.QtMultimedia") is not None:
        return COMPONENT_LICENCES + MULTIMEDIA_LICENCES
    return COMPONENT_LICENCES


def about_text() -> str:
    rows = "".join(f"<li>{name}: {licence}</li>" for name, licence in shipped_components())
    return (
        translate("Resilience", "<h3>{app_name} {version}</h3><p>An offline companion for building emotional resilience. Everything stays on this computer; Resilience never opens a network connection.</p><p><b>{disclaimer}</b></p><p>Built with:</p><ul>{rows}</ul><p>Resilience is free software under the GNU GPL v3 or later (the LICENSE file). The Qt libraries are used unmodified and can be replaced in the installed folder, as the LGPL allows.</p>").format(app_name=APP_NAME, version=__version__, disclaimer=translate("Resilience", DISCLAIMER), rows=rows)
    )


class AboutDialog(QDialog):
    """The About text in a scrolling browser: the licence list is longer than a small
    screen at 1.5x font (a QMessageBox grew to 640 logical pixels and could not shrink)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(translate("Resilience", "About {app_name}").format(app_name=APP_NAME))
        layout = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setObjectName("about_text")
        self.text.setAccessibleName(translate("Resilience", "About {app_name}").format(app_name=APP_NAME))
        self.text.setOpenLinks(False)
        self.text.setHtml(about_text())
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(520, 560)


def show_about(parent: QWidget) -> None:
    AboutDialog(parent).exec()
