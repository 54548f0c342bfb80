"""Every importer checks values, not only types: each refused file names the line or
record, and the database stays byte-identical."""

import json

import pytest

from resilience_desktop.cli.import_cmd import importer_for
from resilience_desktop.core.db import database
from resilience_desktop.services.reading.report import ImportFailed
from tests.services.import_state import database_bytes, every_row

DAYLIO_HEAD = "full_date,date,weekday,time,mood,activities,note_title,note\n"
DAYLIO_ROW = "2024-03-02,March 2,Saturday,8:15 PM,rad,walking,Day,ok\n"
STRAVA_HEAD = "Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance\n"
STRAVA_ROW = '1,"Mar 1, 2024, 7:00:00 AM",Morning Run,Run,1800,5.0\n'


def export_doc(tables: dict, version: int = 2) -> str:
    return json.dumps({"format": "resilience-export", "format_version": version,
                       "schema_version": 5, "tables": tables})


UID = "0123456789abcdef" * 2
ENTRY_COLUMNS = ["id", "entry_date", "body", "created_at", "updated_at", "uid"]


def entry_doc(**changes) -> str:
    row = {"id": 1, "entry_date": "2024-03-01", "body": "x", "created_at": "2024-03-01 10:00:00",
           "updated_at": "2024-03-01 10:00:00", "uid": UID, **changes}
    return export_doc({"journal_entry": {"columns": list(row), "rows": [list(row.values())]}})


def person_doc(**changes) -> str:
    row = {"id": 1, "name": "Ann", "uid": UID, **changes}
    return export_doc({"person": {"columns": list(row), "rows": [list(row.values())]}})


REFUSED = [
    ("json", entry_doc(entry_date="not-a-date"), 'row 1, field "entry_date"'),
    ("json", entry_doc(entry_date="2024-02-30"), "not a real date"),
    ("json", entry_doc(created_at="2024-03-01 99:99:00"), 'field "created_at"'),
    ("json", entry_doc(id=2**70), 'field "id"'),
    ("json", entry_doc(id=-3), 'field "id"'),
    ("json", entry_doc(body="\ud800"), "lone surrogate"),
    ("json", entry_doc(uid="xyz"), 'field "uid"'),
    ("json", entry_doc(follow_up_of_id=99), "points at no row"),
    ("json", entry_doc(pleasantness=9), 'row 1'),
    ("json", person_doc(closeness=99), 'field "closeness"'),
    ("json", export_doc({"exercise_session": {
        "columns": ["id", "started_at", "activity_id", "minutes", "distance_km", "created_at"],
        "rows": [[1, "2024-01-01 10:00:00", 1, 30, 1e300, "2024-01-01 10:00:00"]]}}),
     'field "distance_km"'),
    ("json", export_doc({"exercise_session": {
        "columns": ["id", "started_at", "activity_id", "minutes", "created_at"],
        "rows": [[1, "2024-01-01 10:00:00", 424242, 30, "2024-01-01 10:00:00"]]}}),
     "points at no row"),
    ("json", entry_doc().replace('"x"', "Infinity"), "not valid JSON"),
    ("json", export_doc({"person": {"columns": ["id", "name", "notes"],
                                    "rows": [[1, "Ann", {"$base64": "!!!"}]]}}), "base64"),
    ("json", export_doc({"person": {"columns": ["id", "name", "uid"],
                                    "rows": [[1, "Ann", UID], [2, "Ben", UID]]}}), "twice"),
    ("daylio", DAYLIO_HEAD + DAYLIO_ROW.replace("8:15 PM", "99:99"), 'Line 2, field "time"'),
    ("daylio", DAYLIO_HEAD + DAYLIO_ROW.replace("2024-03-02", "2024-02-30"), 'Line 2, field "full_date"'),
    ("daylio", DAYLIO_HEAD + DAYLIO_ROW + "2024-03-01,March 1,Friday", "looks cut off at line 3"),
    ("daylio", DAYLIO_HEAD + DAYLIO_ROW + "2024-03-01,x,y\n" + DAYLIO_ROW, "Line 3: 3 fields"),
    ("daylio", DAYLIO_HEAD + DAYLIO_ROW + '2024-03-01,x,y,9:00,good,,t,"open\n' + DAYLIO_ROW * 3,
     "Line 3: a quoted field starting here never ends"),
    ("jrnl", json.dumps({"entries": [{"date": "2024-01-01", "time": "99:99", "body": "b"}]}),
     'Entry 1, field "time"'),
    ("jrnl", json.dumps({"entries": [{"date": "2024-13-01", "body": "b"}]}), 'Entry 1, field "date"'),
    ("jrnl", '{"entries": [{"date": "2024-01-01", "body": "\\ud800"}]}', "lone surrogate"),
    ("strava-csv", STRAVA_HEAD + STRAVA_ROW.replace("1800", "inf"), "line 2"),
    ("strava-csv", STRAVA_HEAD + STRAVA_ROW.replace("1800", "NaN"), "line 2"),
    ("strava-csv", STRAVA_HEAD + STRAVA_ROW.replace("5.0", "1e999"), "line 2"),
    ("strava-csv", STRAVA_HEAD + STRAVA_ROW + '2,"Mar 2, 2024, 7:00:00 AM",Run', "looks cut off at line 3"),
    ("exercise-csv", "date,activity,minutes\n2024-03-01 99:99,walking,30\n", "line 2"),
    ("exercise-csv", "date,activity,minutes\n2024-03-01,walking,-5\n", "line 2"),
    ("exercise-csv", "date,activity,minutes\n2024-03-01,walking,30\n2024-03-02,walk", "cut off at line 3"),
    ("vcard", "BEGIN:VCARD\nVERSION:3.0\nFN:Ann\nBDAY:2024-13-45\nEND:VCARD\n", "Line 4: the birthday"),
]


