"""Import a Daylio CSV export (full_date, date, weekday, time, mood, activities, note_title, note).

Daylio exports newest first with possibly several entries a day; we import
oldest first. The five default moods map to pleasantness (energy neutral);
custom mood names map to neutral unless the caller passes a mapping (the GUI
could ask; the command line maps to neutral and says so). Activities become
tags.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import date
from pathlib import Path

from resilience_desktop.services.importing import ImportFailed, ImportReport
from resilience_desktop.services.transfer_entries import describe, save_all

REQUIRED_COLUMNS = ("full_date", "time", "mood", "activities", "note_title", "note")
DEFAULT_MOODS = {"rad": 4, "good": 2, "meh": 0, "bad": -2, "awful": -4}
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
MAX_BYTES = 50_000_000


def _text(value: str) -> str:
    return _TAG.sub("", _BREAK.sub("\n", value or "")).strip()


def _read_rows(path: Path) -> list[dict]:
    try:
        raw = Path(path).read_bytes()[:MAX_BYTES + 1]
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFailed(f"The file is not UTF-8 text (byte {error.start}).") from error
    except OSError as error:
        raise ImportFailed(f"The file cannot be read: {error.strerror}.") from error
    if "\x00" in text:
        raise ImportFailed("The file is not a CSV text file (it holds NUL bytes).")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        header = reader.fieldnames or []
        missing = [c for c in REQUIRED_COLUMNS if c not in header]
        if missing:
            raise ImportFailed(f"Line 1: this is not a Daylio export (column "
                               f"\"{missing[0]}\" is missing).")
        rows = []
        for row in reader:
            rows.append((reader.line_num, row))
    except csv.Error as error:
        raise ImportFailed(f"Line {reader.line_num}: not valid CSV ({error}).") from error
    return rows


def parse_daylio(path: Path, custom_moods: dict[str, int] | None = None):
    """(entries [(where, EntryInput)], notes) from the file, oldest first."""
    from resilience_desktop.services.journal import EntryInput, parse_tags

    moods = {**DEFAULT_MOODS, **{k.lower(): v for k, v in (custom_moods or {}).items()}}
    entries, unknown = [], set()
    for line, row in _read_rows(path):
        where = f"Line {line}"
        try:
            day = date.fromisoformat((row.get("full_date") or "").strip())
        except ValueError as error:
            raise ImportFailed(f"{where}, field \"full_date\": not a date like 2024-05-31.") from error
        mood = (row.get("mood") or "").strip()
        if mood.lower() not in moods:
            unknown.add(mood)
        pleasantness = moods.get(mood.lower(), 0) if mood else None
        title, body = _text(row.get("note_title")), _text(row.get("note"))
        if not title and not body:
            title = f"Daylio check-in: {mood}" if mood else "Daylio check-in"
        activities = [a for a in (row.get("activities") or "").split("|")]
        entry = EntryInput(entry_date=day, title=title, body=body,
                           tags=parse_tags(", ".join(a.strip().replace(",", " ") for a in activities)),
                           pleasantness=pleasantness, energy=0 if mood else None)
        entries.append((where, entry, (row.get("time") or "")))
    entries.sort(key=lambda item: (item[1].entry_date, _minutes(item[2])))
    notes = [f"Custom mood \"{name}\" was imported as neutral." for name in sorted(unknown) if name]
    return [(where, entry) for where, entry, _time in entries], notes


def _minutes(text: str) -> int:
    match = re.match(r"\s*(\d{1,2}):(\d{2})\s*([AaPp][Mm])?", text or "")
    if not match:
        return 0
    hour, minute = int(match.group(1)) % 24, int(match.group(2))
    if match.group(3) and match.group(3).lower() == "pm" and hour < 12:
        hour += 12
    if match.group(3) and match.group(3).lower() == "am" and hour == 12:
        hour = 0
    return hour * 60 + minute


def import_daylio_file(path: Path, custom_moods: dict[str, int] | None = None) -> ImportReport:
    entries, notes = parse_daylio(path, custom_moods)
    return save_all(entries, ImportReport(notes=notes))


def preview_daylio_file(path: Path) -> str:
    entries, notes = parse_daylio(path)
    return " ".join([describe(entries), *notes])
