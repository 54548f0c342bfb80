"""Where Resilience keeps its files. Nothing is created at import time."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import NamedTuple

from resilience_desktop import APP_ID

DATA_DIR_ENV = "RESILIENCE_DATA_DIR"
DB_FILENAME = "resilience.sqlite3"


class AppPaths(NamedTuple):
    """Every file location the app uses, derived from one data directory."""

    data_dir: Path
    log_dir: Path

    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def lock_path(self) -> Path:
        return self.data_dir / "resilience.lock"

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike | None = None) -> AppPaths:
        """--data-dir wins, then $RESILIENCE_DATA_DIR, then platformdirs.

        With an explicit data dir the logs live inside it, so tests and demo
        sessions never write to the real user directories.
        """
        chosen = data_dir or os.environ.get(DATA_DIR_ENV)
        if chosen:
            root = Path(chosen).expanduser().resolve()
            return cls(data_dir=root, log_dir=root / "logs")
        import platformdirs

        return cls(
            data_dir=Path(platformdirs.user_data_dir(APP_ID, appauthor=False)),
            log_dir=Path(platformdirs.user_log_dir(APP_ID, appauthor=False)),
        )


def resource_root() -> Path:
    """The folder holding the bundled resources, wherever the app runs from.

    - frozen (PyInstaller): the spec copies resources/ to
      ``<bundle>/resilience_desktop/resources``; the bundle is ``sys._MEIPASS``
      (``_internal/`` of a one-folder build, ``Contents/Frameworks`` in a macOS .app);
    - installed wheel: ``site-packages/resilience_desktop/resources``
      (pyproject force-includes it);
    - source checkout or editable install: ``<repo>/resources``.
    """
    # Plain paths, not importlib.resources: it costs ~9 ms at start-up.
    if getattr(sys, "frozen", False):
        bundle = getattr(sys, "_MEIPASS", None) or Path(sys.executable).resolve().parent
        return Path(bundle) / "resilience_desktop" / "resources"
    package_dir = Path(__file__).resolve().parent
    packaged = package_dir / "resources"
    if packaged.is_dir():
        return packaged
    return package_dir.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource (SVG icon, sound, ...): the one way to find one."""
    return resource_root().joinpath(*parts)
