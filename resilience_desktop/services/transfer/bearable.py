"""Import Bearable's CSV export: one reading per row with the columns ``date``, ``weekday``,
``time of day``, ``category``, ``rating/amount``, ``detail``, ``notes`` (newer files also
``date formatted``); extra columns are ignored.

* ``Mood`` and ``Energy`` readings of the same day and time of day become one check-in:
  a journal entry with pleasantness and energy, mapped as the Daylio importer maps its
  five moods (1–5 → −4, −2, 0, +2, +4; a file with ratings above 5 is read as 1–10 and
  spread over −5…+5). A missing half is neutral (0), as for Daylio. The readings' notes
  are the entry's text.
* Rows of category ``Notes`` (and notes on any other row) become journal entries.
* Exercise readings (category or detail naming exercise) with a duration ("30", "30 min",
  "1h 15m" in rating/amount or detail) become exercise sessions; without one they are
  counted. Every other category (symptoms, sleep, medication, factors…) is counted.

Bearable has no row ids: uids come from the date, time of day, category and text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from resilience_desktop.core.progress import Progress, report as report_progress
from resilience_desktop.services.transfer import incoming
from resilience_desktop.services.reading import values
from resilience_desktop.services.reading.csv_reader import checked_records, raw_records
from resilience_desktop.services.reading.report import ImportFailed, ImportReport
from resilience_desktop.services.reading.textfile import file_size
from resilience_desktop.core.i18n import translate

if TYPE_CHECKING:
    from resilience_desktop.services.transfer.preview_rows import PreviewRow

SOURCE = "bearable"
REQUIRED = ("date", "category", "rating/amount", "detail", "notes")
PARTS_OF_DAY = {"am": time(9), "morning": time(9), "mid": time(13), "midday": time(13),
                "afternoon": time(15), "pm": time(19), "evening": time(19), "night": time(22)}
_DURATION = re.compile(r"(?:(\d+(?:\.\d+)?)\s*h(?:ours?|rs?)?)?\s*(?:(\d+(?:\.\d+)?)\s*m(?:in(?:ute)?s?)?)?",
                       re.IGNORECASE)


def _rows(path: Path, progress: Progress | None) -> Iterator[tuple[str, dict[str, str]]]:
    records = raw_records(path)
    first = next(records, None)
    header = [c.strip().lower() for c in first[1]] if first else []
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise ImportFailed(translate("Resilience", "Line 1: this is not a Bearable export (column \"{missing}\" is missing).").format(missing=missing[0]))
    total = file_size(path)
    for count, (line, cells) in enumerate(checked_records(records, len(header)), start=1):
        if count % 5000 == 0:
            report_progress(progress, min(total, count * 60), total, "Reading the file")
        yield f"Line {line}", {k: (v or "").strip() for k, v in zip(header, cells)}


def _day(row: dict[str, str], where: str) -> date:
    text = row.get("date formatted") or row.get("date") or ""
    try:
        return values.check_date(text[:10])
    except ValueError as error:
        raise ImportFailed(translate("Resilience", "{where}, field \"date\": {error}").format(where=where, error=error)) from None


def _moment(row: dict[str, str], where: str) -> time:
    text = row.get("time of day", "").lower()
    if text in PARTS_OF_DAY or not text or text == "all day":
        return PARTS_OF_DAY.get(text, time(12))
    try:
        return values.check_time(text)
    except ValueError as error:
        raise ImportFailed(translate("Resilience", "{where}, field \"time of day\": {error}").format(where=where, error=error)) from None


def _rating(row: dict[str, str], where: str) -> float:
    try:
        return values.check_real(values.parse_number(row["rating/amount"], "rating"), 0, 10)
    except ValueError as error:
        raise ImportFailed(translate("Resilience", "{where}, field \"rating/amount\": {error}").format(where=where, error=error)) from None


def scaled(value: float, ten_point: bool) -> int:
    """A Bearable rating as −5…+5: 1–5 like Daylio's five moods, 1–10 spread evenly."""
    if ten_point:
        return max(-5, min(5, round((value - 5.5) / 4.5 * 5)))
    return max(-4, min(4, round((value - 3) * 2)))


def minutes_of(text: str) -> int | None:
    """30 / "30 min" / "1h 15m" -> minutes; None when the text holds no duration."""
    text = text.strip()
    if re.fullmatch(r"\d+(\.\d+)?", text):
        return round(float(text))
    for match in _DURATION.finditer(text):
        if match.group(1) or match.group(2):
            return round(float(match.group(1) or 0) * 60 + float(match.group(2) or 0))
    return None


def _is_exercise(row: dict[str, str]) -> bool:
    return "exercise" in row["category"].lower() or row["detail"].lower().startswith("exercise")


