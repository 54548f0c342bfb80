"""The data session: the one owner of the journal's connection and life (session.py),
its states and their moves (state.py), the reader door (reader.py) and what an open
writer does (changes.py). See docs/architecture.md."""

from resilience_desktop.core.session.reader import (PendingTransitionError, ReaderOpening,
                                                    UnreadableLeftoversError)
from resilience_desktop.core.session.session import (AlreadyOpenError, DataSession,
                                                     KeyProvider, NoJournalError,
                                                     close_thread_connection)
from resilience_desktop.core.session.state import (TRANSITIONS, SessionBusyError,
                                                   SessionState, SessionStateError)

__all__ = ["TRANSITIONS", "AlreadyOpenError", "DataSession", "KeyProvider", "NoJournalError",
           "PendingTransitionError", "ReaderOpening", "SessionBusyError", "SessionState",
           "SessionStateError", "UnreadableLeftoversError", "close_thread_connection"]
