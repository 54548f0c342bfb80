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


def make_folders(paths) -> None:
    """Create the data, backups and log folders (0700) the way a first start would."""
    from resilience_desktop.core.files import make_private_dir

    for directory in (paths.data_dir, paths.backups_dir, paths.log_dir):
        make_private_dir(directory)


def draft_pending(autosaver) -> bool:
    """Whether the draft autosaver holds typing it has not written yet."""
    return autosaver._pending


def chart_is_stale(canvas) -> bool:
    """Whether a chart canvas waits to be redrawn (it draws only when shown)."""
    return canvas._stale


def emotion_item(picker, word: str):
    """The emotion picker's list item showing word, None if it shows no such word."""
    from PySide6.QtCore import Qt

    matches = picker.word_list.findItems(word, Qt.MatchFlag.MatchExactly)
    return matches[0] if matches else None


def tick_entry(dialog, entry_id: int) -> None:
    """Tick one entry in the summary dialog's list, as a click on its box would."""
    from PySide6.QtCore import Qt

    from resilience_desktop.ui.insights.summary_dialog import ENTRY_ID_ROLE

    for i in range(dialog.entry_list.count()):
        if dialog.entry_list.item(i).data(ENTRY_ID_ROLE) == entry_id:
            dialog.entry_list.item(i).setCheckState(Qt.CheckState.Checked)
