"""Import Journey's export: a zip of one JSON file per entry (photos beside them).

Each JSON: ``id``, ``date_journal`` (milliseconds since 1970, UTC), ``timezone`` (IANA
name: the entry's day is local to it), ``text`` (HTML in newer versions, plain or Markdown
in older ones; made plain text here), ``mood`` (a number; 1–5 mapped like Daylio's five
moods, 0 or missing = no mood), ``tags[]``, ``photos[]``, ``lat``/``lon``/``address``,
``weather``, ``music_title``… Photos, locations, weather and music are counted. The uid
is derived from Journey's ``id`` (the file name when there is none).
"""

from __future__ import annotations

from datetime import datetime, UTC
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING, Any

from resilience_desktop.core.progress import Progress, report as report_progress
from resilience_desktop.services.transfer import incoming
from resilience_desktop.services.reading import values
from resilience_desktop.services.transfer.archive import (load_json, local_naive, open_zip,
                                                          read_member, zone)
from resilience_desktop.services.transfer.entries import unique_tags
from resilience_desktop.services.reading.report import ImportFailed, ImportReport
from resilience_desktop.core.i18n import translate

if TYPE_CHECKING:
    from resilience_desktop.services.journal.entries import EntryInput
    from resilience_desktop.services.transfer.preview_rows import PreviewRow

SOURCE = "journey"
MOODS = {1: -4, 2: -2, 3: 0, 4: 2, 5: 4}
_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "pre"}


class _PlainText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "li":
            self.parts.append("\n• ")
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS and tag != "li":
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def plain_text(text: str) -> str:
    """HTML as plain text (paragraphs and line breaks kept, tags dropped, entities decoded);
    text without tags is returned as it is."""
    if "<" not in text:
        return unescape(text).strip()
    parser = _PlainText()
    parser.feed(text)
    parser.close()
    lines = [line.rstrip() for line in "".join(parser.parts).splitlines()]
    out = "\n".join(lines)
    while "\n\n\n" in out:
        out = out.replace("\n\n\n", "\n\n")
    return out.strip()


def _entry(item: object, name: str, found: incoming.Incoming) -> tuple[str, str, EntryInput]:
    from resilience_desktop.services.journal.entries import EntryInput

    where = f"{name}"
    if not isinstance(item, dict):
        raise ImportFailed(translate("Resilience", "{where}: expected an object (this is not a Journey entry).").format(where=where))
    local = _local_time(item, where)
    text, tags, mood = _text_tags_mood(item, where)
    _count_dropped(item, found)
    body = plain_text(text)
    pleasantness = MOODS.get(mood)
    given = item.get("id")
    key = given if isinstance(given, str) and given else name
    return (where, incoming.stable_uid(SOURCE, key),
            EntryInput(entry_date=local.date(), title="" if body else translate("Resilience", "Journey entry"), body=body,
                       tags=unique_tags(t.replace(",", " ") for t in tags),
                       pleasantness=pleasantness, energy=None if pleasantness is None else 0))


def _local_time(item: dict[str, Any], where: str) -> datetime:
    """The entry's date_journal (milliseconds, UTC) in its own time zone, naive."""
    stamp = item.get("date_journal")
    if isinstance(stamp, bool) or not isinstance(stamp, (int, float)):
        raise ImportFailed(translate("Resilience", "{where}, field \"date_journal\": missing (this is not a Journey entry).").format(where=where))
    try:
        moment = datetime.fromtimestamp(values.check_real(stamp) / 1000, UTC)
        local = local_naive(moment, zone(item.get("timezone"), where))
        values.check_datetime(local.isoformat(sep=" "))
    except (ValueError, OverflowError, OSError) as error:
        raise ImportFailed(translate("Resilience", "{where}, field \"date_journal\": {error}").format(where=where, error=error)) from None
    return local


def _text_tags_mood(item: dict[str, Any], where: str) -> tuple[str, list[str], Any]:
    """The entry's text, tags and mood (None, 0 or a key of MOODS), each checked."""
    text = item.get("text", "")
    if not isinstance(text, str):
        raise ImportFailed(translate("Resilience", "{where}, field \"text\": expected text.").format(where=where))
    tags = item.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise ImportFailed(translate("Resilience", "{where}, field \"tags\": expected a list of text.").format(where=where))
    mood = item.get("mood")
    if mood not in (None, 0) and mood not in MOODS:
        raise ImportFailed(translate("Resilience", "{where}, field \"mood\": {mood!r} is not a mood from 1 to 5.").format(where=where, mood=mood))
    return text, tags, mood


def _count_dropped(item: dict[str, Any], found: incoming.Incoming) -> None:
    photos = item.get("photos")
    found.drop("photos", len(photos) if isinstance(photos, list) else 0)
    if item.get("lat") not in (None, 0, 1.7976931348623157e308) or item.get("address"):
        found.drop("locations")
    weather = item.get("weather")
    if isinstance(weather, dict) and any(v not in (None, "", -1, 0) for v in weather.values()):
        found.drop("weather records")
    if item.get("music_title") or item.get("music_artist"):
        found.drop("music titles")


def parse_journey(path: Path, progress: Progress | None = None) -> incoming.Incoming:
    found = incoming.Incoming(SOURCE)
    with open_zip(path) as archive:
        names = sorted(n for n in archive.namelist() if n.lower().endswith(".json"))
        if not names:
            raise ImportFailed(translate("Resilience", "{name} holds no entry (.json) files: this is not a Journey export.").format(name=path.name))
        for number, name in enumerate(names, start=1):
            found.entries.append(_entry(load_json(read_member(archive, name), name), name, found))
            if number % 500 == 0:
                report_progress(progress, number, len(names), "Reading the entries")
    found.entries.sort(key=lambda row: row[2].entry_date)
    return found


def import_journey_file(path: Path, progress: Progress | None = None) -> ImportReport:
    return incoming.write(parse_journey(path, progress), progress)


def preview_journey_file(path: Path) -> str:
    return incoming.describe(parse_journey(path))


def journey_first_rows(path: Path) -> list[PreviewRow]:
    return incoming.first_rows(parse_journey(path))