@pytest.mark.parametrize("fmt, content, message", REFUSED)
def test_bad_values_are_refused_naming_where_and_nothing_changes(db, tmp_path, fmt, content, message):
    path = tmp_path / f"bad.{fmt}"
    path.write_text(content, encoding="utf-8", errors="surrogatepass")
    rows, raw = every_row(), database_bytes(db)
    with pytest.raises(ImportFailed) as caught:
        importer_for(fmt)(path)
    assert message in str(caught.value)
    assert every_row() == rows and database_bytes(db) == raw
    assert not database.obj.in_transaction()


@pytest.mark.parametrize("fmt, sample", [
    ("json", entry_doc()), ("jrnl", json.dumps({"entries": [{"date": "2024-01-01", "body": "b"}]})),
    ("daylio", DAYLIO_HEAD + DAYLIO_ROW), ("vcard", "BEGIN:VCARD\nVERSION:3.0\nFN:Ann\nEND:VCARD\n"),
    ("strava-csv", STRAVA_HEAD + STRAVA_ROW), ("exercise-csv", "date,activity,minutes\n2024-03-01,Jogging,30\n"),
])
def test_a_bom_is_accepted_and_other_encodings_are_named(db, tmp_path, fmt, sample):
    path = tmp_path / f"bom.{fmt}"
    path.write_bytes(b"\xef\xbb\xbf" + sample.encode("utf-8"))
    assert importer_for(fmt)(path).added == 1
    for encoding, named in (("utf-16", "UTF-16"), ("utf-16-le", "UTF-16")):
        path.write_bytes(sample.encode(encoding))
        with pytest.raises(ImportFailed, match=f"not UTF-8 .*{named}"):
            importer_for(fmt)(path)
    path.write_bytes(sample.replace("b", "é").replace("Ann", "Anné").encode("cp1252"))
    if "é" in sample.replace("b", "é").replace("Ann", "Anné"):
        with pytest.raises(ImportFailed, match="not UTF-8 .looks like Latin-1/Windows-1252"):
            importer_for(fmt)(path)


