"""Import Apple Health's export: ``export.zip`` or the ``export.xml`` inside it.

The XML is often several GB, so it is read as a stream (``iterparse``), each top-level
element cleared once handled; memory holds only what is imported. ``Workout`` elements
become exercise sessions in both forms Apple has written: older ones carry
``totalDistance``/``totalDistanceUnit`` attributes, newer ones ``WorkoutStatistics``
children (``HKQuantityTypeIdentifierDistance…`` with ``sum`` and ``unit``).
``workoutActivityType`` is mapped to the MET catalogue (WORKOUT_TYPES; walks, runs and
rides refined by speed as for Strava); types not in the table become "Circuit training"
and are named in the report. ``HKCategoryTypeIdentifierMindfulSession`` records become
calm practice sessions (meditation). Every other record (steps, heart rate…) and the
energy burned (the app computes it from MET) are counted, not kept.

Times like ``2025-03-01 08:30:12 +0100`` are kept as the wall-clock time they show.
Apple has no record ids: a row's uid is derived from its type, start, end and source.
"""

from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING
from xml.etree.ElementTree import Element, ParseError, iterparse

from resilience_desktop.core.progress import Progress, report as report_progress
from resilience_desktop.services.transfer import incoming
from resilience_desktop.services.reading import values
from resilience_desktop.services.transfer.archive import is_zip, open_zip
from resilience_desktop.services.reading.report import ImportFailed, ImportReport
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from resilience_desktop.services.exercise.mapping import ActivityResolver
    from resilience_desktop.services.transfer.preview_rows import PreviewRow

SOURCE = "apple-health"
MINDFUL = "HKCategoryTypeIdentifierMindfulSession"
FALLBACK = QT_TRANSLATE_NOOP("Resilience", "Circuit training")
# workoutActivityType without "HKWorkoutActivityType" -> Strava-like type or catalogue name
WORKOUT_TYPES = {
    "Walking": "walk", "Running": "run", "Cycling": "ride", "Hiking": "hike",
    "Swimming": QT_TRANSLATE_NOOP("Resilience", "Swimming laps, slow"), "Yoga": QT_TRANSLATE_NOOP("Resilience", "Yoga, Hatha"), "MindAndBody": QT_TRANSLATE_NOOP("Resilience", "Yoga, Hatha"),
    "Pilates": QT_TRANSLATE_NOOP("Resilience", "Pilates"), "Flexibility": QT_TRANSLATE_NOOP("Resilience", "Stretching"), "Cooldown": QT_TRANSLATE_NOOP("Resilience", "Stretching"),
    "TraditionalStrengthTraining": QT_TRANSLATE_NOOP("Resilience", "Resistance training"),
    "FunctionalStrengthTraining": QT_TRANSLATE_NOOP("Resilience", "Resistance training"),
    "HighIntensityIntervalTraining": QT_TRANSLATE_NOOP("Resilience", "Circuit training"), "CrossTraining": QT_TRANSLATE_NOOP("Resilience", "Circuit training"),
    "MixedCardio": QT_TRANSLATE_NOOP("Resilience", "Circuit training"), "CoreTraining": QT_TRANSLATE_NOOP("Resilience", "Circuit training"),
    "Dance": QT_TRANSLATE_NOOP("Resilience", "Dancing, general"), "SocialDance": QT_TRANSLATE_NOOP("Resilience", "Dancing, general"),
    "CardioDance": QT_TRANSLATE_NOOP("Resilience", "Dancing, general"), "Basketball": QT_TRANSLATE_NOOP("Resilience", "Basketball, general"),
}
_MINUTES_PER = {"min": 1, "s": 1 / 60, "sec": 1 / 60, "h": 60, "hr": 60}
_KM_PER = {"km": 1.0, "m": 0.001, "mi": 1.609344, "yd": 0.0009144}
TIME_FORMAT = "%Y-%m-%d %H:%M:%S %z"


