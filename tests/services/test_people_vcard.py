"""The vCard importer on files as address books export them, and on broken ones."""

from datetime import date

import pytest

from resilience_desktop.core.models.people import Person
from resilience_desktop.services.reading.report import ImportFailed
from resilience_desktop.services.people.records import PersonInput, add_person
from resilience_desktop.services.people.importing import (ALREADY_EXISTS, TWICE_IN_FILE,
                                                       import_vcard_entries, import_vcard_file,
                                                       preview_vcard_file)

V21 = (
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen;;;\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=BCrgen M=C3=BC=\r\n"
    "ller\r\n"
    "TEL;CELL;PREF:+49 30 1234\r\n"
    "PHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsL\r\n"
    "  DBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/\r\n"
    "\r\n"
    "NOTE;ENCODING=QUOTED-PRINTABLE:Line one=0D=0ALine two\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;CHARSET=ISO-8859-1;QUOTED-PRINTABLE:Andr=E9;Zo=EB\r\n"
    "END:VCARD\r\n"
)

V30 = (
    "BEGIN:VCARD\n"
    "VERSION:3.0\n"
    "FN:Ann\n"
    " e-Marie O'Neil\n"
    "N:O'Neil;Anne-Marie;;;\n"
    "BDAY:1985-04-12\n"
    "NOTE:Met at work\\, 2019\\nLikes tea\n"
    "item1.EMAIL;TYPE=INTERNET:ann@example.org\n"
    "END:VCARD\n"
    "BEGIN:VCARD\n"
    "VERSION:3.0\n"
    "N:Tanaka;Yuki;;;\n"
    "BDAY:--0412\n"
    "END:VCARD\n"
)

V40 = (
    "\ufeffBEGIN:VCARD\r\n"
    "VERSION:4.0\r\n"
    "FN;LANGUAGE=\"el\":Δήμητρα Παπαδοπούλου\r\n"
    "BDAY:19900102T000000Z\r\n"
    "PHOTO:data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk\r\n"
    "\tYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:4.0\r\n"
    "ORG:Acme Plumbing;Repairs\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:4.0\r\n"
    "TEL:+1 555\r\n"
    "END:VCARD\r\n"
)


def _write(tmp_path, text, name="contacts.vcf"):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def test_version_21_quoted_printable_soft_breaks_charsets_and_photos(db, tmp_path):
    preview = preview_vcard_file(_write(tmp_path, V21))
    assert [e.name for e in preview.entries] == ["Jürgen Müller", "Zoë André"]
    assert preview.entries[0].note == "Line one\r\nLine two".strip()


def test_version_30_folding_escapes_groups_and_birthdays(db, tmp_path):
    preview = preview_vcard_file(_write(tmp_path, V30))
    ann, yuki = preview.entries
    assert ann.name == "Anne-Marie O'Neil" and ann.birthday == date(1985, 4, 12)
    assert ann.note == "Met at work, 2019\nLikes tea"
    assert yuki.name == "Yuki Tanaka" and yuki.birthday == date(1904, 4, 12)  # no year: 1904


def test_version_40_utf8_bom_tab_folding_org_and_nameless(db, tmp_path):
    preview = preview_vcard_file(_write(tmp_path, V40))
    assert [e.name for e in preview.entries] == ["Δήμητρα Παπαδοπούλου", "Acme Plumbing"]
    assert preview.entries[0].birthday == date(1990, 1, 2)
    assert len(preview.notes) == 1 and "no name" in preview.notes[0]


def test_existing_and_repeated_names_are_flagged_not_merged(db, tmp_path):
    add_person(PersonInput("ann  marie", relationship="friend"))
    one = V30.replace("FN:Ann\n e-Marie O'Neil", "FN:Ann Marie")
    text = one + one.replace("Tanaka;Yuki", "Lee;Kim")
    preview = preview_vcard_file(_write(tmp_path, text))
    flags = [(e.name, e.duplicate) for e in preview.entries]
    assert flags == [("Ann Marie", ALREADY_EXISTS), ("Yuki Tanaka", ""),
                     ("Ann Marie", ALREADY_EXISTS), ("Kim Lee", "")]
    report = import_vcard_entries([e for e in preview.entries if e.name == "Yuki Tanaka"])
    assert report.added == 1 and Person.select().count() == 2
    again = preview_vcard_file(_write(tmp_path, V30, "again.vcf"))
    assert [e.duplicate for e in again.entries] == ["", ALREADY_EXISTS]
    twice = preview_vcard_file(_write(tmp_path, V40 + V40, "twice.vcf"))
    assert twice.entries[2].duplicate == TWICE_IN_FILE


def test_cli_function_adds_new_names_and_reports_skips(db, tmp_path):
    add_person(PersonInput("Yuki Tanaka"))
    report = import_vcard_file(_write(tmp_path, V21 + V30 + V40))
    assert report.added == 5 and report.skipped == 2
    assert any("Yuki Tanaka" in note for note in report.notes)
    imported = Person.get(Person.name == "Anne-Marie O'Neil")
    assert imported.relationship == "other" and imported.notes.startswith("Met at work")


@pytest.mark.parametrize("text, reason", [
    ("", "empty"),
    ("name,phone\nAnn,123\n", "Line 15: text outside a card"),
    ("BEGIN:VCARD\nVERSION:3.0\nFN:Ann\n", "never ends"),
    ("BEGIN:VCARD\nFN:A\nBEGIN:VCARD\nFN:B\nEND:VCARD\n", "Line 17"),
    ("FN:A\nEND:VCARD\n", "outside a card"),
    ("BEGIN:VCARD\nVERSION:5.0\nFN:A\nEND:VCARD\n", "version 5.0"),
    ("BEGIN:VCARD\nVERSION:2.1\nFN;CHARSET=UTF-8;QUOTED-PRINTABLE:=FF=FE\nEND:VCARD\n", "Line 17"),
])
def test_broken_files_are_reported_and_nothing_saved(db, tmp_path, text, reason):
    path = _write(tmp_path, (V30 if text else "") + text)  # good cards first: still nothing saved
    with pytest.raises(ImportFailed, match=reason):
        import_vcard_file(path)
    assert Person.select().count() == 0


def test_binary_and_missing_files(db, tmp_path):
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\x00\x10JFIF\x00")
    with pytest.raises(ImportFailed, match="binary"):
        preview_vcard_file(binary)
    with pytest.raises(ImportFailed, match="cannot be read"):
        preview_vcard_file(tmp_path / "missing.vcf")


def test_a_birthday_without_a_year_keeps_month_and_day(db, tmp_path):
    from resilience_desktop.core.models.people import Person
    from resilience_desktop.services.people.importing import import_vcard_file

    path = tmp_path / "c.vcf"
    path.write_text("BEGIN:VCARD\nVERSION:4.0\nFN:Ana\nBDAY:--04-15\nEND:VCARD\n"
                    "BEGIN:VCARD\nVERSION:3.0\nFN:Leap\nBDAY:--0229\nEND:VCARD\n")
    import_vcard_file(path)
    assert sorted((p.name, p.birthday) for p in Person.select()) == [
        ("Ana", date(1904, 4, 15)), ("Leap", date(1904, 2, 29))]
