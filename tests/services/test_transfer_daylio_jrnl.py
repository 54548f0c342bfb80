"""Daylio CSV and jrnl JSON imports: mapping, ordering, errors naming the line, no partial saves."""

import json

import pytest

from resilience_desktop.core.models.journal import JournalEntry, JournalEntryTag
from resilience_desktop.services.reading.report import ImportFailed
from resilience_desktop.services.transfer.daylio import import_daylio_file, preview_daylio_file
from resilience_desktop.services.transfer.jrnl import import_jrnl_file

DAYLIO = (
    "full_date,date,weekday,time,mood,activities,note_title,note\n"
    "2024-03-02,March 2,Saturday,8:15 PM,rad,friends | walking,Great day,Long walk<br>with Sam\n"
    "2024-03-02,March 2,Saturday,9:00 AM,meh,,,\n"
    "2024-03-01,March 1,Friday,21:00,sleepy,work,,\"Tired, but ok\"\n"
)


def _entries():
    return list(JournalEntry.select().order_by(JournalEntry.id))


def test_daylio_maps_moods_activities_and_order(db, tmp_path):
    path = tmp_path / "daylio.csv"
    path.write_text(DAYLIO, encoding="utf-8")
    assert "3 entries" in preview_daylio_file(path)
    report = import_daylio_file(path)
    assert report.added == 3 and 'Custom mood "sleepy"' in report.summary()
    first, second, third = _entries()
    assert str(first.entry_date) == "2024-03-01" and first.pleasantness == 0  # custom: neutral
    assert second.title == "Daylio check-in: meh"  # the morning one comes before the evening one
    assert third.title == "Great day" and third.body == "Long walk\nwith Sam"
    assert third.pleasantness == 4 and third.energy == 0
    tags = {row.name for row in JournalEntryTag.select().where(JournalEntryTag.entry == third.id)}
    assert tags == {"friends", "walking"}
    again = import_daylio_file(path)
    assert again.added == 0 and again.skipped == 3


def test_daylio_custom_mood_mapping(db, tmp_path):
    path = tmp_path / "daylio.csv"
    path.write_text(DAYLIO, encoding="utf-8")
    import_daylio_file(path, custom_moods={"sleepy": -1})
    assert _entries()[0].pleasantness == -1


@pytest.mark.parametrize("content, message", [
    ("a,b\n1,2\n", 'column "full_date" is missing'),
    (DAYLIO + "2024-13-40,x,x,x,good,,,\n", 'Line 5, field "full_date"'),
    (DAYLIO + "2199-01-01,x,x,9:00 AM,good,,,hello\n", "Line 5: 2199-01-01 is in the future"),
    (DAYLIO + "9999-12-31,x,x,9:00 AM,good,,,hello\n",
     "Line 5, field \"full_date\": 9999-12-31 is outside the years 1900–2200"),
    (DAYLIO + "2024-01-01,x,x,99:99,good,,,hello\n", "Line 5, field \"time\""),
])
def test_daylio_errors_name_the_line_and_save_nothing(db, tmp_path, content, message):
    path = tmp_path / "daylio.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ImportFailed, match=message):
        import_daylio_file(path)
    assert _entries() == []


def test_jrnl_import(db, tmp_path):
    path = tmp_path / "jrnl.json"
    path.write_text(json.dumps({"tags": {"@work": 1}, "entries": [
        {"title": "Started", "body": "A new job @work", "date": "2024-02-01", "time": "09:00",
         "tags": ["@work"], "starred": True},
        {"title": "Quiet", "body": "", "date": "2024-02-02", "time": "22:00", "tags": [],
         "starred": False}]}), encoding="utf-8")
    report = import_jrnl_file(path)
    assert report.added == 2
    first = _entries()[0]
    tags = {row.name for row in JournalEntryTag.select().where(JournalEntryTag.entry == first.id)}
    assert first.title == "Started" and tags == {"work", "starred"}


@pytest.mark.parametrize("document, message", [
    ({"entries": [{"title": "x", "body": "y", "date": "yesterday"}]}, 'Entry 1, field "date"'),
    ({"entries": [{"title": "x", "body": "y", "date": "2024-01-01"}, 5]}, "Entry 2: expected"),
    ({"items": []}, '"entries" is missing'),
])
def test_jrnl_errors(db, tmp_path, document, message):
    path = tmp_path / "jrnl.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ImportFailed, match=message):
        import_jrnl_file(path)
    assert _entries() == []
