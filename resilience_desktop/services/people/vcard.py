"""A small, forgiving vCard reader (versions 2.1, 3.0 and 4.0).

Handles many cards per file, folded lines (CRLF + space/tab), version 2.1
QUOTED-PRINTABLE values with soft line breaks and CHARSET parameters, UTF-8
(with or without BOM; other encodings are refused, naming the one the file looks
like — services/transfer/textfile.py), escaped
text (\\n \\, \\; \\\\), property groups (``item1.TEL``), quoted parameter
values, and cards without FN (the name comes from N, then ORG). Photos and
every other property are ignored. Structural damage (no card, a card that
never ends, text outside a card, an unknown version) raises ImportFailed
naming the line.
"""

from __future__ import annotations

import quopri
import re
from dataclasses import dataclass
from datetime import date
from typing import Any
from collections.abc import Iterable, Iterator

from resilience_desktop.core import date_range
from resilience_desktop.services.reading.report import ImportFailed
from resilience_desktop.services.reading.values import check_text
from resilience_desktop.core.i18n import translate

VERSIONS = ("2.1", "3.0", "4.0")
_ESCAPES = re.compile(r"\\(.)", re.DOTALL)


@dataclass
class VCard:
    line: int  # line number of BEGIN:VCARD (1-based)
    name: str  # "" when the card names nobody
    birthday: date | None
    note: str


@dataclass
class _Property:
    line: int
    name: str
    params: dict[str, str]  # upper-cased keys; bare 2.1 params map to "TYPE"/"ENCODING"
    value: str


def parse_vcards(text: str) -> list[VCard]:
    cards: list[VCard] = []
    current: list[_Property] | None = None
    begin_line = 0
    for prop in _properties(_logical_lines(text)):
        if _is_vcard_mark(prop, "BEGIN"):
            if current is not None:
                raise ImportFailed(translate("Resilience", "Line {line}: a new card starts before the card from line {begin_line} ended (END:VCARD missing).").format(line=prop.line, begin_line=begin_line))
            current, begin_line = [], prop.line
        elif _is_vcard_mark(prop, "END"):
            if current is None:
                raise ImportFailed(translate("Resilience", "Line {line}: END:VCARD without a BEGIN:VCARD.").format(line=prop.line))
            cards.append(_card(begin_line, current))
            current = None
        elif current is None:
            raise ImportFailed(translate("Resilience", "Line {line}: text outside a card (expected BEGIN:VCARD). Is this a vCard (.vcf) file?").format(line=prop.line))
        else:
            current.append(prop)
    if current is not None:
        raise ImportFailed(translate("Resilience", "The card starting on line {begin_line} never ends (END:VCARD missing); the file may be cut short.").format(begin_line=begin_line))
    if not cards:
        raise ImportFailed(translate("Resilience", "No contacts found: the file has no BEGIN:VCARD."))
    return cards


def _is_vcard_mark(prop: _Property, name: str) -> bool:
    """True for BEGIN:VCARD (name "BEGIN") or END:VCARD (name "END")."""
    return prop.name == name and prop.value.strip().upper() == "VCARD"


def _logical_lines(text: str) -> Iterator[tuple[int, str]]:
    """Yield (line number, unfolded line)."""
    pending: list[Any] | None = None  # [line_no, text]
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.removeprefix("\ufeff")  # a BOM left by joining exported files
        if pending is not None and _is_qp(pending[1]) and pending[1].endswith("="):
            pending[1] = pending[1][:-1] + line  # quoted-printable soft line break
        elif line[:1] in (" ", "\t") and pending is not None:
            pending[1] += line[1:]  # folded line
        elif not line.strip():
            continue
        else:
            if pending is not None:
                yield pending[0], pending[1]
            pending = [number, line]
    if pending is not None:
        yield pending[0], pending[1]


def _is_qp(line: str) -> bool:
    head = _split_outside_quotes(line, ":", 1)[0]
    return "QUOTED-PRINTABLE" in head.upper()


def _split_outside_quotes(text: str, sep: str, maxsplit: int = -1) -> list[str]:
    parts: list[str] = []
    start, quoted = 0, False
    for index, char in enumerate(text):
        if char == '"':
            quoted = not quoted
        elif char == sep and not quoted and (maxsplit < 0 or len(parts) < maxsplit):
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    return parts


def _properties(lines: Iterable[tuple[int, str]]) -> Iterator[_Property]:
    for number, line in lines:
        head_value = _split_outside_quotes(line, ":", 1)
        if len(head_value) < 2:
            # stray data: ignored inside a card (e.g. an unindented photo line)
            yield _Property(number, "", {}, line)
            continue
        head, value = head_value
        name, *raw_params = _split_outside_quotes(head, ";")
        name = name.rsplit(".", 1)[-1].strip().upper()
        yield _Property(number, name, _params(raw_params), value)


