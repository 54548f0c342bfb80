"""Merge a parsed export document into the open database: validate all, then one transaction.

Per table, in foreign-key order:
* into an empty table every row goes in with its own id (and uid);
* otherwise a row whose ``uid`` is already here is that row: skipped, its id
  mapped to the existing row (export format 2). A row without a uid (format 1)
  is matched by content (all columns but the integer id), one file row to one
  existing row. A row colliding on a UNIQUE key is skipped either way;
* a new row keeps its id when free, else gets a new one, and references to a
  remapped parent row follow the mapping.
Importing a journal's own export therefore changes nothing in any table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from resilience_desktop.core.db import database
from resilience_desktop.core.integrity import driver_errors, tables_in_dependency_order
from resilience_desktop.core.models.base import new_uid
from resilience_desktop.core.progress import Progress, report as report_progress
from resilience_desktop.services.transfer.merge_checks import check_references, validate_rows
from resilience_desktop.services.reading.report import ImportFailed, ImportReport
from resilience_desktop.core.i18n import translate

# one row's values (JSON or SQL values), in its TablePlan's column order
Row = list[Any]
# a table's {id in the file: id here} for the rows that got another id
IdMap = dict[Any, Any]
# a cell as the file holds it -> the value to store (document.decode_value)
Decode = Callable[[Any], Any]
# a DB-API connection (sqlite3 or sqlcipher3: untyped)
Connection = Any


@dataclass
class TablePlan:
    name: str
    columns: list[str]
    rows: list[Row]
    id_column: str | None  # the single INTEGER PRIMARY KEY, if any
    pk_columns: list[str]
    has_uid_column: bool = False  # the table (not necessarily the file) has uid
    references: dict[str, tuple[str, str]] = field(default_factory=dict)  # col -> (parent, col)
    unique_keys: list[list[str]] = field(default_factory=list)


def _table_info(conn: Connection, table: str) -> list[tuple[Any, ...]]:
    info: list[tuple[Any, ...]] = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
    return info


def plan_document(conn: Connection, document: dict[str, Any], decode: Decode) -> list[TablePlan]:
    """Validate the whole document against the current schema, in memory."""
    from resilience_desktop.core.migrations import latest_version

    schema_version = document.get("schema_version")
    if not isinstance(schema_version, int) or isinstance(schema_version, bool) \
            or schema_version > latest_version():
        raise ImportFailed(translate("Resilience", "Field \"schema_version\": {schema_version!r} is newer than this version of Resilience can read.").format(schema_version=schema_version))
    known = tables_in_dependency_order(conn)
    tables = document["tables"]
    for name in tables:
        if name not in known:
            raise ImportFailed(translate("Resilience", "Table \"{name}\" does not exist in this version of Resilience.").format(name=name))
    plans = [_plan_table(conn, name, tables[name], decode) for name in known if name in tables]
    check_references(conn, plans)
    return plans


def _plan_table(conn: Connection, name: str, data: Any, decode: Decode) -> TablePlan:
    info = _table_info(conn, name)
    known_columns = [row[1] for row in info]
    columns = _checked_columns(name, data, known_columns)
    pk = [row[1] for row in sorted(info, key=lambda r: r[5]) if row[5] > 0]
    id_column = _integer_key(pk, info, known_columns)
    references = {fk[3]: (fk[2], fk[4]) for fk in conn.execute(f'PRAGMA foreign_key_list("{name}")')}
    id_like = {c for c in columns if c == id_column or c in references}
    rows = validate_rows(name, columns, data["rows"], info, decode, id_like)
    return TablePlan(name, columns, rows, id_column, pk, "uid" in known_columns, references,
                     _unique_keys(conn, name, columns))


def _checked_columns(name: str, data: object, known_columns: list[str]) -> list[str]:
    """The table's "columns" list, each a field of the table, none twice."""
    if not isinstance(data, dict) or not isinstance(data.get("columns"), list) \
            or not isinstance(data.get("rows"), list):
        raise ImportFailed(translate("Resilience", "Table \"{name}\": needs \"columns\" and \"rows\" lists.").format(name=name))
    columns: list[str] = data["columns"]
    for column in columns:
        if not isinstance(column, str) or column not in known_columns:
            raise ImportFailed(translate("Resilience", "Table \"{name}\": unknown field {column!r}.").format(name=name, column=column))
    if len(set(columns)) != len(columns):
        raise ImportFailed(translate("Resilience", "Table \"{name}\": a field is listed twice.").format(name=name))
    return columns


