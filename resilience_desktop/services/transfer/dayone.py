"""Import Day One's JSON export: a zip holding one ``<Journal name>.json`` per journal
(``{"metadata": …, "entries": [...]}``) plus photos/, audios/… (or one such .json alone).

Each entry becomes a journal entry dated in its own ``timeZone`` (23:30 UTC in Berlin is
the next day), its text with Day One's Markdown backslash escapes (``\\.`` ``\\!`` ``\\-``)
removed, its ``tags`` plus the journal's name as tags ("starred" when starred). Photo,
audio, video and PDF references (``![](dayone-moment://…)``) are removed from the text and
counted, as are locations and weather. The uid is derived from Day One's ``uuid``, so a
second import of the same export adds nothing. Field mapping: docs/import-formats.md.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from resilience_desktop.core.progress import Progress, report as report_progress
from resilience_desktop.services.transfer import incoming
from resilience_desktop.services.reading import values
from resilience_desktop.services.transfer.archive import (is_zip, load_json, local_naive,
                                                          open_zip, read_member, zone)
from resilience_desktop.services.transfer.entries import unique_tags
from resilience_desktop.services.reading.report import ImportFailed, ImportReport
from resilience_desktop.services.reading.textfile import read_text
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from resilience_desktop.services.journal.entries import EntryInput
    from resilience_desktop.services.transfer.preview_rows import PreviewRow

SOURCE = "dayone"
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~=:])")
_MOMENT_IMAGE = re.compile(r"!\[[^\]]*\]\(dayone-moment:/*[^)]*\)")
_MOMENT = re.compile(r"dayone-moment:/*[^\s)]*")
ATTACHMENTS = (("photos", "photos"), ("videos", "videos"), ("audios", QT_TRANSLATE_NOOP("Resilience", "audio recordings")),
               ("pdfAttachments", QT_TRANSLATE_NOOP("Resilience", "PDF attachments")))


def clean_text(text: str) -> tuple[str, int]:
    """(text without moment references and escapes, how many references were removed)."""
    removed = len(_MOMENT_IMAGE.findall(text))
    text = _MOMENT_IMAGE.sub("", text)
    removed += len(_MOMENT.findall(text))
    text = _MOMENT.sub("", text)
    text = _ESCAPE.sub(r"\1", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip(), removed


def _journals(path: Path) -> list[tuple[str, dict[str, Any]]]:
    """(journal name, document) for every journal in the export."""
    if not is_zip(path):
        return [(path.stem, _document(load_json(read_text(path).encode(), path.name), path.name))]
    with open_zip(path) as archive:
        names = sorted(n for n in archive.namelist()
                       if n.lower().endswith(".json") and "/" not in n.strip("/"))
        if not names:
            raise ImportFailed(translate("Resilience", "{name} holds no journal (.json) at its top level: this is not a Day One JSON export.").format(name=path.name))
        return [(Path(n).stem, _document(load_json(read_member(archive, n), n), n))
                for n in names]


def _document(document: object, name: str) -> dict[str, Any]:
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        raise ImportFailed(translate("Resilience", "{name}: this is not a Day One JSON export (field \"entries\" is missing).").format(name=name))
    return document


def _moment(item: dict[str, Any], where: str) -> datetime:
    text = item.get("creationDate")
    if not isinstance(text, str):
        raise ImportFailed(translate("Resilience", "{where}, field \"creationDate\": missing.").format(where=where))
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ImportFailed(translate("Resilience", "{where}, field \"creationDate\": “{text}” is not a date and time like 2024-05-31T18:30:00Z.").format(where=where, text=text[:40])) from None
    local = local_naive(moment, zone(item.get("timeZone"), where))
    try:
        values.check_datetime(local.isoformat(sep=" "))
    except ValueError as error:
        raise ImportFailed(translate("Resilience", "{where}, field \"creationDate\": {error}").format(where=where, error=error)) from None
    return local


def _tags(item: dict[str, Any], journal: str, where: str) -> list[str]:
    tags = item.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise ImportFailed(translate("Resilience", "{where}, field \"tags\": expected a list of text.").format(where=where))
    names = [journal, *tags] + (["starred"] if item.get("starred") is True else [])
    return unique_tags(t.replace(",", " ") for t in names)


def _entry(item: object, journal: str, where: str,
           found: incoming.Incoming) -> tuple[str, str, EntryInput]:
    from resilience_desktop.services.journal.entries import EntryInput

    if not isinstance(item, dict):
        raise ImportFailed(translate("Resilience", "{where}: expected an object.").format(where=where))
    uid = item.get("uuid")
    if not isinstance(uid, str) or not uid.strip():
        raise ImportFailed(translate("Resilience", "{where}, field \"uuid\": missing.").format(where=where))
    raw = item.get("text", "")
    if not isinstance(raw, str):
        raise ImportFailed(translate("Resilience", "{where}, field \"text\": expected text.").format(where=where))
    text, references = clean_text(raw)
    _count_dropped(item, references, found)
    title, body = _split_title(text)
    if not title and not body:
        title = "Day One entry"
    return (where, incoming.stable_uid(SOURCE, uid.strip()),
            EntryInput(entry_date=_moment(item, where).date(), title=title, body=body,
                       tags=_tags(item, journal, where)))


def _count_dropped(item: dict[str, Any], references: int, found: incoming.Incoming) -> None:
    """Attachments, photo references, locations and weather are counted, not kept."""
    for key, label in ATTACHMENTS:
        attached = item.get(key)
        found.drop(label, len(attached) if isinstance(attached, list) else 0)
    found.drop("photo references removed from the text", references)
    for key, label in (("location", "locations"), ("weather", "weather records")):
        found.drop(label, 1 if item.get(key) else 0)


def _split_title(text: str) -> tuple[str, str]:
    """A first line written as a Markdown heading ("# Title") is the entry's title."""
    first, _, rest = text.partition("\n")
    if first.startswith("#"):
        return first.lstrip("#").strip(), rest.strip()
    return "", text


def parse_dayone(path: Path, progress: Progress | None = None) -> incoming.Incoming:
    found = incoming.Incoming(SOURCE)
    journals = _journals(path)
    total = sum(len(doc["entries"]) for _name, doc in journals)
    for journal, document in journals:
        for number, item in enumerate(document["entries"], start=1):
            where = f"Journal “{journal}”, entry {number}"
            found.entries.append(_entry(item, journal, where, found))
            if len(found.entries) % 500 == 0:
                report_progress(progress, len(found.entries), total, "Reading the export")
    found.entries.sort(key=lambda row: row[2].entry_date)
    if len(journals) > 1:
        found.notes.append(f"{len(journals)} journals; each journal's name is a tag.")
    return found


def import_dayone_file(path: Path, progress: Progress | None = None) -> ImportReport:
    return incoming.write(parse_dayone(path, progress), progress)


def preview_dayone_file(path: Path) -> str:
    return incoming.describe(parse_dayone(path))


def dayone_first_rows(path: Path) -> list[PreviewRow]:
    return incoming.first_rows(parse_dayone(path))