class _Counting:
    """A binary stream that counts the bytes read (for progress)."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream, self.done = stream, 0

    def read(self, size: int = -1) -> bytes:
        chunk = self.stream.read(size)
        self.done += len(chunk)
        return chunk


def _open(path: Path) -> tuple[IO[bytes], int]:
    """(binary stream of export.xml, its size)."""
    if not is_zip(path):
        return open(path, "rb"), path.stat().st_size
    archive = open_zip(path)
    names = [n for n in archive.namelist() if n.rsplit("/", 1)[-1] == "export.xml"]
    if not names:
        raise ImportFailed(translate("Resilience", "{name} holds no export.xml: this is not Apple Health's export.zip.").format(name=path.name))
    return archive.open(names[0]), archive.getinfo(names[0]).file_size


def _moment(element: Element, name: str, where: str) -> datetime:
    text = element.get(name) or ""
    try:
        moment = datetime.strptime(text.strip(), TIME_FORMAT).replace(tzinfo=None)
        return values.check_datetime(moment.isoformat(sep=" "))
    except ValueError as error:
        reason = error if "1900" in str(error) else (
            f"“{text[:40]}” is not a time like 2025-03-01 08:30:12 +0100.")
        raise ImportFailed(translate("Resilience", "{where}, attribute \"{name}\": {reason}").format(where=where, name=name, reason=reason)) from None


def _number(text: str | None, what: str, where: str) -> float:
    try:
        return values.parse_number(text or "", what)
    except ValueError as error:
        raise ImportFailed(f"{where}: {error}") from None


def _distance_km(workout: Element, where: str) -> float | None:
    amount, unit = workout.get("totalDistance"), workout.get("totalDistanceUnit")
    if amount is None:  # the newer form: a WorkoutStatistics child
        for stat in workout.iter("WorkoutStatistics"):
            if "Distance" in (stat.get("type") or "") and stat.get("sum") is not None:
                amount, unit = stat.get("sum"), stat.get("unit")
                break
    if amount is None:
        return None
    if unit not in _KM_PER:
        raise ImportFailed(translate("Resilience", "{where}: unknown distance unit “{unit}”.").format(where=where, unit=str(unit)[:20]))
    return round(_number(amount, "distance", where) * _KM_PER[unit], 3)


def _workout(element: Element, where: str, resolver: ActivityResolver, found: _Found) -> None:
    from resilience_desktop.services.exercise.sessions import SessionInput

    kind = (element.get("workoutActivityType") or "").removeprefix("HKWorkoutActivityType")
    minutes = _workout_minutes(element, where)
    km = _distance_km(element, where)
    target = _catalogue_target(kind, found)
    try:
        activity = resolver.for_strava(target or FALLBACK, km, minutes)
    except ValueError as error:
        raise ImportFailed(f"{where}: {error}") from None
    found.drop("energy-burned values (the app computes energy from MET)",
               1 if _has_energy_burned(element) else 0)
    start = _moment(element, "startDate", where)
    source = element.get("sourceName") or ""
    uid = incoming.stable_uid(SOURCE, f"workout|{kind}|{element.get('startDate')}|"
                                      f"{element.get('endDate')}|{source}")
    notes = f"Imported from Apple Health ({kind or 'workout'}{', ' + source if source else ''})."
    found.sessions.append((where, uid, SessionInput(started_at=start, activity_id=activity.id,
                                                    minutes=min(minutes, 1440), distance_km=km,
                                                    notes=notes)))


def _catalogue_target(kind: str, found: _Found) -> str | None:
    """The Strava-like type or catalogue name of a workoutActivityType; None (and
    counted in found.unmapped) for one not in WORKOUT_TYPES."""
    target = WORKOUT_TYPES.get(kind)
    if target is None:
        found.unmapped[kind or "(none)"] = found.unmapped.get(kind or "(none)", 0) + 1
    return target


def _workout_minutes(element: Element, where: str) -> int:
    """The workout's duration in whole minutes (at least 1), from its durationUnit."""
    unit = element.get("durationUnit") or "min"
    if unit not in _MINUTES_PER:
        raise ImportFailed(translate("Resilience", "{where}: unknown duration unit “{unit}”.").format(where=where, unit=unit[:20]))
    return max(1, round(_number(element.get("duration"), "duration", where) * _MINUTES_PER[unit]))


