"""Import jrnl's JSON export: {"entries": [{title, body, date, time, tags, starred}, ...]}.

Tags lose jrnl's "@" prefix; a starred entry gets the tag "starred". jrnl lets
people date entries ahead (plans, reminders): those import as they are, and
the report says how many there were.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from resilience_desktop.core import clock
from resilience_desktop.core.progress import Progress
from resilience_desktop.services.reading import values
from resilience_desktop.services.transfer.entries import describe, save_all, unique_tags
from resilience_desktop.services.reading.report import ImportFailed, ImportReport
from resilience_desktop.services.reading.textfile import read_text
from resilience_desktop.core.i18n import translate

if TYPE_CHECKING:
    from resilience_desktop.services.journal.entries import EntryInput


def _refuse_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not allowed in JSON")


def _load(path: Path) -> list[Any]:
    text = read_text(path)
    try:
        document = json.loads(text, parse_constant=_refuse_constant)
    except ValueError as error:
        line = getattr(error, "lineno", None)
        raise ImportFailed(translate("Resilience", "The file is not valid JSON ({error}).").format(error=f'line {line}' if line else error)) \
            from error
    except RecursionError as error:
        raise ImportFailed(translate("Resilience", "The file is nested too deeply to be a jrnl export.")) from error
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        raise ImportFailed(translate("Resilience", "This is not a jrnl JSON export (field \"entries\" is missing)."))
    entries: list[Any] = document["entries"]
    return entries


def _field(item: dict[str, Any], name: str, where: str, default: object = "") -> str:
    value = item.get(name, default)
    if not isinstance(value, str):
        raise ImportFailed(translate("Resilience", "{where}, field \"{name}\": expected text.").format(where=where, name=name))
    try:
        return values.check_text(value)
    except ValueError as error:
        raise ImportFailed(translate("Resilience", "{where}, field \"{name}\": {error}").format(where=where, name=name, error=error)) from None


def _entry(item: object, where: str) -> EntryInput:
    from resilience_desktop.services.journal.entries import EntryInput

    if not isinstance(item, dict):
        raise ImportFailed(translate("Resilience", "{where}: expected an object.").format(where=where))
    try:
        day = values.check_date(_field(item, "date", where).strip())
    except ValueError as error:
        raise ImportFailed(translate("Resilience", "{where}, field \"date\": {error}").format(where=where, error=error)) from None
    moment = _field(item, "time", where).strip()
    if moment:
        try:
            values.check_time(moment)
        except ValueError as error:
            raise ImportFailed(translate("Resilience", "{where}, field \"time\": {error}").format(where=where, error=error)) from None
    tags = item.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise ImportFailed(translate("Resilience", "{where}, field \"tags\": expected a list of text.").format(where=where))
    names = [t.lstrip("@").replace(",", " ") for t in tags]
    if item.get("starred") is True:
        names.append("starred")
    return EntryInput(entry_date=day, title=_field(item, "title", where).strip(),
                      body=_field(item, "body", where).strip(), tags=unique_tags(names))


def parse_jrnl(path: Path) -> list[tuple[str, EntryInput]]:
    return [(f"Entry {number}", _entry(item, f"Entry {number}"))
            for number, item in enumerate(_load(path), start=1)]


def _dated_ahead(entries: list[tuple[str, EntryInput]]) -> int:
    now = clock.today()
    return sum(1 for _where, entry in entries if entry.entry_date > now)


def import_jrnl_file(path: Path, progress: Progress | None = None) -> ImportReport:
    entries = parse_jrnl(path)
    report = save_all(entries, allow_future=True, progress=progress)
    ahead = _dated_ahead(entries)
    if ahead:
        report.notes.append(f"{translate('Resilience', '%n entries are', '%n entry is', ahead)} dated ahead "
                            "(after today); they were imported with their own dates.")
    return report


def preview_jrnl_file(path: Path) -> str:
    entries = parse_jrnl(path)
    ahead = _dated_ahead(entries)
    note = f" {translate('Resilience', '%n entries are', '%n entry is', ahead)} dated ahead." if ahead else ""
    return describe(entries) + note
