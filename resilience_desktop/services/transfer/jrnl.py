"""Import jrnl's JSON export: {"entries": [{title, body, date, time, tags, starred}, ...]}.

Tags lose jrnl's "@" prefix; a starred entry gets the tag "starred". jrnl lets
people date entries ahead (plans, reminders): those import as they are, and
the report says how many there were.
"""

from __future__ import annotations

import json
from pathlib import Path

from resilience_desktop.core import clock
from resilience_desktop.core.progress import Progress
from resilience_desktop.services.transfer import values
from resilience_desktop.services.transfer.entries import describe, save_all, unique_tags
from resilience_desktop.services.transfer.report import ImportFailed, ImportReport
from resilience_desktop.services.transfer.textfile import read_text
from resilience_desktop.services.wording import count_of


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not allowed in JSON")


def _load(path: Path) -> list:
    text = read_text(path)
    try:
        document = json.loads(text, parse_constant=_refuse_constant)
    except ValueError as error:
        line = getattr(error, "lineno", None)
        raise ImportFailed(f"The file is not valid JSON ({f'line {line}' if line else error}).") \
            from error
    except RecursionError as error:
        raise ImportFailed("The file is nested too deeply to be a jrnl export.") from error
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        raise ImportFailed("This is not a jrnl JSON export (field \"entries\" is missing).")
    return document["entries"]


def _field(item: dict, name: str, where: str, default=""):
    value = item.get(name, default)
    if not isinstance(value, str):
        raise ImportFailed(f"{where}, field \"{name}\": expected text.")
    try:
        return values.check_text(value)
    except ValueError as error:
        raise ImportFailed(f"{where}, field \"{name}\": {error}") from None


def _entry(item, where: str):
    from resilience_desktop.services.journal.entries import EntryInput

    if not isinstance(item, dict):
        raise ImportFailed(f"{where}: expected an object.")
    try:
        day = values.check_date(_field(item, "date", where).strip())
    except ValueError as error:
        raise ImportFailed(f"{where}, field \"date\": {error}") from None
    moment = _field(item, "time", where).strip()
    if moment:
        try:
            values.check_time(moment)
        except ValueError as error:
            raise ImportFailed(f"{where}, field \"time\": {error}") from None
    tags = item.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise ImportFailed(f"{where}, field \"tags\": expected a list of text.")
    names = [t.lstrip("@").replace(",", " ") for t in tags]
    if item.get("starred") is True:
        names.append("starred")
    return EntryInput(entry_date=day, title=_field(item, "title", where).strip(),
                      body=_field(item, "body", where).strip(), tags=unique_tags(names))


def parse_jrnl(path: Path) -> list:
    return [(f"Entry {number}", _entry(item, f"Entry {number}"))
            for number, item in enumerate(_load(path), start=1)]


def _dated_ahead(entries) -> int:
    now = clock.today()
    return sum(1 for _where, entry in entries if entry.entry_date > now)


def import_jrnl_file(path: Path, progress: Progress | None = None) -> ImportReport:
    entries = parse_jrnl(path)
    report = save_all(entries, allow_future=True, progress=progress)
    ahead = _dated_ahead(entries)
    if ahead:
        report.notes.append(f"{count_of(ahead, 'entry is', 'entries are')} dated ahead "
                            "(after today); they were imported with their own dates.")
    return report


def preview_jrnl_file(path: Path) -> str:
    entries = parse_jrnl(path)
    ahead = _dated_ahead(entries)
    note = f" {count_of(ahead, 'entry is', 'entries are')} dated ahead." if ahead else ""
    return describe(entries) + note
