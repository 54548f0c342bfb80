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
from pathlib import Path
from typing import Any, NoReturn

from resilience_desktop import __version__
from resilience_desktop.core.db import database
from resilience_desktop.core.integrity import data_table_names
from resilience_desktop.core.output_path import (check_output_file, guarded_file,
                                                 make_output_folder)
from resilience_desktop.core.progress import Progress, report as report_progress
from resilience_desktop.services.transfer.merge import merge_document
from resilience_desktop.services.reading.report import ImportFailed, ImportReport
from resilience_desktop.services.reading.textfile import read_text
from resilience_desktop.services.reading.values import decode_base64
from resilience_desktop.core.i18n import translate
from resilience_desktop.core.log import get_logger

log = get_logger(__name__)

FORMAT_NAME = "resilience-export"
# 2: every row carries its stable ``uid`` and import merges on it; 1 still imports.
FORMAT_VERSION = 2
BLOB_KEY = "$base64"


def encode_value(value: object) -> object:
    if isinstance(value, (bytes, bytearray, memoryview)):
        return {BLOB_KEY: base64.b64encode(bytes(value)).decode("ascii")}
    return value


def decode_value(value: Any) -> Any:
    if isinstance(value, dict) and set(value) == {BLOB_KEY}:
        return decode_base64(value[BLOB_KEY])
    return value


def order_clause(conn: Any, table: str) -> str:
    info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
    pk = [row[1] for row in sorted(info, key=lambda r: r[5]) if row[5] > 0]
    columns = pk or ["rowid"]
    return ", ".join(f'"{c}"' if c != "rowid" else c for c in columns)


def table_columns(conn: Any, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]


def read_table(conn: Any, table: str) -> dict[str, Any]:
    columns = table_columns(conn, table)
    quoted = ", ".join(f'"{c}"' for c in columns)
    cursor = conn.execute(f'SELECT {quoted} FROM "{table}" ORDER BY {order_clause(conn, table)}')
    rows = [[encode_value(v) for v in row] for row in cursor]
    return {"columns": columns, "rows": rows}


def build_document(conn: Any) -> dict[str, Any]:
    """Every data table of the connection as one JSON-ready document."""
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "schema_version": conn.execute("PRAGMA user_version").fetchone()[0],
        "tables": {table: read_table(conn, table) for table in data_table_names(conn)},
    }


def open_data_folder() -> Path:
    """The folder of the open journal: an export must never go inside it."""
    for _seq, name, file in database.execute_sql("PRAGMA database_list").fetchall():
        if name == "main" and file:
            return Path(file).parent
    raise RuntimeError("no journal file is open")


def write_json_atomically(document: dict[str, Any], dest: Path, data_dir: Path | None,
                          force: bool) -> Path:
    """The document at dest through the output guard: 0600, a temporary name, renamed."""
    with guarded_file(dest, data_dir, force) as handle:
        json.dump(document, handle, ensure_ascii=False, indent=1, sort_keys=False)
        handle.write("\n")
    return Path(dest)


def export_json_file(dest: Path, data_dir: Path | None = None, force: bool = False,
                     progress: Progress | None = None) -> Path:
    """The open database as a JSON document at dest (written atomically, 0600).

    OutputRefused (core.output_path) when dest cannot be used (inside the data folder,
    the open journal's folder when data_dir is not given; not a regular file; exists and
    not force); nothing is written then."""
    data_dir = data_dir or open_data_folder()
    check_output_file(dest, data_dir, force)  # before reading anything
    report_progress(progress, 0, 2, "Reading the journal")
    with database.atomic():  # one consistent snapshot
        document = build_document(database.connection())
    report_progress(progress, 1, 2, "Writing the export")
    write_json_atomically(document, dest, data_dir, force)
    report_progress(progress, 2, 2, "Writing the export")
    log.info("exported %d tables as JSON", len(document["tables"]))
    return Path(dest).expanduser()


def export_csv_dir(dest_dir: Path, data_dir: Path | None = None,
                   force: bool = False) -> list[Path]:
    """One CSV file per data table (header row, then rows) in dest_dir, each 0600,
    each through the output guard (a file there that is a link into the data folder,
    a FIFO or a folder is refused, and then before any file is written)."""
    data_dir = data_dir or open_data_folder()
    dest_dir = make_output_folder(dest_dir, data_dir, force)
    written = []
    with database.atomic():
        conn = database.connection()
        tables = data_table_names(conn)
        for table in tables:
            check_output_file(dest_dir / f"{table}.csv", data_dir, force=True)
        for table in tables:
            data = read_table(conn, table)
            path = dest_dir / f"{table}.csv"
            with guarded_file(path, data_dir, force=True, newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(data["columns"])
                for row in data["rows"]:
                    writer.writerow([v[BLOB_KEY] if isinstance(v, dict) else v for v in row])
            written.append(path)
    log.info("exported %d tables as CSV", len(written))
    return written


def _refuse_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not a number JSON allows")


def load_document(path: Path) -> dict[str, Any]:
    """Parse and check the outline of an export file; ImportFailed names the problem."""
    text = read_text(path)
    try:
        document = json.loads(text, parse_constant=_refuse_constant)
    except ValueError as error:
        line = getattr(error, "lineno", None)
        where = f"line {line}" if line else str(error)
        raise ImportFailed(translate("Resilience", "The file is not valid JSON ({where}).").format(where=where)) from error
    except RecursionError as error:
        raise ImportFailed(translate("Resilience", "The file is nested too deeply to be a Resilience export.")) from error
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise ImportFailed(translate("Resilience", "This is not a Resilience export (field \"format\")."))
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version > FORMAT_VERSION:
        raise ImportFailed(translate("Resilience", "Field \"format_version\": {version!r} is not one this version ({version2}) can read.").format(version=version, version2=__version__))
    if not isinstance(document.get("tables"), dict):
        raise ImportFailed(translate("Resilience", "Field \"tables\" is missing or not an object."))
    return document


def import_json_file(path: Path, progress: Progress | None = None) -> ImportReport:
    """Import (merge) a JSON export into the open database, all or nothing."""
    document = load_document(path)
    report = merge_document(document, decode_value, progress)
    log.info("JSON import: %d added, %d skipped", report.added, report.skipped)
    return report


def preview_json_file(path: Path) -> str:
    """What an import would bring, checked in memory (ImportFailed if it cannot)."""
    from resilience_desktop.services.transfer.merge import plan_document

    plans = plan_document(database.connection(), load_document(path), decode_value)
    rows = sum(len(plan.rows) for plan in plans)
    return (f"{rows} rows in {len(plans)} tables. Rows already in your journal are skipped; "
            "everything else is added.")
