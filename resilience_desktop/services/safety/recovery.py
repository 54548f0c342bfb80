"""What to do with a damaged journal: export what can still be read.

The damaged file is never opened for writing: its main file is copied to a
private scratch folder inside the data folder (never the system temp folder: a
plain journal's words stay where they were; the -wal is left out: it is missing, foreign or part of the
damage) and the copy is read table by table, row by row, keeping every row
that reads.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from resilience_desktop.core.integrity import driver_errors, connect_file, data_table_names
from resilience_desktop.services.transfer.document import (
    FORMAT_NAME,
    FORMAT_VERSION,
    encode_value,
    table_columns,
    write_json_atomically,
)
from resilience_desktop.core.log import get_logger

log = get_logger(__name__)


@dataclass
class SalvageReport:
    rows: int = 0
    tables: int = 0
    problems: list[str] = field(default_factory=list)


def _read_rows(conn: Any, table: str) -> tuple[dict[str, list[Any]], str | None]:
    columns = table_columns(conn, table)
    quoted = ", ".join(f'"{c}"' for c in columns)
    rows, problem = [], None
    try:
        for row in conn.execute(f'SELECT {quoted} FROM "{table}"'):
            rows.append([encode_value(v) for v in row])
    except driver_errors() as error:
        problem = f"{table}: stopped after {len(rows)} rows ({error})"
    return {"columns": columns, "rows": rows}, problem


def salvage_export(db_path: Path, dest: Path, key: bytes | None = None,
                   force: bool = False) -> SalvageReport:
    """Write what can be read from db_path as a JSON export at dest (through the output
    guard: never inside the data folder, never over a non-file, replaced only with force)."""
    from resilience_desktop.core.output_path import check_output_file

    report = SalvageReport()
    check_output_file(dest, db_path.parent, force)
    with tempfile.TemporaryDirectory(prefix=".salvage-", dir=db_path.parent) as scratch:
        copy = Path(scratch) / "copy.sqlite3"
        shutil.copyfile(db_path, copy)
        try:
            conn = connect_file(copy, key)
            names = data_table_names(conn)
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        except driver_errors() as error:
            report.problems.append(f"nothing could be read ({error})")
            return report
        tables = {}
        try:
            for name in names:
                tables[name], problem = _read_rows(conn, name)
                report.rows += len(tables[name]["rows"])
                if problem:
                    report.problems.append(problem)
        finally:
            conn.close()
    document = {"format": FORMAT_NAME, "format_version": FORMAT_VERSION,
                "schema_version": version, "salvaged": True, "tables": tables}
    write_json_atomically(document, dest, db_path.parent, force)
    report.tables = len(tables)
    log.info("salvage export: %d rows from %d tables", report.rows, report.tables)
    return report
