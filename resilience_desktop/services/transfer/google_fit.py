"""Import Google Takeout's Fit data: the ``Fit`` folder, the Takeout zip, or one file of it.

* Per-activity ``.tcx`` files (``Fit/Activities/…``) become exercise sessions: the
  activity's ``Sport`` (or, for "Other", the activity word in the file name such as
  ``_WALKING``) mapped to the MET catalogue, the laps' ``TotalTimeSeconds`` and
  ``DistanceMeters`` summed, the start (``Id``, UTC) shown in this computer's time zone.
  The uid comes from ``Id`` and the sport. GPS tracks are counted, not kept.
* The daily activity metrics CSV (``Date``, ``Move Minutes count``, ``Heart Minutes``,
  steps, per-activity durations…) is checked row by row. Each day's Heart Minutes are
  kept as Google counts them (services/exercise/heart_minutes.py: shown beside the
  guideline meter, never added to it — the meter counts the sessions' MET minutes). The
  other daily totals are counted, not kept; the per-activity durations do not become
  sessions: they would double the .tcx sessions.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.etree.ElementTree import Element, ParseError, fromstring

from resilience_desktop.core.progress import Progress, report as report_progress
from resilience_desktop.services.exercise.heart_minutes import HeartMinutesInput, check_minutes
from resilience_desktop.services.transfer import incoming
from resilience_desktop.services.reading import values
from resilience_desktop.services.reading.csv_reader import csv_problem
from resilience_desktop.services.transfer.archive import is_zip, local_naive, open_zip, read_member
from resilience_desktop.services.reading.report import ImportFailed, ImportReport
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from resilience_desktop.services.exercise.mapping import ActivityResolver
    from resilience_desktop.services.transfer.preview_rows import PreviewRow

SOURCE = "google-fit"
FALLBACK = QT_TRANSLATE_NOOP("Resilience", "Circuit training")
_NS = "{http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2}"
# a TCX Sport or file-name activity word (lower case) -> Strava-like type or catalogue name
SPORTS = {"running": "run", "biking": "ride", "cycling": "ride", "walking": "walk",
          "hiking": "hike", "swimming": QT_TRANSLATE_NOOP("Resilience", "Swimming laps, slow"), "yoga": QT_TRANSLATE_NOOP("Resilience", "Yoga, Hatha"),
          "strength": QT_TRANSLATE_NOOP("Resilience", "Resistance training"), "weightlifting": QT_TRANSLATE_NOOP("Resilience", "Resistance training"),
          "pilates": QT_TRANSLATE_NOOP("Resilience", "Pilates"), "dancing": QT_TRANSLATE_NOOP("Resilience", "Dancing, general"), "basketball": QT_TRANSLATE_NOOP("Resilience", "Basketball, general"),
          "jogging": QT_TRANSLATE_NOOP("Resilience", "Jogging"), "stretching": QT_TRANSLATE_NOOP("Resilience", "Stretching")}
METRICS_COLUMNS = (QT_TRANSLATE_NOOP("Resilience", "Date"),)


def _members(path: Path) -> list[tuple[str, bytes]]:
    """(name, content) of every .tcx and .csv file in the folder, zip or single file."""
    if path.is_dir():
        return [(str(p.relative_to(path)), p.read_bytes()) for p in sorted(path.rglob("*"))
                if p.suffix.lower() in (".tcx", ".csv") and p.is_file()]
    if not is_zip(path):
        return [(path.name, path.read_bytes())]
    with open_zip(path) as archive:
        return [(n, read_member(archive, n)) for n in sorted(archive.namelist())
                if n.lower().endswith((".tcx", ".csv"))]


def _text(child: Element, name: str) -> str:
    found = child.find(_NS + name)
    return (found.text or "").strip() if found is not None else ""


def _sport(activity: Element, name: str) -> str:
    sport = (activity.get("Sport") or "").lower()
    if sport in SPORTS:
        return SPORTS[sport]
    for word in re.findall(r"[a-z]+", Path(name).stem.lower()):
        if word in SPORTS:
            return SPORTS[word]
    return ""


def _tcx(name: str, raw: bytes, resolver: ActivityResolver, found: incoming.Incoming) -> None:
    document = _tcx_document(name, raw)
    activities = document.findall(f"{_NS}Activities/{_NS}Activity")
    if document.tag != _NS + "TrainingCenterDatabase":
        raise ImportFailed(translate("Resilience", "{name} is not a TCX activity file.").format(name=name))
    for number, activity in enumerate(activities, start=1):
        _activity(f"{name}, activity {number}", name, activity, resolver, found)


def _tcx_document(name: str, raw: bytes) -> Element:
    try:
        return fromstring(raw)
    except ParseError as error:
        raise ImportFailed(translate("Resilience", "{name}: not complete, well-formed XML (line {position}); it may be cut off.").format(name=name, position=error.position[0])) from None
    except LookupError as error:  # an encoding the XML declaration names but Python lacks
        raise ImportFailed(translate("Resilience", "{name} is damaged ({error}).").format(name=name, error=error)) from None


def _activity(where: str, name: str, activity: Element, resolver: ActivityResolver,
              found: incoming.Incoming) -> None:
    """One TCX activity as a session: its start, its laps' time and distance summed."""
    from resilience_desktop.services.exercise.sessions import SessionInput

    stamp = _text(activity, "Id")
    start = _start(where, stamp)
    laps = activity.findall(_NS + "Lap")
    seconds, meters = _lap_totals(where, laps)
    minutes = max(1, round(seconds / 60))
    km = round(meters / 1000, 3) if meters > 0 else None
    target = _sport(activity, name)
    if not target:
        found.notes.append(f"{where}: activity “{activity.get('Sport')}” is not in the "
                           f"catalogue; logged as {FALLBACK}.")
    try:
        chosen = resolver.for_strava(target or FALLBACK, km, minutes)
    except ValueError as error:
        raise ImportFailed(f"{where}: {error}") from None
    found.drop("GPS tracks", sum(1 for lap in laps if lap.find(_NS + "Track") is not None))
    uid = incoming.stable_uid(SOURCE, f"tcx|{stamp}|{activity.get('Sport')}")
    found.sessions.append((where, uid, SessionInput(
        started_at=start, activity_id=chosen.id, minutes=min(minutes, 1440), distance_km=km,
        notes=f"Imported from Google Fit ({activity.get('Sport') or 'activity'}).")))


