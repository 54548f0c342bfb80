"""Shared shapes for every importer (CSV, vCard, JSON, Daylio, jrnl).

An importer parses and validates the whole file in memory first, then writes
in one transaction. On any problem it raises ImportFailed naming the line or
field, and the database is unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from resilience_desktop.core.errors import UserFacingError
from resilience_desktop.core.i18n import translate


class ImportFailed(UserFacingError):
    """The file cannot be imported; nothing was saved. Message names line/field."""


@dataclass
class ImportReport:
    added: int = 0
    skipped: int = 0
    notes: list[str] = field(default_factory=list)

    def summary(self) -> str:
        text = translate("Resilience", "{added} added, {skipped} skipped").format(
            added=self.added, skipped=self.skipped)
        return text if not self.notes else text + "\n" + "\n".join(self.notes)
