"""Read a CSV import file as a stream of (line, cells), refusing what would import wrongly.

* BOM accepted, non-UTF-8 refused naming the encoding, size bounded (textfile.py);
* an unterminated quote is refused (it would swallow the rest of the file into
  one field) naming the line where the field starts;
* a record whose field count differs from the header's is refused naming its
  line; a short LAST record says the file looks cut off there;
* blank lines are skipped.
"""

from __future__ import annotations

import csv
from pathlib import Path
from collections.abc import Iterable, Iterator

from resilience_desktop.services.reading.report import ImportFailed
from resilience_desktop.services.reading.textfile import (DEFAULT_MAX_BYTES, StrPath, not_utf8,
                                                           open_text)
from resilience_desktop.core.i18n import translate

csv.field_size_limit(50_000_000)


def raw_records(path: StrPath, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[tuple[int, list[str]]]:
    """(line where the record starts, cells) for every non-blank record, header included."""
    handle = open_text(path, max_bytes)
    with handle:
        reader = csv.reader(handle, strict=True)
        start = 1
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except UnicodeDecodeError as error:
                raise not_utf8(Path(path), error) from None
            except csv.Error as error:
                raise csv_problem(start, error) from None
            if any(cell and not cell.isspace() for cell in cells):
                yield start, cells
            start = reader.line_num + 1


def csv_problem(line: int, error: csv.Error) -> ImportFailed:
    """The plain message for a CSV the csv module cannot read at line."""
    text = str(error)
    if "unexpected end of data" in text or "EOF" in text:
        return ImportFailed(translate("Resilience", "Line {line}: a quoted field starting here never ends (a \" is missing); the file may be cut off.").format(line=line))
    if "new-line character" in text:  # a bare carriage return inside a field
        return ImportFailed(translate("Resilience", "Line {line}: a line break inside a field that is not in quotes; the file may have been changed by another program.").format(line=line))
    if "NUL" in text:
        return ImportFailed(translate("Resilience", "Line {line}: the file holds binary data (NUL bytes), not CSV text.").format(line=line))
    return ImportFailed(translate("Resilience", "Line {line}: not valid CSV ({text}).").format(line=line, text=text))


def checked_records(records: Iterable[tuple[int, list[str]]], width: int | tuple[int, int]) -> Iterator[tuple[int, list[str]]]:
    """The records after the header, each with the header's field count (or within
    (low, high)); ImportFailed names the first that is not."""
    low, high = (width, width) if isinstance(width, int) else width
    previous = None
    for record in records:
        if previous is not None:
            yield _width_checked(previous, low, high, last=False)
        previous = record
    if previous is not None:
        yield _width_checked(previous, low, high, last=True)


def _width_checked(record: tuple[int, list[str]], low: int, high: int,
                   last: bool) -> tuple[int, list[str]]:
    line, cells = record
    if low <= len(cells) <= high:
        return record
    if last and len(cells) < low:
        raise ImportFailed(translate("Resilience", "The file looks cut off at line {line}: that row has {cells} fields, the header has {low}.").format(line=line, cells=len(cells), low=low))
    expected = f"{low}" if low == high else f"{low} to {high}"
    raise ImportFailed(translate("Resilience", "Line {line}: {cells} fields, but the header has {expected}.").format(line=line, cells=len(cells), expected=expected))
