"""The first sync's fast paths (benchmarks/sync.py): joining renames every natural-key row
to its derived uid in one statement per table; a new computer applies every row in bulk.
Each must give what the row-by-row path gives."""

from __future__ import annotations

from datetime import date

from resilience_desktop.core.db import database
from tests.services.sync_helpers import opened, rows_of, sync


def natural_key_rows_off_their_derived_uid() -> list[tuple[str, str]]:
    from tests.inspection import read_row
    from resilience_desktop.services.sync.schema import load_schema
    from resilience_desktop.services.sync.store import Store

    store, wrong = Store(database), []
    for name, info in load_schema(database).items():
        if info.canonical_uid({}) is None:
            continue
        for (uid,) in database.execute_sql(f'SELECT uid FROM "{name}"').fetchall():
            if info.canonical_uid(read_row(store, info, uid)) != uid:
                wrong.append((name, uid))
    return wrong


def test_joining_a_long_journal_keeps_its_tags_searchable_here(tmp_path):
    from resilience_desktop.core.models.journal import JournalEntryTag
    from resilience_desktop.services.demo import generate_demo
    from resilience_desktop.services.journal.search import search_entries

    laptop, desktop, folder = tmp_path / "laptop", tmp_path / "desktop", tmp_path / "folder"
    with opened(laptop):
        generate_demo(1.5, end=date(2026, 6, 30))  # hundreds of tags with random uids
        tags = sorted({tag.name for tag in JournalEntryTag.select()})[:5]
        expected = {tag: len(search_entries(tag, limit=100_000)) for tag in tags}
        assert natural_key_rows_off_their_derived_uid()
    assert all(expected.values())
    sync(laptop, folder)
    with opened(laptop):
        assert natural_key_rows_off_their_derived_uid() == []
        assert {tag: len(search_entries(tag, limit=100_000)) for tag in tags} == expected
    sync(desktop, folder)
    assert rows_of(laptop) == rows_of(desktop)


def test_a_row_holding_another_rows_derived_uid_gives_it_up_on_joining(tmp_path):
    """The rename of one row frees the uid another row wants: both end derived."""
    from resilience_desktop.services.journal.entries import EntryInput, save_entry
    from resilience_desktop.services.sync.schema import load_schema

    laptop, desktop, folder = tmp_path / "laptop", tmp_path / "desktop", tmp_path / "folder"
    with opened(laptop):
        entry_id = save_entry(EntryInput(entry_date=date(2026, 3, 1), body="Two tags.",
                                         tags=["alpha", "beta"]))
        info = load_schema(database)["journal_entry_tag"]
        entry_uid = database.execute_sql("SELECT uid FROM journal_entry WHERE id = ?",
                                         (entry_id,)).fetchone()[0]
        wanted_by_beta = info.canonical_uid({"entry_id": entry_uid, "name": "beta"})
        # beta is read first, and alpha holds the uid beta must get
        database.execute_sql("UPDATE journal_entry_tag SET uid = ? WHERE name = 'alpha'",
                             (wanted_by_beta,))
        database.execute_sql("UPDATE journal_entry_tag SET id = -id, uid = '0' "
                             "WHERE name = 'beta'")  # first by id and by uid
    sync(laptop, folder)
    with opened(laptop):
        assert natural_key_rows_off_their_derived_uid() == []
    sync(desktop, folder)
    assert rows_of(laptop) == rows_of(desktop)
    with opened(desktop):
        assert natural_key_rows_off_their_derived_uid() == []