def _integer_key(pk: list[str], info: list[tuple[Any, ...]],
                 known_columns: list[str]) -> str | None:
    """The single INTEGER PRIMARY KEY column, if the table has one."""
    if len(pk) != 1:
        return None
    declared = info[known_columns.index(pk[0])][2] or ""
    return pk[0] if "INT" in declared.upper() else None


def _unique_keys(conn: Connection, name: str, columns: list[str]) -> list[list[str]]:
    """The table's unique indexes whose columns the file gives."""
    keys = []
    for index in conn.execute(f'PRAGMA index_list("{name}")'):
        if index[2]:  # unique
            cols = [r[2] for r in conn.execute(f'PRAGMA index_info("{index[1]}")')]
            if cols and all(c in columns for c in cols):
                keys.append(cols)
    return keys


def merge_document(document: dict[str, Any], decode: Decode,
                   progress: Progress | None = None) -> ImportReport:
    """Validate everything, then write all tables in one transaction."""
    conn = database.connection()
    plans = plan_document(conn, document, decode)
    report = ImportReport()
    id_maps: dict[str, IdMap] = {}
    try:
        with database.atomic():
            database.execute_sql("PRAGMA defer_foreign_keys = ON")
            for number, plan in enumerate(plans):
                report_progress(progress, number, len(plans), "Importing")
                id_maps[plan.name] = _merge_table(conn, plan, id_maps, report)
    except driver_errors() as error:
        raise ImportFailed(translate("Resilience", "The data does not fit together ({error}).").format(error=error)) from error
    report_progress(progress, len(plans), len(plans), "Importing")
    return report


def _remap(plan: TablePlan, row: Row, id_maps: dict[str, IdMap]) -> Row:
    row = list(row)
    for position, column in enumerate(plan.columns):
        target = plan.references.get(column)
        if target and row[position] is not None:
            mapping = id_maps.get(target[0])
            if mapping and row[position] in mapping:
                row[position] = mapping[row[position]]
    return row


@dataclass(frozen=True)
class RowInsert:
    """The INSERT for a table's rows; with fill_uid (a format-1 file, whose rows carry no
    uid) each new row gets a fresh uid as its last value."""

    sql: str
    fill_uid: bool = False

    def values(self, row: Row) -> Row:
        return list(row) + [new_uid()] if self.fill_uid else row


def _insert_all(conn: Connection, plan: TablePlan, insert: RowInsert, rows: list[Row]) -> None:
    """Insert every row; a refused row is named (table and row number)."""
    rows = [insert.values(row) for row in rows]
    try:
        with database.atomic():  # a savepoint, so the search below starts clean
            conn.executemany(insert.sql, rows)
    except driver_errors():
        for number, row in enumerate(rows, start=1):
            try:
                with database.atomic():
                    conn.execute(insert.sql, row)
            except driver_errors() as error:
                raise ImportFailed(translate("Resilience", "table \"{name}\", row {number}: this value is not allowed ({error}).").format(name=plan.name, number=number, error=error)) from None
        raise


def _merge_table(conn: Connection, plan: TablePlan, id_maps: dict[str, IdMap],
                 report: ImportReport) -> IdMap:
    fill_uid = plan.has_uid_column and "uid" not in plan.columns  # a format-1 file
    columns = plan.columns + (["uid"] if fill_uid else [])
    quoted = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    # A format-1 row gets a fresh stable id; matching stays by content (merge_rows).
    insert = RowInsert(f'INSERT INTO "{plan.name}" ({quoted}) VALUES ({marks})', fill_uid)
    rows = [_remap(plan, row, id_maps) for row in plan.rows]
    existing_count = conn.execute(f'SELECT COUNT(*) FROM "{plan.name}"').fetchone()[0]
    if existing_count == 0:
        _insert_all(conn, plan, insert, rows)
        report.added += len(rows)
        return {}
    from resilience_desktop.services.transfer.merge_rows import merge_rows

    try:
        return merge_rows(conn, plan, rows, insert, report)
    except driver_errors() as error:
        raise ImportFailed(translate("Resilience", "table \"{name}\": a row is not allowed ({error}).").format(name=plan.name, error=error)) from None
