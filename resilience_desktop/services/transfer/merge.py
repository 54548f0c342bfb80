"""Merge a parsed export document into the open database: validate all, then one transaction.

Per table, in foreign-key order:
* a row whose content (all columns except an integer id) is already there,
  or that collides with a row on a UNIQUE key, is skipped and its id is
  mapped to the existing row;
* otherwise it is inserted with its own id when that id is free (so an
  import into an empty data dir keeps every id), else with a new id;
* references to a remapped parent row follow the mapping.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from resilience_desktop.core.db import database
from resilience_desktop.core.integrity import driver_errors, tables_in_dependency_order
from resilience_desktop.services.transfer.report import ImportFailed, ImportReport

_AFFINITY_CHECKS = (
    ("INT", (int,), "a whole number"),
    ("REAL", (int, float), "a number"), ("FLOA", (int, float), "a number"),
    ("DOUB", (int, float), "a number"),
    ("CHAR", (str,), "text"), ("TEXT", (str,), "text"), ("CLOB", (str,), "text"),
)


@dataclass
class TablePlan:
    name: str
    columns: list[str]
    rows: list[list]
    id_column: str | None  # the single INTEGER PRIMARY KEY, if any
    pk_columns: list[str]
    references: dict[str, tuple[str, str]] = field(default_factory=dict)  # col -> (parent, col)
    unique_keys: list[list[str]] = field(default_factory=list)


def _table_info(conn, table: str):
    return conn.execute(f'PRAGMA table_info("{table}")').fetchall()


def _expected_type(declared: str):
    declared = (declared or "").upper()
    for marker, types, label in _AFFINITY_CHECKS:
        if marker in declared:
            return types, label
    return None, None


def _validate_rows(table: str, columns: list[str], rows, info, decode) -> list[list]:
    by_name = {row[1]: row for row in info}
    decoded_rows = []
    for number, row in enumerate(rows, start=1):
        where = f"table \"{table}\", row {number}"
        if not isinstance(row, list) or len(row) != len(columns):
            raise ImportFailed(f"{where}: expected {len(columns)} values.")
        values = [decode(value) for value in row]
        for column, value in zip(columns, values):
            _check_value(where, column, value, by_name[column])
        decoded_rows.append(values)
    return decoded_rows


def _check_value(where: str, column: str, value, column_info) -> None:
    _cid, _name, declared, notnull, default, _pk = column_info
    if value is None:
        if notnull and default is None and not _pk:
            raise ImportFailed(f"{where}, field \"{column}\": a value is required.")
        return
    if isinstance(value, (dict, list)):
        raise ImportFailed(f"{where}, field \"{column}\": not a plain value.")
    types, label = _expected_type(declared)
    ok = types is None or (isinstance(value, types) and not isinstance(value, bool))
    if isinstance(value, bool) and types is not None and int in types:
        ok = True
    if not ok:
        raise ImportFailed(f"{where}, field \"{column}\": expected {label}.")


def plan_document(conn, document: dict, decode) -> list[TablePlan]:
    """Validate the whole document against the current schema, in memory."""
    from resilience_desktop.core.migrations import latest_version

    schema_version = document.get("schema_version")
    if not isinstance(schema_version, int) or schema_version > latest_version():
        raise ImportFailed(f"Field \"schema_version\": {schema_version!r} is newer than this "
                           "version of Resilience can read.")
    known = tables_in_dependency_order(conn)
    tables = document["tables"]
    for name in tables:
        if name not in known:
            raise ImportFailed(f"Table \"{name}\" does not exist in this version of Resilience.")
    return [_plan_table(conn, name, tables[name], decode) for name in known if name in tables]


def _plan_table(conn, name: str, data, decode) -> TablePlan:
    if not isinstance(data, dict) or not isinstance(data.get("columns"), list) \
            or not isinstance(data.get("rows"), list):
        raise ImportFailed(f"Table \"{name}\": needs \"columns\" and \"rows\" lists.")
    info = _table_info(conn, name)
    known_columns = [row[1] for row in info]
    columns = data["columns"]
    for column in columns:
        if column not in known_columns:
            raise ImportFailed(f"Table \"{name}\": unknown field \"{column}\".")
    if len(set(columns)) != len(columns):
        raise ImportFailed(f"Table \"{name}\": a field is listed twice.")
    rows = _validate_rows(name, columns, data["rows"], info, decode)
    pk = [row[1] for row in sorted(info, key=lambda r: r[5]) if row[5] > 0]
    id_column = pk[0] if len(pk) == 1 and "INT" in (info[known_columns.index(pk[0])][2] or "").upper() else None
    plan = TablePlan(name, columns, rows, id_column, pk)
    for fk in conn.execute(f'PRAGMA foreign_key_list("{name}")'):
        plan.references[fk[3]] = (fk[2], fk[4])
    for index in conn.execute(f'PRAGMA index_list("{name}")'):
        if index[2]:  # unique
            cols = [r[2] for r in conn.execute(f'PRAGMA index_info("{index[1]}")')]
            if cols and all(c in columns for c in cols):
                plan.unique_keys.append(cols)
    return plan


def merge_document(document: dict, decode) -> ImportReport:
    """Validate everything, then write all tables in one transaction."""
    conn = database.connection()
    plans = plan_document(conn, document, decode)
    report = ImportReport()
    id_maps: dict[str, dict] = {}
    try:
        with database.atomic():
            database.execute_sql("PRAGMA defer_foreign_keys = ON")
            for plan in plans:
                id_maps[plan.name] = _merge_table(conn, plan, id_maps, report)
    except driver_errors() as error:
        raise ImportFailed(f"The data does not fit together ({error}).") from error
    except ImportFailed:
        raise
    return report


def _remap(plan: TablePlan, row: list, id_maps: dict) -> list:
    row = list(row)
    for position, column in enumerate(plan.columns):
        target = plan.references.get(column)
        if target and row[position] is not None:
            mapping = id_maps.get(target[0])
            if mapping and row[position] in mapping:
                row[position] = mapping[row[position]]
    return row


def _merge_table(conn, plan: TablePlan, id_maps: dict, report: ImportReport) -> dict:
    quoted = ", ".join(f'"{c}"' for c in plan.columns)
    marks = ", ".join("?" for _ in plan.columns)
    insert = f'INSERT INTO "{plan.name}" ({quoted}) VALUES ({marks})'
    rows = [_remap(plan, row, id_maps) for row in plan.rows]
    existing_count = conn.execute(f'SELECT COUNT(*) FROM "{plan.name}"').fetchone()[0]
    if existing_count == 0:
        conn.executemany(insert, rows)
        report.added += len(rows)
        return {}
    from resilience_desktop.services.transfer.merge_rows import merge_rows

    return merge_rows(conn, plan, rows, insert, report)
