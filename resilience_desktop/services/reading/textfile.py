"""Open an import file as UTF-8 text: BOM accepted, other encodings refused by name.

``read_text`` returns the whole text (small formats: JSON, jrnl, vCard);
``open_text`` returns a stream for large CSV files (Daylio, Strava) so they are
never read whole. Both refuse a file over ``max_bytes`` with its size named
(never a silent cap), a UTF-16/UTF-32 file, binary data, and text that is not
UTF-8 (naming the encoding it looks like).
"""

from __future__ import annotations

import codecs
import io
import os
from pathlib import Path

from resilience_desktop.services.reading.report import ImportFailed
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, format_decimal, format_int, translate

# a file path as the importers are given it
StrPath = str | os.PathLike[str]
DEFAULT_MAX_BYTES = 200_000_000
_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32"), (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"), (codecs.BOM_UTF16_BE, "UTF-16"),
)
SAVE_AS_UTF8 = QT_TRANSLATE_NOOP("Resilience", "save it as UTF-8 and try again.")


def _size_mb(size: int) -> str:
    return (f"{format_decimal(size / 1_000_000, 0, grouped=True)} MB" if size >= 1_000_000
            else f"{format_int(size)} bytes")


def _check_head(path: Path, max_bytes: int) -> None:
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            head = handle.read(4096)
    except OSError as error:
        raise ImportFailed(translate("Resilience", "The file cannot be read: {error}.").format(error=error.strerror or error)) from error
    if size > max_bytes:
        raise ImportFailed(translate("Resilience", "The file is {size}; this importer reads at most {max_bytes}. Split it into smaller files.").format(size=_size_mb(size), max_bytes=_size_mb(max_bytes)))
    for bom, name in _WIDE_BOMS:
        if head.startswith(bom):
            raise ImportFailed(translate("Resilience", "The file is not UTF-8 (it is {name} text); {save_as_utf}").format(name=name, save_as_utf=translate("Resilience", SAVE_AS_UTF8)))
    if b"\x00" in head:
        if head[1::2].count(0) > len(head) // 4 or head[0::2].count(0) > len(head) // 4:
            raise ImportFailed(translate("Resilience", "The file is not UTF-8 (it looks like UTF-16 text); {save_as_utf}").format(save_as_utf=translate("Resilience", SAVE_AS_UTF8)))
        raise ImportFailed(translate("Resilience", "The file is not text (it holds binary data)."))


def guess_encoding(raw: bytes) -> str:
    """A plain name for what non-UTF-8 bytes probably are."""
    try:
        raw.decode("cp1252")
        return "Latin-1/Windows-1252"
    except UnicodeDecodeError:
        return "Latin-1"


def not_utf8(path: Path, error: UnicodeDecodeError) -> ImportFailed:
    """The ImportFailed for a decode error, naming the encoding the file looks like."""
    try:
        with open(path, "rb") as handle:
            sample = handle.read(1_000_000)
    except OSError:
        sample = bytes(error.object)
    return ImportFailed(translate("Resilience", "The file is not UTF-8 (looks like {sample}); {save_as_utf}").format(sample=guess_encoding(sample), save_as_utf=translate("Resilience", SAVE_AS_UTF8)))


def read_text(path: StrPath, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The whole file as text (a UTF-8 BOM is dropped)."""
    path = Path(path)
    _check_head(path, max_bytes)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ImportFailed(translate("Resilience", "The file cannot be read: {error}.").format(error=error.strerror or error)) from error
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise not_utf8(path, error) from None
    if "\x00" in text:
        raise ImportFailed(translate("Resilience", "The file is not text (it holds NUL bytes)."))
    return text


def open_text(path: StrPath, max_bytes: int = DEFAULT_MAX_BYTES) -> io.TextIOWrapper:
    """A text stream over the file (BOM dropped); decode errors surface while reading:
    catch UnicodeDecodeError and raise ``not_utf8(path, error)``."""
    path = Path(path)
    _check_head(path, max_bytes)
    try:
        return open(path, encoding="utf-8-sig", errors="strict", newline="")
    except OSError as error:
        raise ImportFailed(translate("Resilience", "The file cannot be read: {error}.").format(error=error.strerror or error)) from error


def file_size(path: StrPath) -> int:
    try:
        return Path(path).stat().st_size
    except OSError:
        return 0
