"""The data session: the one owner of the journal's connection and life (session.py),
its states and their moves (state.py), the reader door (reader.py) and what an open
writer does (changes.py). See docs/architecture.md.

The names are loaded on first use (PEP 562): ``search`` imports only reader.py, which
needs no peewee; session.py (the writer door, the models' handle) loads peewee."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from resilience_desktop.core.session.reader import (NoJournalError, PendingTransitionError,
                                                        ReaderOpening, UnreadableLeftoversError)
    from resilience_desktop.core.session.session import (AlreadyOpenError, DataSession,
                                                         KeyProvider, close_thread_connection)
    from resilience_desktop.core.session.state import (TRANSITIONS, SessionBusyError,
                                                       SessionState, SessionStateError)

_WHERE = {
    "NoJournalError": "reader", "PendingTransitionError": "reader", "ReaderOpening": "reader",
    "UnreadableLeftoversError": "reader", "AlreadyOpenError": "session",
    "DataSession": "session", "KeyProvider": "session", "close_thread_connection": "session",
    "TRANSITIONS": "state", "SessionBusyError": "state", "SessionState": "state",
    "SessionStateError": "state",
}

__all__ = ["TRANSITIONS", "AlreadyOpenError", "DataSession", "KeyProvider", "NoJournalError",
           "PendingTransitionError", "ReaderOpening", "SessionBusyError", "SessionState",
           "SessionStateError", "UnreadableLeftoversError", "close_thread_connection"]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{module}"), name)
