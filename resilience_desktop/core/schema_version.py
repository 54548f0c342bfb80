"""The journal's schema versions, without the migrator (no peewee).

The read-only verbs and the health check need the latest version this app knows
and the "saved by a newer version" refusal; the migration steps themselves
(core/migrations/) load peewee and every step module, ~70 ms that a reader
(``search``, measured against jrnl) does not need.
"""

from __future__ import annotations

from resilience_desktop import __version__
from resilience_desktop.core.errors import DatabaseTooNewError

# Every migration step, in order. Append new steps here; never edit a shipped one.
STEP_MODULES = (
    "m0001_base",
    "m0002_people",
    "m0003_journal",
    "m0004_exercise",
    "m0005_insights",
    "m0006_calm",
    "m0007_stable_ids",
    "m0008_revisions",
    "m0009_sync",
    "m0010_note_revisions",
    "m0011_heart_minutes",
)


def latest_version() -> int:
    """The schema version this app writes (migrations.discover_steps checks that the
    steps are numbered 1..n, so this is their count)."""
    return len(STEP_MODULES)


def check_not_too_new(version: int | None) -> None:
    """Raise DatabaseTooNewError if version is newer than this app knows."""
    latest = latest_version()
    if version is not None and version > latest:
        raise DatabaseTooNewError(
            f"This journal was saved by a newer version of Resilience "
            f"(data format {version}; this is version {__version__}, format {latest}). "
            "Please install the newer version to open it. Nothing was changed."
        )
