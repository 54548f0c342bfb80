"""Import a Daylio CSV export (full_date, date, weekday, time, mood, activities, note_title, note).

Daylio exports newest first with possibly several entries a day; we import
oldest first. The five default moods map to pleasantness (energy neutral);
custom mood names map to neutral unless the caller passes a mapping (the import
dialog asks; the command line maps to neutral and says so). Activities become
tags; with exercise_sessions=True exercise-like ones (walk, yoga, gym...) also
become exercise sessions of a default length (transfer_daylio_exercise.py),
in the same transaction as the entries.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from resilience_desktop.core.db import database
from resilience_desktop.core.progress import Progress, report as report_progress
from resilience_desktop.services.reading.csv_reader import checked_records, raw_records
from resilience_desktop.services.reading.textfile import file_size
from resilience_desktop.services.reading.values import check_date
from resilience_desktop.services.reading.report import ImportFailed, ImportReport
from resilience_desktop.services.transfer.daylio_exercise import (
    DEFAULT_MINUTES, CheckInRow, exercise_names, plan_sessions, validate_sessions,
    write_sessions)
from resilience_desktop.services.transfer.entries import (describe, save_all, unique_tags,
                                                          validate_all)
from resilience_desktop.services.transfer.preview_rows import (PREVIEW_ROWS, PreviewRow,
                                                               first_new_rows)
from resilience_desktop.core.i18n import translate
from resilience_desktop.core.log import get_logger

if TYPE_CHECKING:
    from resilience_desktop.services.journal.entries import EntryInput

log = get_logger(__name__)

REQUIRED_COLUMNS = ("full_date", "time", "mood", "activities", "note_title", "note")
DEFAULT_MOODS = {"rad": 4, "good": 2, "meh": 0, "bad": -2, "awful": -4}
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
MAX_BYTES = 200_000_000  # refused above this, with the size named


def _text(value: str) -> str:
    return _TAG.sub("", _BREAK.sub("\n", value or "")).strip()


def _read_rows(path: Path, progress: Progress | None = None
               ) -> Iterator[tuple[int, dict[str, str]]]:
    """(line, {column: cell}) for every check-in, streamed; every row as wide as the header."""
    records = raw_records(path, MAX_BYTES)
    first = next(records, None)
    header = [cell.strip() for cell in first[1]] if first else []
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise ImportFailed(translate("Resilience", "Line 1: this is not a Daylio export (column \"{missing}\" is missing).").format(missing=missing[0]))
    total = file_size(path)
    for count, (line, cells) in enumerate(checked_records(records, len(header)), start=1):
        if count % 5000 == 0:
            report_progress(progress, min(total, count * 200), total, "Reading the file")
        yield line, dict(zip(header, cells))


@dataclass(frozen=True)
class DaylioRow:
    where: str
    entry: EntryInput
    check_in_minute: int | None
    activities: tuple[str, ...]
    mood: str


def _parse_rows(path: Path, custom_moods: dict[str, int] | None,
                progress: Progress | None = None) -> list[DaylioRow]:
    moods = {**DEFAULT_MOODS, **{k.lower(): v for k, v in (custom_moods or {}).items()}}
    parsed = [_parse_row(f"Line {line}", row, moods) for line, row in _read_rows(path, progress)]
    parsed.sort(key=lambda item: (item.entry.entry_date,
                                  item.check_in_minute or 0))
    return parsed


def _parse_row(where: str, row: dict[str, str], moods: dict[str, int]) -> DaylioRow:
    """One check-in as an entry (its time kept apart for exercise sessions)."""
    from resilience_desktop.services.journal.entries import EntryInput

    day, minute = _when(where, row)
    mood = (row.get("mood") or "").strip()
    pleasantness = moods.get(mood.lower(), 0) if mood else None
    title, body = _title_and_body(row, mood)
    activities = tuple(a.strip() for a in (row.get("activities") or "").split("|") if a.strip())
    entry = EntryInput(entry_date=day, title=title, body=body,
                       tags=unique_tags(a.replace(",", " ") for a in activities),
                       pleasantness=pleasantness, energy=0 if mood else None)
    return DaylioRow(where, entry, minute, activities, mood)


def _when(where: str, row: dict[str, str]) -> tuple[date, int | None]:
    """The check-in's day and minutes after midnight (None without a time)."""
    try:
        day = check_date((row.get("full_date") or "").strip())
    except ValueError as error:
        raise ImportFailed(translate("Resilience", "{where}, field \"full_date\": {error}").format(where=where, error=error)) from None
    try:
        minute = _minutes(row.get("time") or "")
    except ValueError as error:
        raise ImportFailed(translate("Resilience", "{where}, field \"time\": {error}").format(where=where, error=error)) from None
    return day, minute


def _title_and_body(row: dict[str, str], mood: str) -> tuple[str, str]:
    """The note's title and text; a check-in without either is titled by its mood."""
    title, body = _text(row.get("note_title", "")), _text(row.get("note", ""))
    if not title and not body:
        title = f"Daylio check-in: {mood}" if mood else "Daylio check-in"
    return title, body