def _params(raw_params: list[str]) -> dict[str, str]:
    params: dict[str, str] = {}
    for raw in raw_params:
        key, _, value = raw.partition("=")
        if not _:
            upper = key.strip().upper()
            key, value = ("ENCODING", upper) if upper in ("QUOTED-PRINTABLE", "BASE64", "8BIT") \
                else ("TYPE", upper)
        params[key.strip().upper()] = value.strip().strip('"')
    return params


def _text(prop: _Property, version: str) -> str:
    encoding = prop.params.get("ENCODING", "").upper()
    value = prop.value
    if encoding == "QUOTED-PRINTABLE":
        charset = prop.params.get("CHARSET", "utf-8")
        data = quopri.decodestring(value.encode("utf-8"))
        try:
            value = data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            raise ImportFailed(translate("Resilience", "Line {line}: the {name} value cannot be read as {charset} text.").format(line=prop.line, name=prop.name, charset=charset)) from None
    elif encoding in ("B", "BASE64"):
        return ""
    return value


def _unescape(text: str) -> str:
    return _ESCAPES.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), text).strip()


def _components(text: str) -> list[str]:
    parts = re.split(r"(?<!\\);", text)
    return [_unescape(part.replace(",", " ").replace("\\ ", ",")) for part in parts]


def _card(line: int, props: list[_Property]) -> VCard:
    version = next((p.value.strip() for p in props if p.name == "VERSION"), "3.0")
    if version not in VERSIONS:
        raise ImportFailed(translate("Resilience", "Line {line}: vCard version {version} is not supported (2.1, 3.0 and 4.0 are).").format(line=line, version=version))
    found = {p.name: p for p in reversed(props)}  # first occurrence wins
    name = _name(found, version)
    birthday = _checked_birthday(found["BDAY"], version) if "BDAY" in found else None
    note = _unescape(_text(found["NOTE"], version)) if "NOTE" in found else ""
    try:
        check_text(name), check_text(note)
    except ValueError as error:
        raise ImportFailed(translate("Resilience", "The card on line {line}: {error}").format(line=line, error=error)) from None
    return VCard(line=line, name=name, birthday=birthday, note=note)


def _checked_birthday(prop: _Property, version: str) -> date | None:
    """A full date; a month and day without a year (--0415, --04-15, Apple's 1604-04-15)
    as that day in NO_YEAR; None for a year alone; ImportFailed for one that is not a
    real date (2024-13-45, "soon")."""
    text = _text(prop, version).strip()
    no_year = re.fullmatch(r"--(\d{2})-?(\d{2})(T.*)?", text)
    if no_year:
        text = f"{NO_YEAR}-{no_year.group(1)}-{no_year.group(2)}"
    birthday = _birthday(text)
    if birthday is None and text and not re.fullmatch(r"\d{4}(-\d{2})?", text):
        raise ImportFailed(translate("Resilience", "Line {line}: the birthday “{text}” is not a real date like 1990-04-01.").format(line=prop.line, text=text[:40]))
    if birthday is not None and birthday.year == APPLE_NO_YEAR:
        return birthday.replace(year=NO_YEAR)
    if birthday is not None and not date_range.in_range(birthday):
        return None  # a year the app cannot hold (before 1900): left out
    return birthday


# A birthday whose year is unknown is stored as that month and day in 1904 (a leap year,
# so 29 February fits; the app cannot store a date without a year). Documented in
# docs/people.md. Apple writes 1604 for "no year".
NO_YEAR = 1904
APPLE_NO_YEAR = 1604


def _name(found: dict[str, _Property], version: str) -> str:
    if "FN" in found:
        full = " ".join(_unescape(_text(found["FN"], version)).split())
        if full:
            return full
    if "N" in found:
        parts = _components(_text(found["N"], version)) + [""] * 5
        family, given, additional = parts[0], parts[1], parts[2]
        full = " ".join(" ".join(p for p in (given, additional, family) if p).split())
        if full:
            return full
    if "ORG" in found:
        return " ".join(_components(_text(found["ORG"], version))[0].split())
    return ""


def _birthday(text: str) -> date | None:
    """Full dates only (YYYY-MM-DD or YYYYMMDD, time ignored); --MMDD has no year."""
    digits = text.strip().split("T")[0].replace("-", "")
    if len(digits) != 8 or not digits.isdigit():
        return None
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        return None
