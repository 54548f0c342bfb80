"""A received change of a row that is here, and the losing text when a text was edited on
two computers at once (merge.py's ``update``; the engine keeps the text as a revision)."""

from __future__ import annotations

from dataclasses import dataclass

from resilience_desktop.services.sync.hlc import UNKNOWN
from resilience_desktop.services.sync.merge_result import Conflict
from resilience_desktop.services.sync.schema import TableInfo
from resilience_desktop.services.sync.shapes import Row, Value


@dataclass(slots=True)  # not frozen: made once per received row, frozen costs 4x that
class Change:
    """One upsert record as the merger writes it (never changed once made)."""

    info: TableInfo
    uid: str  # after aliases (store.resolve)
    hlc: str
    values: Row  # the columns this table has, parents as local ids, and "uid"
    changed: list[str]  # ["*"]: the whole row
    prev: dict[str, str]  # text column -> the clock the sender's edit replaced
    row: Row  # as received (parents as uids)

    @property
    def table(self) -> str:
        return self.info.name

    @property
    def creates(self) -> bool:
        return self.changed == ["*"]

    def clock_of(self, column: str) -> str:
        """The clock this change gives a column (UNKNOWN: it does not change it)."""
        return self.hlc if self.creates or column in self.changed else UNKNOWN


def concurrent_text_edit(change: Change, column: str, incoming: str, current: str,
                         local: Row) -> bool:
    """Both computers changed this text since the sender last saw it, to different texts."""
    return (column in change.info.text_columns and UNKNOWN not in (incoming, current)
            and change.prev.get(column, UNKNOWN) != current
            and local[column] != change.values[column])


def losing_conflict(change: Change, column: str, theirs: bool, local: Row) -> Conflict:
    """The losing text (theirs: the received one lost), its device and time not yet set."""
    if change.table == "journal_entry":
        loser = change.row if theirs else local
        return Conflict(change.uid, _text(loser.get("title")), _text(loser.get("body")), "", 0)
    text = change.row.get(column) if theirs else local[column]
    return Conflict(change.uid, "", _text(text), "", 0, change.table, column)


def same_text(one: Conflict, other: Conflict) -> bool:
    return ((one.table, one.uid, one.column, one.title, one.body)
            == (other.table, other.uid, other.column, other.title, other.body))


def stamp(conflict: Conflict, loser_clock: str) -> None:
    """Who wrote the losing text, and when (from its clock)."""
    wall, _counter, conflict.device = loser_clock.split(".", 2)
    conflict.at_ms = int(wall)


def _text(value: Value) -> str:
    """A text column's value (None or empty: "")."""
    return value if isinstance(value, str) else str(value or "")
