"""Import jrnl's JSON export: {"entries": [{title, body, date, time, tags, starred}, ...]}.

Tags lose jrnl's "@" prefix; a starred entry gets the tag "starred".
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from resilience_desktop.services.transfer.report import ImportFailed, ImportReport
from resilience_desktop.services.transfer.entries import describe, save_all


def _load(path: Path) -> list:
    try:
        document = json.loads(Path(path).read_text(encoding="utf-8"))
    except UnicodeDecodeError as error:
        raise ImportFailed(f"The file is not UTF-8 text (byte {error.start}).") from error
    except OSError as error:
        raise ImportFailed(f"The file cannot be read: {error.strerror}.") from error
    except ValueError as error:
        raise ImportFailed(f"The file is not valid JSON (line {getattr(error, 'lineno', '?')}).") from error
    except RecursionError as error:
        raise ImportFailed("The file is nested too deeply to be a jrnl export.") from error
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        raise ImportFailed("This is not a jrnl JSON export (field \"entries\" is missing).")
    return document["entries"]


def _field(item: dict, name: str, where: str, default=""):
    value = item.get(name, default)
    if not isinstance(value, str):
        raise ImportFailed(f"{where}, field \"{name}\": expected text.")
    return value


def parse_jrnl(path: Path) -> list:
    from resilience_desktop.services.journal.entries import EntryInput, parse_tags

    entries = []
    for number, item in enumerate(_load(path), start=1):
        where = f"Entry {number}"
        if not isinstance(item, dict):
            raise ImportFailed(f"{where}: expected an object.")
        try:
            day = date.fromisoformat(_field(item, "date", where))
        except ValueError as error:
            raise ImportFailed(f"{where}, field \"date\": not a date like 2024-05-31.") from error
        tags = item.get("tags", [])
        if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
            raise ImportFailed(f"{where}, field \"tags\": expected a list of text.")
        names = [t.lstrip("@").replace(",", " ") for t in tags]
        if item.get("starred") is True:
            names.append("starred")
        entries.append((where, EntryInput(entry_date=day, title=_field(item, "title", where).strip(),
                                          body=_field(item, "body", where).strip(),
                                          tags=parse_tags(", ".join(names)))))
    return entries


def import_jrnl_file(path: Path) -> ImportReport:
    return save_all(parse_jrnl(path))


def preview_jrnl_file(path: Path) -> str:
    return describe(parse_jrnl(path))