def _start(where: str, stamp: str) -> datetime:
    """The activity's <Id> (UTC) as this computer's local time."""
    try:
        start = local_naive(datetime.fromisoformat(stamp.replace("Z", "+00:00")), None)
        values.check_datetime(start.isoformat(sep=" "))
    except ValueError as error:
        raise ImportFailed(translate("Resilience", "{where}, <Id>: “{stamp}” is not a start time ({error}).").format(where=where, stamp=stamp[:40], error=error)) from None
    return start


def _lap_totals(where: str, laps: list[Element]) -> tuple[float, float]:
    """The laps' seconds and metres, summed."""
    try:
        seconds = sum(values.parse_number(_text(lap, "TotalTimeSeconds") or "0", "lap time")
                      for lap in laps)
        meters = sum(values.parse_number(_text(lap, "DistanceMeters") or "0", "distance")
                     for lap in laps)
    except ValueError as error:
        raise ImportFailed(f"{where}: {error}") from None
    return seconds, meters


def _metrics(name: str, raw: bytes, found: incoming.Incoming, alone: bool = False) -> None:
    """The daily metrics CSV: every row's date and Heart Minutes checked, days counted."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportFailed(translate("Resilience", "{name} is not UTF-8 text.").format(name=name)) from None
    reader = csv.reader(io.StringIO(text))
    rows = _rows(name, reader)
    header = [cell.strip() for cell in next(rows, [])]
    if "Date" not in header:
        if alone:
            raise ImportFailed(translate("Resilience", "{name}, line 1: this is not Google Fit's daily activity metrics CSV (column \"Date\" is missing).").format(name=name))
        found.drop("other Fit CSV files (per-day detail)")
        return
    heart, days = _metric_days(name, reader, rows, header, found)
    found.drop("days of daily metrics (move minutes, steps, per-activity totals)", days)
    if found.heart_minutes:
        found.notes.append(f"Heart Minutes as Google counts them: {heart:,} over "
                           f"{len(found.heart_minutes)} days (shown beside the guideline meter, "
                           "not added to it: the meter counts your sessions' MET minutes).")


def _rows(name: str, reader: Any) -> Iterator[list[str]]:
    """reader's rows; a file the csv module cannot read (a stray carriage return inside a
    field, say) is a plain ImportFailed naming the file and line, not a traceback."""
    while True:
        try:
            yield next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise ImportFailed(f"{name}: {csv_problem(max(reader.line_num, 1), error)}") from None


def _metric_days(name: str, reader: Any, rows: Iterator[list[str]], header: list[str],
                 found: incoming.Incoming) -> tuple[int, int]:
    """Each day's Heart Minutes into found; (Heart Minutes, days) read."""
    heart, days = 0, 0
    for cells in rows:
        if not any(cells):
            continue
        where = f"{name}, line {reader.line_num}"
        row = dict(zip(header, cells))
        try:
            day = values.check_date((row.get("Date") or "").strip())
            minutes = _heart_minutes(row)
        except ValueError as error:
            raise ImportFailed(f"{where}: {error}") from None
        days += 1
        if minutes is not None:
            heart += minutes
            found.heart_minutes.append((where, incoming.stable_uid(SOURCE, f"heart|{day}"),
                                        HeartMinutesInput(day, minutes, SOURCE)))
    return heart, days


