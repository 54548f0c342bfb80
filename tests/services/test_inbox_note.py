"""Inbox notes from a phone: odd notes parse or fail plainly; each note is imported once."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from resilience_desktop.core.models.journal import JournalEntry
from resilience_desktop.core.models.journal_history import InboxImport
from resilience_desktop.services.journal import entries as journal
from resilience_desktop.services.journal.plain_text import (editor_text, from_editor_text,
                                                            split_title)
from resilience_desktop.services.sync.inbox_note import (InboxNoteError, content_hash,
                                                         import_inbox_note, parse_inbox_note)

MTIME = datetime(2026, 6, 14, 21, 30)


@pytest.fixture(autouse=True)
def fixed_today(wall_clock, monkeypatch):
    wall_clock.set(date(2026, 6, 15))


def parse(text: str | bytes, name="note.md"):
    data = text.encode() if isinstance(text, str) else text
    return parse_inbox_note(data, name, MTIME)


def test_a_full_note():
    note = parse("2026-06-10 07:45\nSlept well. Then a long walk.\nmood: 3 -1\ntags: walk, #sleep\n")
    entry = note.entry
    assert entry.entry_date == date(2026, 6, 10)
    assert (entry.title, entry.body) == ("Slept well.", "Then a long walk.")
    assert (entry.pleasantness, entry.energy, entry.tags) == (3, -1, ["walk", "sleep"])
    assert note.content_hash == content_hash(
        b"2026-06-10 07:45\nSlept well. Then a long walk.\nmood: 3 -1\ntags: walk, #sleep\n")


def test_no_date_line_takes_the_files_day_and_keeps_the_first_line_as_text():
    entry = parse("Rain all day\nStayed in and read.").entry
    assert entry.entry_date == MTIME.date()
    assert (entry.title, entry.body) == ("Rain all day", "Stayed in and read.")


def test_a_markdown_heading_is_the_title():
    entry = parse("## Sunday\n\nBaked bread with Mia.\n").entry
    assert (entry.title, entry.body) == ("Sunday", "Baked bread with Mia.")


def test_crlf_and_bom():
    entry = parse("\ufeff2026-06-12 22:00\r\nQuiet evening.\r\nMood: -2 0\r\n".encode()).entry
    assert entry.entry_date == date(2026, 6, 12)
    assert (entry.title, entry.body, entry.pleasantness, entry.energy) == (
        "Quiet evening.", "", -2, 0)


@pytest.mark.parametrize("line", ["mood: 6 0", "mood: 2", "mood: happy", "mood: 1 -9"])
def test_a_wrong_mood_names_the_file_and_line(line):
    with pytest.raises(InboxNoteError) as caught:
        parse(f"2026-06-12 22:00\nText.\n{line}\n", name="phone.txt")
    assert "phone.txt, line 3" in str(caught.value) and "-5 to 5" in str(caught.value)


def test_a_wrong_date_line_is_named():
    with pytest.raises(InboxNoteError, match="note.md, line 1"):
        parse("2026-02-30 10:00\nText.")


def test_only_tags_is_an_empty_note():
    with pytest.raises(InboxNoteError, match="no text"):
        parse("tags: a, b\n")


def test_not_utf8_is_refused_plainly():
    with pytest.raises(InboxNoteError, match="not UTF-8"):
        parse(b"caf\xe9 au lait")


def test_import_once_by_content_hash(db):
    data = b"2026-06-10 07:45\nA note from the phone.\ntags: phone\n"
    entry_id = import_inbox_note(data, "a.md", MTIME)
    assert journal.get_entry(entry_id).tags == ["phone"]
    assert import_inbox_note(data, "copy-of-a.md", MTIME) is None
    assert JournalEntry.select().count() == 1 and InboxImport.select().count() == 1


def test_a_refused_note_writes_nothing(db):
    with pytest.raises(InboxNoteError, match="future"):
        import_inbox_note(b"2030-01-01 10:00\nToo early.", "f.md", MTIME)
    assert JournalEntry.select().count() == 0 == InboxImport.select().count()


@pytest.mark.parametrize("text, expected", [
    ("Walked to the lake. It was cold.", ("Walked to the lake.", "It was cold.")),
    ("Just one line", ("Just one line", "")),
    ("A title line\nThe text. More text.", ("A title line", "The text. More text.")),
    ("Version 2.5 works? Yes.", ("Version 2.5 works?", "Yes.")),
    ("", ("", "")),
])
def test_split_title(text, expected):
    assert split_title(text) == expected


def test_editor_text_round_trip():
    assert from_editor_text(editor_text("Title", "Line one\n\nLine two")) == (
        "Title", "Line one\n\nLine two")
    assert from_editor_text("\n\nNo title here\n") == ("", "No title here")
