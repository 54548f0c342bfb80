"""What applying received records gives the engine (merge.py): how many were applied,
which wait (a parent not here yet, a newer schema), and the losing texts to keep."""

from __future__ import annotations

from dataclasses import dataclass, field

from resilience_desktop.services.sync.shapes import Record


@dataclass
class Conflict:
    """The losing text of a concurrent edit: an entry's title and body (column ""), or
    another table's note (title "", body the note's text)."""

    uid: str
    title: str
    body: str
    device: str  # who wrote the losing text (clock's device)
    at_ms: int
    table: str = "journal_entry"
    column: str = ""


@dataclass
class MergeResult:
    applied: int = 0
    waiting: list[Record] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
