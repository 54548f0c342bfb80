"""The first sync's fast paths (benchmarks/sync.py): joining renames every natural-key row
to its derived uid in one statement per table; a new computer inserts new rows in batches
with the triggers that would do nothing set aside. Each must give what the row-by-row path
gives."""

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
    from resilience_desktop.services.sync.canonical import canonicalise_all
    from resilience_desktop.services.sync.schema import load_schema
    from resilience_desktop.services.sync.store import Store

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
    with opened(laptop), database.atomic():  # what joining does first
        canonicalise_all(Store(database), load_schema(database))
        assert natural_key_rows_off_their_derived_uid() == []
    sync(laptop, folder)
    with opened(laptop):
        assert natural_key_rows_off_their_derived_uid() == []
    sync(desktop, folder)
    assert rows_of(laptop) == rows_of(desktop)
    with opened(desktop):
        assert natural_key_rows_off_their_derived_uid() == []


def every_row_here() -> dict[str, list]:
    """Every synced table row by row with its local rowid, the clocks, the waiting records
    and the search index: what a first sync leaves on a new computer."""
    from resilience_desktop.services.sync.schema import load_schema
    from resilience_desktop.services.sync.store import Store

    def rows(sql: str) -> list:
        return sorted(map(repr, database.execute_sql(sql).fetchall()))

    found = {name: rows(f'SELECT rowid, * FROM "{name}"') for name in load_schema(database)}
    for name in ("sync_pending", "sync_alias"):
        found[name] = rows(f"SELECT * FROM {name}")
    own = Store(database).get("device")  # this computer's own clocks: its own time
    found["sync_clock"] = rows(f"SELECT tbl, uid, col, CASE WHEN hlc LIKE '%.{own}' "
                               "THEN 'own' ELSE hlc END FROM sync_clock")
    found["search"] = rows("SELECT rowid, title, body, tags FROM journal_entry_fts")
    found["triggers"] = rows("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
    return found


def a_folder_with_a_journal_in_it(tmp_path):
    """Half a year of demo data with edits, a follow-up and deletions, synced out."""
    from resilience_desktop.core.models.journal import JournalEntry
    from resilience_desktop.services.demo import generate_demo
    from resilience_desktop.services.journal.entries import EntryInput, get_entry, save_entry

    laptop, folder = tmp_path / "laptop", tmp_path / "folder"
    with opened(laptop):
        generate_demo(0.5, end=date(2026, 6, 30))
        first, *others = list(JournalEntry.select().order_by(JournalEntry.id).limit(6))
        save_entry(EntryInput(entry_date=date(2026, 7, 1), body="Follow-up.",
                              follow_up_of=first.id))
    sync(laptop, folder)
    with opened(laptop):
        for row in others[:3]:
            entry = get_entry(row.id)
            entry.body += " (edited)"
            entry.tags = entry.tags + ["edited"]
            save_entry(entry, row.id)
        JournalEntry.delete().where(JournalEntry.id.in_([r.id for r in others[3:]])).execute()
    sync(laptop, folder)
    return laptop, folder


def copy_of(folder, tmp_path, name):
    """Each new computer its own copy: the first one's own records do not reach the other."""
    import shutil

    return shutil.copytree(folder, tmp_path / name)


def received_row_by_row(monkeypatch, data_dir, folder):
    """The path of small syncs: one statement per row, every trigger in place."""
    from functools import partial

    from resilience_desktop.services.sync import engine, merge_batch
    from resilience_desktop.services.sync.merge import Merger

    with monkeypatch.context() as patched:
        patched.setattr(engine, "Merger", partial(Merger, batch=False))
        patched.setattr(merge_batch, "QUIET_FROM", 10**9)
        return sync(data_dir, folder)


def test_a_new_computer_gets_the_same_rows_as_row_by_row(tmp_path, monkeypatch):
    laptop, folder = a_folder_with_a_journal_in_it(tmp_path)
    fast, slow = tmp_path / "fast", tmp_path / "slow"
    slow_report = received_row_by_row(monkeypatch, slow, copy_of(folder, tmp_path, "copy"))
    fast_report = sync(fast, folder)
    assert (fast_report.received, fast_report.edited_on_two) == (
        slow_report.received, slow_report.edited_on_two)
    with opened(slow):
        expected = every_row_here()
    with opened(fast):
        assert every_row_here() == expected
    assert rows_of(fast) == rows_of(laptop)


def test_a_batch_sqlite_refuses_is_undone_and_applied_again_row_by_row(tmp_path, monkeypatch):
    from resilience_desktop.services.sync import merge_batch

    _laptop, folder = a_folder_with_a_journal_in_it(tmp_path)
    slow, fast = tmp_path / "slow", tmp_path / "fast"
    received_row_by_row(monkeypatch, slow, copy_of(folder, tmp_path, "copy"))
    original_flush, refused = merge_batch.BatchedInserts.flush, []

    def flush_then_refuse(self):  # as if SQLite refused a batch after some went in
        had_rows = bool(self.rows)
        original_flush(self)
        if had_rows and not refused:
            refused.append(self.shape[0])
            raise merge_batch.BatchRefused("refused")

    monkeypatch.setattr(merge_batch.BatchedInserts, "flush", flush_then_refuse)
    sync(fast, folder)
    assert refused
    with opened(slow):
        expected = every_row_here()
    with opened(fast):
        assert every_row_here() == expected


def test_a_new_row_whose_unique_key_is_taken_goes_row_by_row(tmp_path):
    from resilience_desktop.services.sync.merge_batch import BatchedInserts
    from resilience_desktop.services.sync.schema import load_schema

    with opened(tmp_path / "journal"):
        info = load_schema(database)["exercise_activity"]  # seeded rows, a unique name
        names = [column for column in info.columns if column != "uid"]
        taken = dict(zip(names, database.execute_sql(
            f"SELECT {', '.join(names)} FROM exercise_activity").fetchone()))
        inserts = BatchedInserts(database)
        assert inserts.add(info, names, taken) is None
        new = dict(taken, **{column: "a name nobody has" for column in info.natural_keys[0]})
        rowid = inserts.add(info, names, new)
        assert rowid is not None
        assert inserts.add(info, names, dict(new)) is None  # taken by the waiting row
        inserts.flush()
        assert database.execute_sql("SELECT rowid FROM exercise_activity WHERE name = ?",
                                    ("a name nobody has",)).fetchone() == (rowid,)


def test_the_derived_uid_is_the_uuid5_of_the_natural_key():
    import uuid

    from resilience_desktop.services.sync.schema import SEED_NAMESPACE, uuid5_hex

    for name in ("journal_entry_tag:0123abcd:walk", "emotion_word:ruhig", "x:ünïcödé:😀", ""):
        assert uuid5_hex(name) == uuid.uuid5(SEED_NAMESPACE, name).hex
