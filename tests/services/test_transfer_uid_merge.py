"""Stable ids: export writes uid, import merges on it, so a journal's own export is a no-op."""

import json
from datetime import date

import pytest

from resilience_desktop.core.db import close_database, database
from resilience_desktop.core.integrity import data_table_names
from resilience_desktop.core.startup import open_app_database
from resilience_desktop.paths import AppPaths
from resilience_desktop.services.demo import generate_demo
from resilience_desktop.services.transfer.document import (FORMAT_VERSION, export_json_file,
                                                           import_json_file)

END = date(2026, 11, 1)


def every_row() -> dict:
    conn = database.connection()
    return {table: sorted(map(repr, conn.execute(f'SELECT * FROM "{table}"').fetchall()))
            for table in data_table_names(conn)}


@pytest.fixture
def demo(db):
    generate_demo(1, end=END)
    return db


def test_every_table_has_a_filled_unique_uid(demo):
    conn = database.connection()
    for table in data_table_names(conn):
        rows = conn.execute(f'SELECT uid FROM "{table}"').fetchall()
        uids = [uid for (uid,) in rows]
        assert all(len(uid) == 32 and int(uid, 16) >= 0 for uid in uids), table
        assert len(set(uids)) == len(uids), table


def test_importing_the_demos_own_export_changes_no_table(demo, tmp_path):
    exported = export_json_file(tmp_path / "own.json")
    assert json.loads(exported.read_text())["format_version"] == FORMAT_VERSION == 2
    before = every_row()
    for _ in range(2):  # into itself, then the same file again
        report = import_json_file(exported)
        assert report.added == 0
        assert every_row() == before


def test_export_into_an_empty_folder_keeps_ids_and_uids_then_reimport_is_a_no_op(demo, tmp_path):
    exported = export_json_file(tmp_path / "own.json")
    before = every_row()
    close_database()
    open_app_database(AppPaths.resolve(tmp_path / "other"))
    import_json_file(exported)
    assert every_row() == before
    import_json_file(exported)
    assert every_row() == before


def test_an_older_export_of_the_same_journal_adds_only_what_is_missing(demo, tmp_path):
    older = export_json_file(tmp_path / "older.json")
    conn = database.connection()
    gone = conn.execute("SELECT id, uid FROM contact ORDER BY id LIMIT 1").fetchone()
    links = conn.execute("SELECT COUNT(*) FROM contact_person WHERE contact_id=?", (gone[0],)).fetchone()[0]
    conn.execute("DELETE FROM contact WHERE id=?", (gone[0],))
    conn.execute("UPDATE person SET name = 'Renamed' WHERE id = 1")
    after_changes = every_row()
    report = import_json_file(older)
    assert report.added == 1 + links
    assert conn.execute("SELECT COUNT(*) FROM contact WHERE uid=?", (gone[1],)).fetchone()[0] == 1
    assert conn.execute("SELECT name FROM person WHERE id = 1").fetchone()[0] == "Renamed"
    assert {t: len(r) for t, r in every_row().items()} == \
        {t: len(r) + (1 if t == "contact" else links if t == "contact_person" else 0)
         for t, r in after_changes.items()}


def _as_version_1(document: dict) -> dict:
    """What the previous release wrote: no uid column, format_version 1, schema 4."""
    document = json.loads(json.dumps(document))
    from resilience_desktop.core.migrations.m0007_stable_ids import TABLES

    document["format_version"], document["schema_version"] = 1, 4
    document["tables"] = {name: rows for name, rows in document["tables"].items() if name in TABLES}
    for table in document["tables"].values():
        position = table["columns"].index("uid")
        del table["columns"][position]
        for row in table["rows"]:
            del row[position]
    return document


def test_a_format_1_table_without_uids_gets_fresh_ones(db, tmp_path):
    from resilience_desktop.services.transfer.document import import_json_file as load

    row = [1, "likert", "1", "2024-01-01", "2024-01-01 10:00:00"]
    (tmp_path / "old.json").write_text(json.dumps({
        "format": "resilience-export", "format_version": 1, "schema_version": 5, "tables": {
            "insights_response": {"columns": ["id", "scale", "version", "taken_on", "created_at"],
                                  "rows": [row]}}}))
    assert load(tmp_path / "old.json").added == 1
    uid = database.connection().execute("SELECT uid FROM insights_response").fetchone()[0]
    assert len(uid) == 32


def test_a_version_1_export_still_imports_and_links_stay_right(demo, tmp_path):
    document = _as_version_1(json.loads(export_json_file(tmp_path / "v2.json").read_text()))
    (tmp_path / "v1.json").write_text(json.dumps(document))
    before = every_row()
    report = import_json_file(tmp_path / "v1.json")
    assert report.added == 0  # merged by content, one file row to one existing row
    assert every_row() == before
    close_database()
    open_app_database(AppPaths.resolve(tmp_path / "fresh"))
    import_json_file(tmp_path / "v1.json")
    conn = database.connection()
    assert conn.execute("SELECT COUNT(*) FROM contact_person").fetchone()[0] == \
        len(document["tables"]["contact_person"]["rows"])
    assert conn.execute("SELECT COUNT(*) FROM journal_entry WHERE length(uid) = 32").fetchone()[0] \
        == len(document["tables"]["journal_entry"]["rows"])


def test_the_demo_keeps_every_trigger_and_search_still_follows_tags(db):
    from resilience_desktop.services.journal.search import search_entries

    conn = database.connection()
    before = set(conn.execute("SELECT name, sql FROM sqlite_master WHERE type='trigger'"))
    generate_demo(0.2, end=END)
    assert set(conn.execute("SELECT name, sql FROM sqlite_master WHERE type='trigger'")) == before
    entry_id, tag = conn.execute("SELECT entry_id, name FROM journal_entry_tag LIMIT 1").fetchone()
    conn.execute("UPDATE journal_entry_tag SET name = 'zebracrossing' WHERE entry_id = ? AND name = ?",
                 (entry_id, tag))
    assert [hit.id for hit in search_entries("zebracrossing ")] == [entry_id]
