"""Encrypt or decrypt one database file into a new file, and seal opaque files.

Every function writes a *new* file next to the old one and proves it (full
integrity_check and the same rows per table) before returning; the old file
is never touched, so the caller can keep it until the whole change is
verified. One driver per file: conversions go through sqlcipher3 only.

Files that are not healthy databases (the damaged journals kept in
``damaged-*/``) cannot be converted table by table; locking "seals" them
instead: their bytes go into a one-table SQLCipher database ``NAME.sealed``
encrypted with the data key, and unlocking unseals them byte for byte.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from resilience_desktop.core.backup import table_row_counts
from resilience_desktop.core.db import raw_key_literal
from resilience_desktop.core.errors import UserFacingError
from resilience_desktop.core.files import fsync_file, make_private
from resilience_desktop.core.integrity import connect_file, quick_check_file
from resilience_desktop.core.i18n import translate

SEALED_SUFFIX = ".sealed"


class ConversionFailed(UserFacingError):
    """A converted copy did not verify; the original is untouched."""


def _cipher_connect(path: Path, key: bytes | None) -> Any:
    from sqlcipher3 import dbapi2 as sqlcipher

    conn = sqlcipher.connect(str(path))
    if key is not None:
        conn.execute(f'PRAGMA key="{raw_key_literal(key)}"')
    conn.execute("PRAGMA temp_store=2")
    return conn


def convert_database(source: Path, dest: Path, source_key: bytes | None,
                     dest_key: bytes | None, name: str = "the journal") -> None:
    """Write dest as source re-encrypted (or decrypted) with sqlcipher_export; verify it."""
    from sqlcipher3 import dbapi2 as sqlcipher

    dest.unlink(missing_ok=True)
    try:
        conn = _cipher_connect(source, source_key)
        try:
            literal = raw_key_literal(dest_key) if dest_key is not None else ""
            conn.execute("ATTACH DATABASE ? AS converted KEY ?", (str(dest), literal))
            # The copy is scratch until verified and fsynced below (a kill leaves a twin
            # that the next open deletes): no rollback journal, no syncs while writing.
            # Six times faster on a 10-year journal (0.2 s instead of 1.3 s).
            conn.execute("PRAGMA converted.journal_mode = OFF")
            conn.execute("PRAGMA converted.synchronous = OFF")
            conn.execute("SELECT sqlcipher_export('converted')")
            for pragma in ("user_version", "application_id"):
                value = conn.execute(f"PRAGMA main.{pragma}").fetchone()[0]
                conn.execute(f"PRAGMA converted.{pragma} = {int(value)}")
            conn.execute("DETACH DATABASE converted")
            expected = table_row_counts(conn)
        finally:
            conn.close()
    except sqlcipher.Error as error:
        dest.unlink(missing_ok=True)
        raise ConversionFailed(translate("Resilience", "{name} could not be converted ({error}).").format(name=name, error=error)) from error
    verify_database(dest, dest_key, expected, name)


def verify_database(path: Path, key: bytes | None, expected: dict[str, int], name: str) -> None:
    result = quick_check_file(path, key, full=True)
    counts = None
    if result.ok:
        conn = connect_file(path, key, readonly=True)
        try:
            counts = table_row_counts(conn)
        finally:
            conn.close()
    if counts != expected:
        path.unlink(missing_ok=True)
        raise ConversionFailed(translate("Resilience", "The converted copy of {name} did not verify ({differ}).").format(name=name, differ=result.summary() if not result.ok else 'rows differ'))
    make_private(path)
    fsync_file(path)


def seal_file(source: Path, dest: Path, key: bytes) -> None:
    """Store source's bytes, encrypted, in the database dest (verified)."""
    from sqlcipher3 import dbapi2 as sqlcipher

    try:
        _seal(source, dest, key)
    except sqlcipher.Error as error:
        dest.unlink(missing_ok=True)
        raise ConversionFailed(translate("Resilience", "{name} could not be encrypted ({error}).").format(name=source.name, error=error)) from error


def _seal(source: Path, dest: Path, key: bytes) -> None:
    data = source.read_bytes()
    dest.unlink(missing_ok=True)
    conn = _cipher_connect(dest, key)
    try:
        conn.execute("CREATE TABLE sealed (name TEXT NOT NULL, data BLOB NOT NULL)")
        conn.execute("INSERT INTO sealed VALUES (?, ?)", (source.name, data))
        conn.commit()
    finally:
        conn.close()
    if unseal_bytes(dest, key) != data:
        dest.unlink(missing_ok=True)
        raise ConversionFailed(translate("Resilience", "The sealed copy of {name} did not verify.").format(name=source.name))
    make_private(dest)
    fsync_file(dest)


def unseal_bytes(sealed: Path, key: bytes) -> bytes:
    conn = _cipher_connect(sealed, key)
    try:
        data: bytes = conn.execute("SELECT data FROM sealed").fetchone()[0]
        return data
    finally:
        conn.close()


def unseal_file(sealed: Path, dest: Path, key: bytes) -> None:
    from sqlcipher3 import dbapi2 as sqlcipher

    try:
        data = unseal_bytes(sealed, key)
    except sqlcipher.Error as error:
        raise ConversionFailed(translate("Resilience", "{name} could not be decrypted ({error}).").format(name=sealed.name, error=error)) from error
    with open(dest, "wb") as handle:
        handle.write(data)
    make_private(dest)
    fsync_file(dest)
