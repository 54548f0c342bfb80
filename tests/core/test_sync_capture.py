"""Change capture for sync: every write to every synced table reaches the change log;
every model is either synced or named local-only (issue 18)."""

from __future__ import annotations

from datetime import date

import pytest

from resilience_desktop.core import sync_capture
from resilience_desktop.core.db import database
from resilience_desktop.core.models import all_models


def changes() -> list[tuple]:
    return database.execute_sql("SELECT tbl, uid, col FROM sync_change ORDER BY seq").fetchall()


def clear() -> None:
    database.execute_sql("DELETE FROM sync_change")


@pytest.fixture
def joined(db):
    """Capture runs once the journal has joined a sync folder."""
    database.execute_sql("INSERT INTO sync_state (key, value) VALUES ('device', '\"d1\"')")
    return db


def test_nothing_is_captured_before_the_journal_joins_a_folder(db):
    from resilience_desktop.core.models.people import Person

    Person.create(name="Ana")
    assert changes() == []


def test_every_model_is_synced_with_triggers_or_named_local_only(db):
    synced = set(sync_capture.synced_tables(database))
    installed = sync_capture.installed_triggers(database)
    for model in all_models():
        table = model._meta.table_name
        if sync_capture.is_local_only(table):
            continue
        assert table in synced, f"{table}: neither synced (no uid column?) nor local-only"
        for kind in ("ins", "upd", "del"):
            name = f"{sync_capture.TRIGGER_PREFIX}{kind}_{table}"
            assert name in installed, f"{table}: no {kind} capture trigger"
        update_sql = installed[f"{sync_capture.TRIGGER_PREFIX}upd_{table}"]
        for column in sync_capture.table_columns(database, table):
            assert f'old."{column}"' in update_sql or column == "uid", (table, column)


def test_every_synced_table_logs_inserts_updates_and_deletes(joined):
    from resilience_desktop.services.demo import generate_demo

    def count(table):
        return database.execute_sql(f'SELECT count(*) FROM "{table}"').fetchone()[0]

    before = {table: count(table) for table in sync_capture.synced_tables(database)}
    generate_demo(0.2, end=date(2026, 6, 30))
    logged = {table for table, _uid, col in changes() if col == "*"}
    for table in sync_capture.synced_tables(database):
        rows = database.execute_sql(f'SELECT uid FROM "{table}" LIMIT 1').fetchall()
        if not rows:
            continue  # the demo writes nothing there; the trigger check above covers it
        if count(table) > before[table]:
            assert table in logged, f"{table}: inserts did not reach the change log"
        uid = rows[0][0]
        with database.atomic() as transaction:
            database.execute_sql("PRAGMA defer_foreign_keys = ON")  # rolled back anyway
            clear()
            database.execute_sql(f'DELETE FROM "{table}" WHERE uid = ?', (uid,))
            assert (table, uid, "-") in changes(), f"{table}: a delete was not logged"
            transaction.rollback()


def test_an_update_logs_only_the_columns_it_changed(joined):
    from resilience_desktop.core.models.journal import JournalEntry
    from resilience_desktop.services.journal.entries import EntryInput, save_entry

    entry_id = save_entry(EntryInput(entry_date=date(2026, 3, 1), title="t", body="words",
                                     tags=["walk"]))
    uid = JournalEntry.get_by_id(entry_id).uid
    clear()
    JournalEntry.update(pleasantness=3).where(JournalEntry.id == entry_id).execute()
    assert changes() == [("journal_entry", uid, "pleasantness")]


def test_applying_received_changes_is_not_captured(joined):
    from resilience_desktop.core.models.people import Person

    with database.atomic():
        database.execute_sql("INSERT INTO sync_apply (id) VALUES (1)")
        Person.create(name="Ana")
        database.execute_sql("DELETE FROM sync_apply")
    assert changes() == []
    Person.create(name="Ben")
    assert [col for _t, _u, col in changes()] == ["*"]


def test_local_only_tables_are_not_captured(joined):
    from resilience_desktop.services import preferences

    clear()
    preferences.set_preference("window_geometry", "abc")
    assert changes() == []


@pytest.mark.parametrize("table", ["journal_entry_tag", "exercise_session_person",
                                   "group_membership", "contact_person",
                                   "journal_entry_emotion"])
def test_link_tables_have_a_uid(db, table):
    assert "uid" in sync_capture.table_columns(database, table)


def test_a_table_added_later_is_captured_at_the_next_open(joined):
    from resilience_desktop.core.migrations import migrate_database

    database.execute_sql("CREATE TABLE later_thing (id INTEGER PRIMARY KEY, uid TEXT, x TEXT)")
    migrate_database(joined.backups_dir)
    clear()
    database.execute_sql("INSERT INTO later_thing (uid, x) VALUES ('u1', 'a')")
    database.execute_sql("UPDATE later_thing SET x = 'b'")
    assert changes() == [("later_thing", "u1", "*"), ("later_thing", "u1", "x")]


def test_rows_deleted_by_a_cascade_are_logged_as_deleted(joined):
    from resilience_desktop.core.models.journal import JournalEntry, JournalEntryTag
    from resilience_desktop.services.journal.entries import EntryInput, save_entry

    entry_id = save_entry(EntryInput(entry_date=date(2026, 3, 1), body="words", tags=["walk"]))
    tag_uid = JournalEntryTag.get(JournalEntryTag.entry == entry_id).uid
    clear()
    JournalEntry.delete().where(JournalEntry.id == entry_id).execute()
    assert ("journal_entry_tag", tag_uid, "-") in changes()
