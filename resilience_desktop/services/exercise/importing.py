"""Import exercise sessions from CSV: Strava's activities.csv or a plain CSV.

Two steps, so the window can show a preview first:
``preview_strava_csv(path)`` / ``preview_exercise_csv(path)`` parse and
validate the whole file in memory and return an ImportPreview (rows to add,
duplicates already saved, bad rows by line number); ``commit_preview``
writes the rows in one transaction. ``import_strava_csv`` and
``import_exercise_csv`` do both for the command line and raise ImportFailed
(nothing saved) when any row is bad.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, UTC
from pathlib import Path

from resilience_desktop.core import clock, date_range
from resilience_desktop.core.db import database
from resilience_desktop.core.models.exercise import Activity, ExerciseSession
from resilience_desktop.services.exercise import bulk as exercise_bulk
from resilience_desktop.services.exercise.mapping import ActivityResolver
from resilience_desktop.services.exercise.sessions import SessionInput
from resilience_desktop.core.models.rows import tuples
from resilience_desktop.services.reading.csv_reader import checked_records, raw_records
from resilience_desktop.services.reading.textfile import StrPath
from resilience_desktop.services.reading.report import ImportFailed, ImportReport
from resilience_desktop.services.reading.values import parse_number
from resilience_desktop.core.i18n import translate
from resilience_desktop.core.log import get_logger

log = get_logger(__name__)
MAX_ERRORS_SHOWN = 10
STRAVA_DATE_FORMAT = "%b %d, %Y, %I:%M:%S %p"
MAX_BYTES = 100_000_000


@dataclass(frozen=True)
class ParsedRow:
    line: int
    started_at: datetime
    activity_id: int
    activity_name: str
    minutes: int
    distance_km: float | None = None
    notes: str = ""

    @property
    def key(self) -> tuple[datetime, int, int]:
        return (self.started_at, self.activity_id, self.minutes)


@dataclass
class ImportPreview:
    source: str  # "Strava" or "CSV"
    rows: list[ParsedRow] = field(default_factory=list)  # will be added
    duplicates: list[ParsedRow] = field(default_factory=list)  # already saved / repeated
    errors: list[str] = field(default_factory=list)  # "line 7: ..."

    @property
    def can_import(self) -> bool:
        return not self.errors and bool(self.rows)

    def error_summary(self) -> str:
        shown = self.errors[:MAX_ERRORS_SHOWN]
        more = len(self.errors) - len(shown)
        return "\n".join(shown + ([f"… and {translate('Resilience', '%n more problems', '%n more problem', more)}."] if more > 0 else []))


# -- reading --------------------------------------------------------------------
def _read_records(path: StrPath) -> list[tuple[int, list[str]]]:
    """[(line number, cells)] for every non-empty record, header included."""
    if not Path(path).exists():
        raise ImportFailed(translate("Resilience", "The file {name} does not exist.").format(name=Path(path).name))
    records = list(raw_records(path, MAX_BYTES))
    if not records:
        raise ImportFailed(translate("Resilience", "The file is empty."))
    return records


def _body(records: list[tuple[int, list[str]]],
          width: int | tuple[int, int]) -> list[tuple[int, list[str]]]:
    """The records after the header, each as wide as the header (see csv_reader)."""
    return list(checked_records(iter(records), width))


def _first_index(header: list[str], name: str) -> int | None:
    """Position of the first column called name (Strava repeats some names)."""
    wanted = name.strip().lower()
    for index, cell in enumerate(header):
        if cell.strip().lower() == wanted:
            return index
    return None


def _cell(cells: list[str], index: int | None) -> str:
    return cells[index].strip() if index is not None and index < len(cells) else ""


def _utc_to_local(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


# -- Strava ---------------------------------------------------------------------
def preview_strava_csv(path: StrPath) -> ImportPreview:
    records = _read_records(path)
    (_, header), body = records[0], records[1:]
    columns = {name: _first_index(header, name) for name in (
        "Activity Date", "Activity Type", "Elapsed Time", "Distance", "Activity Name",
        "Activity Description")}
    missing = [n for n in ("Activity Date", "Activity Type", "Elapsed Time") if columns[n] is None]
    if missing:
        raise ImportFailed("This does not look like Strava's activities.csv: no "
                           + ", ".join(f"“{n}”" for n in missing) + " column on line 1.")
    body = _body(body, len(header))
    resolver = ActivityResolver()
    return _preview_rows("Strava", body,
                         lambda line, cells: _strava_row(line, cells, columns, resolver))


def _strava_row(line: int, cells: list[str], columns: dict[str, int | None],
                resolver: ActivityResolver) -> ParsedRow:
    raw_date = _cell(cells, columns["Activity Date"])
    try:
        started = _utc_to_local(datetime.strptime(raw_date, STRAVA_DATE_FORMAT))
    except ValueError:
        raise ValueError(f"the date “{raw_date}” is not like “Mar 4, 2023, 5:41:16 PM”.") from None
    seconds = _parse_float(_cell(cells, columns["Elapsed Time"]), "elapsed time")
    distance = _cell(cells, columns["Distance"])
    km = _parse_float(distance, "distance") if distance else None
    minutes = _minutes(seconds / 60)
    activity = resolver.for_strava(_cell(cells, columns["Activity Type"]), km, minutes)
    name = _cell(cells, columns["Activity Name"])
    description = _cell(cells, columns["Activity Description"])
    notes = "\n".join(part for part in (name, description) if part)
    return _checked(ParsedRow(line, started, activity.id, activity.name, minutes, km, notes))


# -- plain CSV ------------------------------------------------------------------
PLAIN_COLUMNS = ("date", "activity", "minutes", "notes")


def preview_exercise_csv(path: StrPath) -> ImportPreview:
    records = _read_records(path)
    first = [cell.strip().lower() for cell in records[0][1]]
    if "activity id" in first or "activity date" in first:
        raise ImportFailed(translate("Resilience", "This looks like a Strava export: choose the Strava format instead."))
    positions, body = _plain_layout(records, first)
    resolver = ActivityResolver()
    return _preview_rows("CSV", body,
                         lambda line, cells: _plain_row(line, cells, positions, resolver))


def _plain_layout(records: list[tuple[int, list[str]]], first: list[str]
                  ) -> tuple[dict[str, int | None], list[tuple[int, list[str]]]]:
    """Where each column is, and the rows to read: those after a header naming the
    columns (first: its cells, lower case), else every row, in PLAIN_COLUMNS order."""
    if first and first[0] in ("date", "day", "when"):
        positions = {name: (first.index(name) if name in first else None) for name in PLAIN_COLUMNS}
        missing = [n for n in PLAIN_COLUMNS[:3] if positions[n] is None]
        if missing:
            raise ImportFailed(translate("Resilience", "Line 1: the header needs the columns date, activity and minutes (missing: {missing}).").format(missing=', '.join(missing)))
        return positions, _body(records[1:], len(first))
    in_order: dict[str, int | None] = {name: index for index, name in enumerate(PLAIN_COLUMNS)}
    return in_order, _body(records, (3, len(PLAIN_COLUMNS)))


def _plain_row(line: int, cells: list[str], positions: dict[str, int | None],
               resolver: ActivityResolver) -> ParsedRow:
    started = _plain_datetime(_cell(cells, positions["date"]))
    activity = resolver.by_name(_cell(cells, positions["activity"]))
    minutes = _minutes(_parse_float(_cell(cells, positions["minutes"]), "minutes"))
    notes = _cell(cells, positions["notes"])
    return _checked(ParsedRow(line, started, activity.id, activity.name, minutes, None, notes))


def _plain_datetime(text: str) -> datetime:
    if not text:
        raise ValueError("the date is missing.")
    try:
        moment = datetime.fromisoformat(text.replace("/", "-"))
    except ValueError:
        raise ValueError(f"the date “{text}” is not like 2024-03-05 or 2024-03-05 07:30.") from None
    if len(text) <= 10:  # a date without a time: noon, or now if that is still to come today
        moment = moment.replace(hour=12)
        moment = min(moment, clock.now_to_second()) if moment.date() == clock.today() else moment
    return moment.replace(microsecond=0, tzinfo=None)


# -- shared checks and writing ----------------------------------------------------
def _parse_float(text: str, what: str) -> float:
    """A finite number (inf, NaN and 1e999 refused)."""
    return parse_number(text, what)


def _minutes(value: float) -> int:
    minutes = round(value)
    if not 1 <= minutes <= 1440:
        raise ValueError(f"{value:g} minutes is outside 1–1440.")
    return minutes


def _checked(row: ParsedRow) -> ParsedRow:
    if row.started_at > clock.now_to_second():
        raise ValueError(f"the start {row.started_at:%Y-%m-%d %H:%M} is in the future.")
    date_range.check_moment(row.started_at)
    if row.distance_km is not None and not 0 <= row.distance_km <= 2000:
        raise ValueError(f"the distance {row.distance_km:g} km is outside 0–2000.")
    return row


def _preview_rows(source: str, body: list[tuple[int, list[str]]],
                  parse_row: Callable[[int, list[str]], ParsedRow]) -> ImportPreview:
    """Parse every (line, cells) with parse_row; a ValueError becomes a line-numbered
    problem, duplicates of saved sessions (or of earlier rows) are set aside."""
    preview = ImportPreview(source)
    parsed: list[ParsedRow] = []
    for line, cells in body:
        try:
            parsed.append(parse_row(line, cells))
        except ValueError as error:
            preview.errors.append(f"line {line}: {error}")
    if not parsed and not preview.errors:
        raise ImportFailed(translate("Resilience", "The file has no activities in it."))
    seen = saved_session_keys([row.started_at for row in parsed])
    for row in parsed:
        if row.key in seen:
            preview.duplicates.append(row)
        else:
            seen.add(row.key)
            preview.rows.append(row)
    return preview


def saved_session_keys(starts: list[datetime]) -> set[tuple[datetime, int, int]]:
    """(started_at, activity id, minutes) of the saved sessions between the
    earliest and latest of these start times: what an import must not repeat."""
    if not starts:
        return set()
    low, high = min(starts), max(starts)
    query = (ExerciseSession.select(ExerciseSession.started_at, ExerciseSession.activity,
                                    ExerciseSession.minutes)
             .where(ExerciseSession.started_at.between(low, high)))
    return {(started, activity, minutes) for started, activity, minutes in tuples(query)}


def commit_preview(preview: ImportPreview) -> ImportReport:
    """Write the preview's rows in one transaction (all or nothing)."""
    if preview.errors:
        raise ImportFailed("Some rows cannot be imported:\n" + preview.error_summary())
    sessions = [SessionInput(started_at=r.started_at, activity_id=r.activity_id,
                             minutes=r.minutes, distance_km=r.distance_km, notes=r.notes)
                for r in preview.rows]
    with database.atomic():
        known = {a.id for a in Activity.select(Activity.id)}
        if any(s.activity_id not in known for s in sessions):
            raise ImportFailed(translate("Resilience", "An activity was deleted while the preview was open; try again."))
        added = exercise_bulk.add_sessions(sessions)
    report = ImportReport(added=added, skipped=len(preview.duplicates))
    if preview.duplicates:
        report.notes.append(f"{translate('Resilience', '%n sessions were', '%n session was', len(preview.duplicates))} "
                            "already saved and skipped.")
    log.info("imported %d exercise sessions (%d duplicates)", report.added, report.skipped)
    return report


def _import(preview: ImportPreview) -> ImportReport:
    if preview.errors:
        raise ImportFailed(f"{translate('Resilience', '%n rows', '%n row', len(preview.errors))} cannot be imported:\n"
                           + preview.error_summary())
    return commit_preview(preview)


def import_strava_csv(path: StrPath) -> ImportReport:
    return _import(preview_strava_csv(path))


def import_exercise_csv(path: StrPath) -> ImportReport:
    return _import(preview_exercise_csv(path))


def preview_csv(path: StrPath) -> ImportPreview:
    """Preview either format, telling Strava's activities.csv apart by its header."""
    first = _read_records(path)[0][1]
    header = {cell.strip().lower() for cell in first}
    if {"activity date", "activity type"} <= header:
        return preview_strava_csv(path)
    return preview_exercise_csv(path)
