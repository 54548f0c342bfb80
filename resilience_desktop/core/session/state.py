"""The data session's states and the one table of moves between them.

::

    CLOSED  --open_reader-->  READING
    CLOSED  --open_writer-->  HELD      (lock taken, interrupted transitions settled)
    HELD    --connected--->   OPEN
    HELD    --damage------>   DAMAGED   (open_writer(allow_damaged=True))
    OPEN    --damage------>   DAMAGED   (the day's full check failed: daily_maintenance)
    OPEN    --suspend----->   SUSPENDED --resume--> OPEN
    OPEN    --lock, unlock, restore-->  CHANGING --reopened--> OPEN
    DAMAGED --restore----->   CHANGING  --reopen failed--> DAMAGED
    every state but CLOSED  --close-->  CLOSED

Every state other than CLOSED and READING holds the single-writer lock. Only OPEN
and READING have a database connection the services may use. ``TRANSITIONS``
is the whole truth; ``DataSession._move`` refuses anything else.
"""

from __future__ import annotations

from enum import Enum


class SessionState(Enum):
    CLOSED = "closed"  # holds nothing (new, or closed)
    HELD = "held"  # writer lock taken, interrupted transitions settled; opening
    OPEN = "open"  # writer: the journal is open read-write
    READING = "reading"  # reader: the journal is open read-only, no lock
    CHANGING = "changing"  # writer: closed while lock/unlock/restore replaces files
    SUSPENDED = "suspended"  # writer: auto-locked, key forgotten, lock kept
    DAMAGED = "damaged"  # writer: lock (and key) kept, the journal could not be opened


S = SessionState

# state -> the states it may move to. Nothing else is allowed.
TRANSITIONS: dict[SessionState, frozenset[SessionState]] = {
    S.CLOSED: frozenset({S.HELD, S.READING}),
    S.HELD: frozenset({S.OPEN, S.DAMAGED, S.CLOSED}),
    S.OPEN: frozenset({S.CHANGING, S.SUSPENDED, S.DAMAGED, S.CLOSED}),
    S.READING: frozenset({S.CLOSED}),
    S.CHANGING: frozenset({S.OPEN, S.DAMAGED, S.CLOSED}),
    S.SUSPENDED: frozenset({S.OPEN, S.CLOSED}),
    S.DAMAGED: frozenset({S.CHANGING, S.CLOSED}),
}

# States that hold the single-writer lock.
WRITER_STATES = frozenset({S.HELD, S.OPEN, S.CHANGING, S.SUSPENDED, S.DAMAGED})


class SessionStateError(RuntimeError):
    """A method was called in a state that does not allow it (a programming error)."""


class SessionBusyError(RuntimeError):
    """Another data session of this process is open: close it first (a programming error).

    The models bind to one database handle per process (core/db.py), so a process has
    at most one open session; a second one is refused, never silently closing the first.
    """


def check_move(current: SessionState, to: SessionState) -> None:
    if to not in TRANSITIONS[current]:
        raise SessionStateError(f"the data session cannot go from {current.name} to {to.name}")