def _has_energy_burned(element: Element) -> bool:
    """True when the workout carries energy burned (an attribute or a statistic)."""
    return bool(element.get("totalEnergyBurned") or any(
        "Energy" in (s.get("type") or "") for s in element.iter("WorkoutStatistics")))


def _mindful(element: Element, where: str, found: incoming.Incoming) -> None:
    from resilience_desktop.services.calm.sessions import PracticeInput

    start, end = _moment(element, "startDate", where), _moment(element, "endDate", where)
    seconds = (end - start).total_seconds()
    if seconds < 0:
        raise ImportFailed(translate("Resilience", "{where}: it ends before it starts.").format(where=where))
    uid = incoming.stable_uid(SOURCE, f"mindful|{element.get('startDate')}|"
                                      f"{element.get('endDate')}|{element.get('sourceName')}")
    found.practices.append((where, uid, PracticeInput(
        kind="meditation", name="Mindful session (Apple Health)", started_at=start,
        actual_seconds=seconds, notes=f"Imported from Apple Health "
                                      f"({element.get('sourceName') or 'unknown app'}).")))


def _record(element: Element, where: str, found: incoming.Incoming) -> None:
    kind = element.get("type") or ""
    if kind == MINDFUL:
        _mindful(element, where, found)
        return
    short = kind.removeprefix("HKQuantityTypeIdentifier").removeprefix("HKCategoryTypeIdentifier")
    found.drop(f"{short or 'untyped'} records")


class _Found(incoming.Incoming):
    def __init__(self) -> None:
        super().__init__(SOURCE)
        self.unmapped: dict[str, int] = {}


def parse_apple_health(path: Path, progress: Progress | None = None) -> incoming.Incoming:
    from resilience_desktop.services.exercise.mapping import ActivityResolver

    found, resolver = _Found(), ActivityResolver()
    stream, total = _open(path)
    counted = _Counting(stream)
    try:
        with stream:
            root = _read_elements(path, counted, total, resolver, found, progress)
    except ParseError as error:
        raise ImportFailed(translate("Resilience", "export.xml is not complete, well-formed XML (line {position}): it may be cut off.").format(position=error.position[0])) from None
    except (zipfile.BadZipFile, EOFError, LookupError) as error:  # LookupError: an unknown
        raise ImportFailed(translate("Resilience", "{name} is damaged ({error}).").format(name=path.name, error=error)) from None
    if root is None:
        raise ImportFailed(translate("Resilience", "{name} is empty.").format(name=path.name))
    for kind, count in sorted(found.unmapped.items()):
        found.notes.append(f"{count} “{kind}” workouts are not in the catalogue: logged as "
                           f"{FALLBACK}.")
    return found


def _read_elements(path: Path, counted: _Counting, total: int, resolver: ActivityResolver,
                   found: _Found, progress: Progress | None) -> Element | None:
    """Each top-level element handled when it ends, then cleared with everything before
    it (memory holds only what is imported); the root, None for an empty file."""
    depth, root, number = 0, None, 0
    for event, element in iterparse(counted, events=("start", "end")):
        if event == "start":
            depth += 1
            if root is None:
                root = _checked_root(element, path)
            continue
        depth -= 1
        if depth != 1 or root is None:  # (the root is set by the first start)
            continue
        number += 1
        where = f"export.xml, <{element.tag}> number {number}"
        if element.tag == "Workout":
            _workout(element, where, resolver, found)
        elif element.tag == "Record":
            _record(element, where, found)
        root.clear()  # the handled element and everything before it
        if number % 20000 == 0:
            report_progress(progress, counted.done, total, "Reading export.xml")
    return root


def _checked_root(element: Element, path: Path) -> Element:
    if element.tag != "HealthData":
        raise ImportFailed(translate("Resilience", "{name} is not an Apple Health export (it starts with <{tag}>).").format(name=path.name, tag=element.tag[:40]))
    return element


def import_apple_health_file(path: Path, progress: Progress | None = None) -> ImportReport:
    return incoming.write(parse_apple_health(path, progress), progress)


def preview_apple_health_file(path: Path) -> str:
    return incoming.describe(parse_apple_health(path))


def apple_health_first_rows(path: Path) -> list[PreviewRow]:
    return incoming.first_rows(parse_apple_health(path))
