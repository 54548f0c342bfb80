"""Readers the tests need and the app does not (moved out of the package, issue 21)."""

from __future__ import annotations

import re


def is_encrypted() -> bool:
    """Whether the open connection is SQLCipher (to ask whether the journal is locked,
    the app asks ``vault.is_locked(paths)``)."""
    from resilience_desktop.core.db import database_key

    return database_key() is not None


def marked_words(text: str) -> list[str]:
    """The highlighted pieces of a search snippet or title."""
    from resilience_desktop.services.journal.search import MARK_END, MARK_START

    return re.findall(f"{MARK_START}(.*?){MARK_END}", text, flags=re.S)


def review_count() -> int:
    """How many "edited on two computers" marks are open (on entries not in the Trash)."""
    from resilience_desktop.services.journal import revisions

    return revisions._open_marks().count()


def first_run_needed() -> bool:
    from resilience_desktop.services import settings

    return not settings.load_settings()[settings.FIRST_RUN_DONE]


def read_row(store, info, uid: str) -> dict | None:
    """One synced row's columns by uid, as sync reads them."""
    from resilience_desktop.services.sync.outbox import RowReader

    return RowReader(store).rows(info, [uid]).get(uid)
