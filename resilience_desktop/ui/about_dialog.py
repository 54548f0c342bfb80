"""Help -> About: version, licences of bundled components, the disclaimer."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from resilience_desktop import APP_NAME, __version__
from resilience_desktop.services.help_resources import DISCLAIMER

COMPONENT_LICENCES = (
    ("Qt 6 / PySide6", "LGPL-3.0"),
    ("peewee", "MIT"),
    ("SQLite", "public domain"),
    ("SQLCipher (sqlcipher3)", "BSD-3-Clause / zlib"),
    ("matplotlib", "PSF-based matplotlib licence"),
    ("NetworkX", "BSD-3-Clause"),
    ("platformdirs", "MIT"),
    ("argon2-cffi", "MIT"),
)


def about_text() -> str:
    rows = "".join(f"<li>{name}: {licence}</li>" for name, licence in COMPONENT_LICENCES)
    return (
        f"<h3>{APP_NAME} {__version__}</h3>"
        "<p>An offline companion for building emotional resilience. Everything stays "
        "on this computer; Resilience never opens a network connection.</p>"
        f"<p><b>{DISCLAIMER}</b></p>"
        f"<p>Built with:</p><ul>{rows}</ul>"
        "<p>Resilience is free software under the GNU GPL v3 or later.</p>"
    )


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, f"About {APP_NAME}", about_text())
