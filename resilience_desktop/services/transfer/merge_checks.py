"""Check every value of an export document against the schema before anything is written.

Types by the column's declared type, then values: dates and times real, numbers
finite and in range, ids positive, text without lone surrogates, base64 valid,
uids of the right shape and not repeated, references pointing at a row that is
in the file or already in the journal. Errors name table, row and field.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from resilience_desktop.services.reading import values
from resilience_desktop.services.reading.report import ImportFailed
from resilience_desktop.core.i18n import translate

if TYPE_CHECKING:
    from resilience_desktop.services.transfer.merge import Connection, Decode, Row, TablePlan

_KINDS = (  # (marker in the declared type, kind); first match wins
    ("DATETIME", "datetime"), ("TIMESTAMP", "datetime"), ("DATE", "date"),
    ("INT", "integer"), ("BOOL", "integer"),
    ("REAL", "real"), ("FLOA", "real"), ("DOUB", "real"),
    ("CHAR", "text"), ("TEXT", "text"), ("CLOB", "text"),
)


def column_kind(declared: str) -> str | None:
    declared = (declared or "").upper()
    for marker, kind in _KINDS:
        if marker in declared:
            return kind
    return None


def check_value(table: str, column: str, value: Any, column_info: tuple[Any, ...],
                is_id: bool) -> Any:
    """The value as it will be stored (ValueError with the reason if it cannot be)."""
    _cid, _name, declared, notnull, default, pk = column_info
    if value is None:
        if notnull and default is None and not pk:
            raise ValueError("a value is required.")
        return None
    if isinstance(value, (list, dict)):
        raise ValueError("not a plain value.")
    if column == "uid":
        return values.check_uid(value)
    if (table, column) == ("journal_draft", "entry_date"):
        return values.check_draft_date(value)
    if isinstance(value, str):
        values.check_text(value)
    return _check_kind(table, column, value, column_kind(declared), is_id)


def _check_kind(table: str, column: str, value: Any, kind: str | None, is_id: bool) -> Any:
    """A plain value against its column's declared kind and range."""
    if kind == "datetime":
        values.check_datetime(value)
    elif kind == "date":
        values.check_date(value)
    elif kind == "integer":
        low, high = (1, values.MAX_INTEGER) if is_id else values.COLUMN_RANGES.get(
            (table, column), (-values.MAX_INTEGER - 1, values.MAX_INTEGER))
        value = values.check_integer(value, low, high)
    elif kind == "real":
        low, high = values.COLUMN_RANGES.get((table, column), (-values.MAX_REAL, values.MAX_REAL))
        values.check_real(value, low, high)
    elif kind == "text" and not isinstance(value, str):
        raise ValueError("expected text.")
    return value


def decode_cell(value: Any, decode: Decode) -> Any:
    try:
        return decode(value)
    except ValueError:
        raise
    except Exception as error:  # noqa: BLE001 - a malformed {"$base64": ...}
        raise ValueError("the binary value is not valid base64.") from error


def validate_rows(table: str, columns: list[str], rows: list[Any], info: list[tuple[Any, ...]],
                  decode: Decode, id_like: set[str]) -> list[Row]:
    """Decoded rows, every value checked; ImportFailed names the first bad one."""
    by_name = {row[1]: row for row in info}
    decoded_rows = []
    uid_position = columns.index("uid") if "uid" in columns else None
    seen_uids: set[str] = set()
    for number, row in enumerate(rows, start=1):
        where = f"table \"{table}\", row {number}"
        if not isinstance(row, list) or len(row) != len(columns):
            raise ImportFailed(translate("Resilience", "{where}: expected {columns} values.").format(where=where, columns=len(columns)))
        decoded = _decoded_row(where, table, columns, row, by_name, decode, id_like)
        if table == "preference" and {"key", "value"} <= set(columns):
            _check_preference_row(where, columns, decoded)
        if uid_position is not None:
            if decoded[uid_position] in seen_uids:
                raise ImportFailed(translate("Resilience", "{where}, field \"uid\": the same row id appears twice.").format(where=where))
            seen_uids.add(decoded[uid_position])
        decoded_rows.append(decoded)
    return decoded_rows


def _decoded_row(where: str, table: str, columns: list[str], row: Row,
                 by_name: dict[str, tuple[Any, ...]], decode: Decode, id_like: set[str]) -> Row:
    decoded = []
    for column, raw in zip(columns, row):
        try:
            value = decode_cell(raw, decode)
            decoded.append(check_value(table, column, value, by_name[column], column in id_like))
        except ValueError as error:
            raise ImportFailed(translate("Resilience", "{where}, field \"{column}\": {error}").format(where=where, column=column, error=error)) from None
    return decoded


def _check_preference_row(where: str, columns: list[str], decoded: Row) -> None:
    key, text = decoded[columns.index("key")], decoded[columns.index("value")]
    try:
        check_preference_value(key, text)
    except ValueError as error:
        raise ImportFailed(translate("Resilience", "{where}, field \"value\" ({key}): {error}").format(where=where, key=key, error=error)) from None


def check_preference_value(key: str, text: str) -> str:
    """A preference row: a setting's value (services/settings.py) is JSON text holding one
    the Settings dialog could have chosen. Other keys (window size, last tab...) pass:
    reading them falls back to the default when they are odd."""
    import json

    from resilience_desktop.services.settings import DEFAULTS, check_setting

    if key not in DEFAULTS:
        return text
    try:
        value = json.loads(text)
    except (ValueError, TypeError, RecursionError):
        raise ValueError(f"{values.shown(text)} is not a stored preference value (JSON).") from None
    check_setting(key, value)
    return text


def check_references(conn: Connection, plans: list[TablePlan]) -> None:
    """Every reference points at a row in the file or already in the journal."""
    in_file: dict[str, dict[str, set[Any]]] = {}
    for plan in plans:
        in_file[plan.name] = {column: {row[i] for row in plan.rows}
                              for i, column in enumerate(plan.columns)}
    for plan in plans:
        for column, (parent, parent_column) in plan.references.items():
            if column in plan.columns:
                _check_reference(conn, plan, column, parent, parent_column or "id", in_file)


def _check_reference(conn: Connection, plan: TablePlan, column: str, parent: str,
                     parent_column: str, in_file: dict[str, dict[str, set[Any]]]) -> None:
    position = plan.columns.index(column)
    wanted = {row[position] for row in plan.rows if row[position] is not None}
    missing = wanted - in_file.get(parent, {}).get(parent_column, set())
    if missing:
        missing -= _existing(conn, parent, parent_column, missing)
    if missing:
        value = sorted(missing, key=str)[0]
        number = next(n for n, row in enumerate(plan.rows, 1) if row[position] == value)
        raise ImportFailed(translate("Resilience", "table \"{name}\", row {number}, field \"{column}\": {value!r} points at no row of \"{parent}\".").format(name=plan.name, number=number, column=column, value=value, parent=parent))


def _existing(conn: Connection, table: str, column: str, wanted: set[Any]) -> set[Any]:
    found: set[Any] = set()
    listed = list(wanted)
    for start in range(0, len(listed), 500):
        chunk = listed[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        found.update(r[0] for r in conn.execute(
            f'SELECT "{column}" FROM "{table}" WHERE "{column}" IN ({marks})', chunk))
    return found