def custom_mood_names(rows: list[DaylioRow]) -> dict[str, int]:
    """Mood names that are not one of Daylio's five defaults -> how many check-ins use them."""
    counts: dict[str, int] = {}
    for row in rows:
        if row.mood and row.mood.lower() not in DEFAULT_MOODS:
            counts[row.mood] = counts.get(row.mood, 0) + 1
    return dict(sorted(counts.items(), key=lambda item: item[0].lower()))


def _mood_notes(rows: list[DaylioRow], custom_moods: dict[str, int] | None) -> list[str]:
    chosen = {k.lower() for k in (custom_moods or {})}
    return [f"Custom mood \"{name}\" was imported as neutral."
            for name in custom_mood_names(rows) if name.lower() not in chosen]


def parse_daylio(path: Path, custom_moods: dict[str, int] | None = None
                 ) -> tuple[list[tuple[str, EntryInput]], list[str]]:
    """(entries [(where, EntryInput)], notes) from the file, oldest first."""
    rows = _parse_rows(path, custom_moods)
    return [(row.where, row.entry) for row in rows], _mood_notes(rows, custom_moods)


def _session_rows(rows: list[DaylioRow]) -> list[CheckInRow]:
    return [(row.where, row.entry.entry_date, row.check_in_minute, row.activities) for row in rows]


def _minutes(text: str) -> int | None:
    """Minutes after midnight of "8:15 PM" or "21:00"; None when there is no time.
    ValueError for a time that is not one ("99:99", "13:00 PM")."""
    text = (text or "").strip()
    if not text:
        return None
    match = re.fullmatch(r"(\d{1,2}):(\d{2})(?::\d{2})?\s*([AaPp]\.?[Mm]\.?)?", text)
    if not match:
        raise ValueError(f"“{text}” is not a time like 8:15 PM or 20:15.")
    hour, minute, half = int(match.group(1)), int(match.group(2)), match.group(3)
    if minute > 59 or hour > 23 or (half and not 1 <= hour <= 12):
        raise ValueError(f"“{text}” is not a real time of day.")
    return _on_24_hour_clock(hour, half) * 60 + minute


def _on_24_hour_clock(hour: int, half: str | None) -> int:
    """hour of a time read with its "AM"/"p.m." (half; None on a 24-hour clock) as 0–23."""
    if half and half[0].lower() == "p" and hour < 12:
        return hour + 12
    if half and half[0].lower() == "a" and hour == 12:
        return 0
    return hour


def import_daylio_file(path: Path, custom_moods: dict[str, int] | None = None,
                       exercise_sessions: bool = False,
                       session_minutes: int = DEFAULT_MINUTES,
                       progress: Progress | None = None) -> ImportReport:
    """Entries (and, if asked, exercise sessions) all validated first, then one transaction."""
    rows = _parse_rows(path, _checked_moods(custom_moods), progress)
    entries = [(row.where, row.entry) for row in rows]
    report = ImportReport(notes=_mood_notes(rows, custom_moods))
    validate_all(entries)  # before the sessions are planned; save_all checks again (cheap)
    planned = plan_sessions(_session_rows(rows), session_minutes) if exercise_sessions else []
    validate_sessions(planned)
    del rows
    with database.atomic():
        save_all(entries, report, progress=progress)
        added, skipped = write_sessions(planned)
    if exercise_sessions:
        report.notes.append(f"{translate('Resilience', '%n exercise sessions', '%n exercise session', added)} added ({session_minutes} minutes each, "
                            f"Daylio records no durations), {skipped} already saved.")
    log.info("daylio import: %d entries added, %d sessions added", report.added, added)
    return report


def _checked_moods(custom_moods: dict[str, int] | None) -> dict[str, int]:
    for name, value in (custom_moods or {}).items():
        if not isinstance(value, int) or not -5 <= value <= 5:
            raise ImportFailed(translate("Resilience", "Custom mood \"{name}\": pleasantness goes from −5 to +5.").format(name=name))
    return dict(custom_moods or {})


@dataclass
class DaylioPreview:
    """What the import dialog shows before anything is written."""

    summary: str
    custom_moods: dict[str, int]  # name -> number of check-ins
    exercise_names: list[str]  # Daylio activities that can become sessions
    exercise_count: int  # sessions that would be logged (at most one per activity a check-in)
    first_rows: list[PreviewRow] = field(default_factory=list)  # at most PREVIEW_ROWS


def preview_daylio(path: Path, limit: int = PREVIEW_ROWS) -> DaylioPreview:
    rows = _parse_rows(path, None)
    entries = [(row.where, row.entry) for row in rows]
    sessions = _session_rows(rows)
    planned = plan_sessions(sessions)
    return DaylioPreview(describe(entries), custom_mood_names(rows), exercise_names(sessions),
                         len(planned), first_new_rows(entries, limit))


def preview_daylio_file(path: Path) -> str:
    entries, notes = parse_daylio(path)
    return " ".join([describe(entries), *notes])
