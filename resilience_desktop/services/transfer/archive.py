"""Reading other apps' export archives (zip) and JSON members with plain messages.

A truncated or damaged zip, a member too large to hold, JSON that is not JSON: each
becomes ImportFailed naming the file or member, never a traceback.
"""

from __future__ import annotations

import json
import zipfile
from datetime import datetime, tzinfo, UTC
from pathlib import Path
from typing import Any, NoReturn
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from resilience_desktop.services.reading.report import ImportFailed
from resilience_desktop.core.i18n import translate

MAX_MEMBER_BYTES = 500_000_000


def open_zip(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)  # members' checksums are checked as they are read
    except (zipfile.BadZipFile, EOFError, OSError) as error:
        raise ImportFailed(translate("Resilience", "{name} is not a complete zip archive (it may be cut off or damaged: {error}).").format(name=path.name, error=error)) from None


def is_zip(path: Path) -> bool:
    with open(path, "rb") as handle:
        return handle.read(4) == b"PK\x03\x04"


def read_member(archive: zipfile.ZipFile, name: str) -> bytes:
    info = archive.getinfo(name)
    if info.file_size > MAX_MEMBER_BYTES:
        raise ImportFailed(translate("Resilience", "{name} is {file_size} MB, too large to import.").format(name=name, file_size=info.file_size // 1_000_000))
    try:
        return archive.read(name)
    except (zipfile.BadZipFile, EOFError, OSError, RuntimeError) as error:
        raise ImportFailed(translate("Resilience", "{name} cannot be read from the archive ({error}).").format(name=name, error=error)) from None


def _refuse_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not allowed in JSON")


def load_json(raw: bytes, name: str) -> Any:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportFailed(translate("Resilience", "{name} is not UTF-8 text.").format(name=name)) from None
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except ValueError as error:
        line = getattr(error, "lineno", None)
        raise ImportFailed(translate("Resilience", "{name} is not valid JSON{value}.").format(name=name, value=f' (line {line})' if line else '')) from None
    except RecursionError:
        raise ImportFailed(translate("Resilience", "{name} is nested too deeply.").format(name=name)) from None


def zone(name: object, where: str) -> ZoneInfo | None:
    """The IANA time zone called ``name`` (None or "" -> None: the moment stays UTC)."""
    if not name:
        return None
    if not isinstance(name, str):
        raise ImportFailed(translate("Resilience", "{where}, field \"timeZone\": expected a time zone name.").format(where=where))
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ImportFailed(translate("Resilience", "{where}: “{name}” is not a known time zone.").format(where=where, name=name[:40])) from None


def local_naive(moment: datetime, tz: tzinfo | None) -> datetime:
    """An aware moment as wall-clock time in ``tz`` (None: the computer's own zone), naive,
    to the second — how the app stores times."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone(tz) if tz is not None else moment.astimezone()
    return local.replace(tzinfo=None, microsecond=0)