def parse_bearable(path: Path, progress: Progress | None = None) -> incoming.Incoming:
    found = incoming.Incoming(SOURCE)
    checkins: dict[tuple[date, time], dict[str, Any]] = {}
    rows = list(_rows(path, progress))
    ten_point = _rated_out_of_ten(rows)
    for where, row in rows:
        _read_row(where, row, ten_point, checkins, found)
    for (day, moment), slot in sorted(checkins.items()):
        _add_checkin(day, moment, slot, found)
    if ten_point:
        found.notes.append("Mood and energy were rated 1–10 in this file: spread over −5…+5.")
    found.entries.sort(key=lambda item: item[2].entry_date)
    return found


def _rated_out_of_ten(rows: list[tuple[str, dict[str, str]]]) -> bool:
    """True when a mood or energy rating above 5 shows the file rates 1–10."""
    return any(r["category"].lower() in ("mood", "energy") and r["rating/amount"]
               and _rating(r, w) > 5 for w, r in rows)


def _read_row(where: str, row: dict[str, str], ten_point: bool,
              checkins: dict[tuple[date, time], dict[str, Any]], found: incoming.Incoming) -> None:
    """One reading: into its day's check-in, an exercise session, a note, or counted."""
    day, moment, category = _day(row, where), _moment(row, where), row["category"].lower()
    if category in ("mood", "energy"):
        slot = checkins.setdefault((day, moment), {"where": where, "notes": []})
        if row["rating/amount"]:
            slot[category] = scaled(_rating(row, where), ten_point)
        if row["notes"]:
            slot["notes"].append(row["notes"])
    elif _is_exercise(row):
        _exercise(row, where, datetime.combine(day, moment), found)
    else:
        _note(row, where, day, category, found)


def _note(row: dict[str, str], where: str, day: date, category: str,
          found: incoming.Incoming) -> None:
    """A row's notes (a Notes row's detail) as an entry; any category but notes is counted."""
    from resilience_desktop.services.journal.entries import EntryInput

    text = row["notes"] or (row["detail"] if category in ("notes", "note") else "")
    if text:
        key = f"note|{day}|{row.get('time of day')}|{text}"
        found.entries.append((where, incoming.stable_uid(SOURCE, key),
                              EntryInput(entry_date=day, title="", body=text,
                                         tags=["Bearable"])))
    if category not in ("notes", "note"):
        found.drop(f"“{row['category'] or 'uncategorised'}” readings")


def _add_checkin(day: date, moment: time, slot: dict[str, Any],
                 found: incoming.Incoming) -> None:
    """One day and time of day's mood and energy as a check-in entry (counted without either)."""
    from resilience_desktop.services.journal.entries import EntryInput

    mood, energy = slot.get("mood"), slot.get("energy")
    if mood is None and energy is None:
        found.drop("Mood/Energy rows without a rating")
        return
    title = f"Bearable check-in ({moment:%H:%M})"
    found.entries.append((slot["where"], incoming.stable_uid(SOURCE, f"checkin|{day}|{moment}"),
                          EntryInput(entry_date=day, title=title, body="\n\n".join(slot["notes"]),
                                     tags=["Bearable"], pleasantness=mood or 0, energy=energy or 0)))


def _exercise(row: dict[str, str], where: str, start: datetime,
              found: incoming.Incoming) -> None:
    from resilience_desktop.services.exercise.mapping import ActivityResolver
    from resilience_desktop.services.exercise.sessions import SessionInput
    from resilience_desktop.services.transfer.daylio_exercise import ExerciseMatcher

    minutes = minutes_of(row["rating/amount"]) or minutes_of(row["detail"])
    if not minutes:
        found.drop("exercise readings without a duration")
        return
    name = re.sub(r"(?i)^exercise\s*:?\s*|\(.*?\)|\d+\s*(h|m|min|mins|minutes)\b", "",
                  row["detail"]).strip()
    activity = ExerciseMatcher().match(name) if name else None
    activity = activity or ActivityResolver().find("Circuit training")
    if activity is None:
        raise ImportFailed(translate("Resilience", "{where}: the catalogue has no “Circuit training” to log it as.").format(where=where))
    found.sessions.append((where, incoming.stable_uid(SOURCE, f"exercise|{start}|{row['detail']}"),
                           SessionInput(started_at=start, activity_id=activity.id,
                                        minutes=minutes,
                                        notes=f"Imported from Bearable ({row['detail'] or 'exercise'}).")))


def import_bearable_file(path: Path, progress: Progress | None = None) -> ImportReport:
    return incoming.write(parse_bearable(path, progress), progress)


def preview_bearable_file(path: Path) -> str:
    return incoming.describe(parse_bearable(path))


def bearable_first_rows(path: Path) -> list[PreviewRow]:
    return incoming.first_rows(parse_bearable(path))
