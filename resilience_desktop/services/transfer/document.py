"""The whole data set as one versioned JSON document (docs/export-format.md), and CSV.

Export walks sqlite_master, not a list of models, so a new table is exported
the day it is created. Virtual tables (full-text search) and their shadow
tables are derived data and are left out; triggers rebuild them on import.
Import parses and validates the whole document in memory, then writes in
one transaction; into an empty data dir it keeps every id (lossless), into a
non-empty one it merges: rows already there are skipped, new ones get a new
id when theirs is taken, and references follow.
"""

from __future__ import annotations

import base64
import csv
import json
import logging
import os
from pathlib import Path

from resilience_desktop import __version__
from resilience_desktop.core.db import database
from resilience_desktop.core.integrity import data_table_names
from resilience_desktop.services.transfer.report import ImportFailed, ImportReport
from resilience_desktop.services.transfer.merge import merge_document

log = logging.getLogger(__name__)

FORMAT_NAME = "resilience-export"
FORMAT_VERSION = 1
BLOB_KEY = "$base64"


def encode_value(value):
    if isinstance(value, (bytes, bytearray, memoryview)):
        return {BLOB_KEY: base64.b64encode(bytes(value)).decode("ascii")}
    return value


def decode_value(value):
    if isinstance(value, dict) and set(value) == {BLOB_KEY}:
        return base64.b64decode(value[BLOB_KEY])
    return value


def order_clause(conn, table: str) -> str:
    info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
    pk = [row[1] for row in sorted(info, key=lambda r: r[5]) if row[5] > 0]
    columns = pk or ["rowid"]
    return ", ".join(f'"{c}"' if c != "rowid" else c for c in columns)


def table_columns(conn, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]


def read_table(conn, table: str) -> dict:
    columns = table_columns(conn, table)
    quoted = ", ".join(f'"{c}"' for c in columns)
    cursor = conn.execute(f'SELECT {quoted} FROM "{table}" ORDER BY {order_clause(conn, table)}')
    rows = [[encode_value(v) for v in row] for row in cursor]
    return {"columns": columns, "rows": rows}


def build_document(conn) -> dict:
    """Every data table of the connection as one JSON-ready document."""
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "schema_version": conn.execute("PRAGMA user_version").fetchone()[0],
        "tables": {table: read_table(conn, table) for table in data_table_names(conn)},
    }


def write_json_atomically(document: dict, dest: Path) -> Path:
    dest = Path(dest)
    tmp = dest.with_name(dest.name + ".partial")
    with open(tmp, "w", encoding="utf-8") as handle:
        json.dump(document, handle, ensure_ascii=False, indent=1, sort_keys=False)
        handle.write("\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, dest)
    return dest


def export_json_file(dest: Path) -> Path:
    """The open database as a JSON document at dest (written atomically)."""
    with database.atomic():  # one consistent snapshot
        document = build_document(database.connection())
    write_json_atomically(document, dest)
    log.info("exported %d tables as JSON", len(document["tables"]))
    return Path(dest)


def export_csv_dir(dest_dir: Path) -> list[Path]:
    """One CSV file per data table (header row, then rows) in dest_dir."""
    dest_dir = Path(dest_dir)
    dest_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with database.atomic():
        conn = database.connection()
        for table in data_table_names(conn):
            data = read_table(conn, table)
            path = dest_dir / f"{table}.csv"
            with open(path, "w", encoding="utf-8", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(data["columns"])
                for row in data["rows"]:
                    writer.writerow([v[BLOB_KEY] if isinstance(v, dict) else v for v in row])
            written.append(path)
    log.info("exported %d tables as CSV", len(written))
    return written


def load_document(path: Path) -> dict:
    """Parse and check the outline of an export file; ImportFailed names the problem."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise ImportFailed(f"The file is not UTF-8 text (byte {error.start}).") from error
    except OSError as error:
        raise ImportFailed(f"The file cannot be read: {error.strerror}.") from error
    try:
        document = json.loads(text)
    except ValueError as error:
        line = getattr(error, "lineno", "?")
        raise ImportFailed(f"The file is not valid JSON (line {line}).") from error
    except RecursionError as error:
        raise ImportFailed("The file is nested too deeply to be a Resilience export.") from error
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise ImportFailed("This is not a Resilience export (field \"format\").")
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version > FORMAT_VERSION:
        raise ImportFailed(f"Field \"format_version\": {version!r} is not one this version "
                           f"({__version__}) can read.")
    if not isinstance(document.get("tables"), dict):
        raise ImportFailed("Field \"tables\" is missing or not an object.")
    return document


def import_json_file(path: Path) -> ImportReport:
    """Import (merge) a JSON export into the open database, all or nothing."""
    document = load_document(path)
    report = merge_document(document, decode_value)
    log.info("JSON import: %d added, %d skipped", report.added, report.skipped)
    return report


def preview_json_file(path: Path) -> str:
    """What an import would bring, checked in memory (ImportFailed if it cannot)."""
    from resilience_desktop.services.transfer.merge import plan_document

    plans = plan_document(database.connection(), load_document(path), decode_value)
    rows = sum(len(plan.rows) for plan in plans)
    return (f"{rows} rows in {len(plans)} tables. Rows already in your journal are skipped; "
            "everything else is added.")