def test_jrnl_imports_entries_dated_ahead_and_says_how_many(wall_clock, db, tmp_path, monkeypatch):
    from datetime import date

    from resilience_desktop.services.journal import entries as journal_entries

    wall_clock.set(date(2026, 1, 10))
    path = tmp_path / "jrnl.json"
    path.write_text(json.dumps({"entries": [
        {"date": "2026-01-01", "body": "past"}, {"date": "2026-03-01", "body": "plan"},
        {"date": "2027-01-01", "body": "far"}]}))
    report = importer_for("jrnl")(path)
    assert report.added == 3 and "2 entries are dated ahead" in report.summary()


def test_an_entry_with_ten_thousand_tags_imports_and_is_searchable(db, tmp_path):
    from resilience_desktop.services.journal.search import search_entries

    tags = [f"@tag{i}" for i in range(10_000)]
    path = tmp_path / "tags.json"
    path.write_text(json.dumps({"entries": [{"date": "2024-01-01", "body": "many", "tags": tags}]}))
    assert importer_for("jrnl")(path).added == 1
    conn = database.connection()
    assert conn.execute("SELECT COUNT(*) FROM journal_entry_tag").fetchone()[0] == 10_000
    assert conn.execute("SELECT tags FROM journal_entry_fts").fetchone()[0].count("tag") == 10_000
    assert search_entries("tag9999")


def test_a_daylio_file_over_the_size_limit_is_refused_not_cut(db, tmp_path, monkeypatch):
    from resilience_desktop.services.transfer import daylio

    monkeypatch.setattr(daylio, "MAX_BYTES", 1000)
    path = tmp_path / "big.csv"
    path.write_text(DAYLIO_HEAD + DAYLIO_ROW * 40)
    with pytest.raises(ImportFailed, match="The file is 2,.* bytes; this importer reads at most 1,000"):
        daylio.import_daylio_file(path)


def _triggers() -> dict:
    return dict(database.connection().execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall())


def test_a_large_import_indexes_in_bulk_and_keeps_the_search_triggers(db, tmp_path):
    from datetime import date

    from resilience_desktop.services.journal import entries as journal
    from resilience_desktop.services.journal.search import search_entries
    from resilience_desktop.services.journal import bulk

    triggers = _triggers()
    rows = "".join(f"2024-01-{n % 28 + 1:02d},x,y,9:{n % 60:02d} AM,good,walking,T{n},"
                   f"note number{n} harbour\n" for n in range(bulk.BULK_INDEX_FROM + 10))
    path = tmp_path / "big.csv"
    path.write_text(DAYLIO_HEAD + rows)
    assert importer_for("daylio")(path).added == bulk.BULK_INDEX_FROM + 10
    assert _triggers() == triggers
    assert len(search_entries("number42 ")) == 1 and search_entries("walking ")
    later = journal.save_entry(journal.EntryInput(entry_date=date(2024, 2, 1), body="lighthouse"))
    assert [hit.id for hit in search_entries("lighthouse ")] == [later]


def test_a_failure_during_a_bulk_import_leaves_triggers_and_rows_as_they_were(db, tmp_path,
                                                                              monkeypatch):
    from resilience_desktop.services.journal import bulk

    triggers, rows_before = _triggers(), every_row()
    monkeypatch.setattr(bulk, "BULK_INDEX_FROM", 1)

    def broken(*args):
        raise RuntimeError("disk went away")

    monkeypatch.setattr(bulk, "resume_search_triggers", broken)
    path = tmp_path / "d.csv"
    path.write_text(DAYLIO_HEAD + DAYLIO_ROW)
    with pytest.raises(RuntimeError):
        importer_for("daylio")(path)
    assert _triggers() == triggers and every_row() == rows_before