def _heart_minutes(row: dict[str, str]) -> int | None:
    """The row's Heart Minutes (older exports: Heart Points), None when the cell is empty."""
    cell = (row.get("Heart Minutes") or row.get("Heart Points") or "").strip()
    return check_minutes(values.parse_number(cell, "Heart Minutes")) if cell else None


def parse_google_fit(path: Path, progress: Progress | None = None) -> incoming.Incoming:
    from resilience_desktop.services.exercise.mapping import ActivityResolver

    found, resolver = incoming.Incoming(SOURCE), ActivityResolver()
    members = _members(path)
    if not any(n.lower().endswith(".tcx") or n.lower().endswith(".csv") for n, _r in members):
        raise ImportFailed(translate("Resilience", "{name} holds no .tcx activity or daily metrics CSV: this is not Google Fit's Takeout export.").format(name=path.name))
    for number, (name, raw) in enumerate(members, start=1):
        if name.lower().endswith(".tcx"):
            _tcx(name, raw, resolver, found)
        else:
            _metrics(name, raw, found, alone=len(members) == 1)
        report_progress(progress, number, len(members), "Reading the Fit files")
    _keep_last_count_per_day(found)
    if not found.sessions and not found.dropped:
        raise ImportFailed(translate("Resilience", "{name}: nothing Google Fit exports was found in it.").format(name=path.name))
    found.sessions.sort(key=lambda row: row[2].started_at)
    return found


def _keep_last_count_per_day(found: incoming.Incoming) -> None:
    """One count a day: a day in two metrics files (two Takeouts unpacked together) keeps
    the later file's count, as Google recounts the day an export was made."""
    by_day = {item.day: (where, uid, item) for where, uid, item in found.heart_minutes}
    found.heart_minutes = sorted(by_day.values(), key=lambda row: row[2].day)


def import_google_fit_file(path: Path, progress: Progress | None = None) -> ImportReport:
    return incoming.write(parse_google_fit(path, progress), progress)


def preview_google_fit_file(path: Path) -> str:
    return incoming.describe(parse_google_fit(path))


def google_fit_first_rows(path: Path) -> list[PreviewRow]:
    return incoming.first_rows(parse_google_fit(path))
