"""Put rows into EVERY data table of the schema, whatever tables exist today.

Works from sqlite_master and PRAGMA table_info/foreign_key_list, so a table
added tomorrow gets rows too, and the backup/export/import/canary tests
cover it without being edited. Text columns get the value text(table, column).
"""

from __future__ import annotations

import re

from resilience_desktop.core.integrity import tables_in_dependency_order
from resilience_desktop.core.models.base import new_uid

_QUOTED = re.compile(r"'((?:[^']|'')*)'")
_DATE_TEXT = {("journal_draft", "entry_date")}


def _plain_value(declared: str, serial: int):
    declared = (declared or "").upper()
    if "INT" in declared or "BOOL" in declared:
        return serial
    if any(marker in declared for marker in ("REAL", "FLOA", "DOUB", "NUMERIC", "DECIMAL")):
        return 1.5 + serial
    if "DATETIME" in declared or "TIMESTAMP" in declared:
        return f"2024-01-{serial % 27 + 1:02d} 10:{serial % 60:02d}:00"
    if "DATE" in declared:
        return f"2024-01-{serial % 27 + 1:02d}"
    if "TIME" in declared:
        return "10:30:00"
    return None  # text


def _candidate_rows(conn, table: str, serial: int, text):
    info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
    references = {fk[3]: (fk[2], fk[4]) for fk in conn.execute(f'PRAGMA foreign_key_list("{table}")')}
    base = {}
    text_columns = []
    already = conn.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
    single_pk = sum(1 for row in info if row[5]) == 1
    for _cid, name, declared, _notnull, _default, pk in info:
        if pk and single_pk and "INT" in (declared or "").upper():
            continue  # let SQLite number it
        if name == "uid":
            base[name] = new_uid()
            continue
        if name in references:
            parent, parent_column = references[name]
            count = conn.execute(f'SELECT COUNT(*) FROM "{parent}"').fetchone()[0] or 1
            found = conn.execute(f'SELECT "{parent_column or "rowid"}" FROM "{parent}" '
                                 f'ORDER BY rowid LIMIT 1 OFFSET ?', ((already + serial - 1) % count,)).fetchone()
            base[name] = found[0] if found else None
            continue
        value = _plain_value(declared, serial)
        if (table, name) in _DATE_TEXT:  # a text column that holds a day (checked on import)
            value = f"2024-01-{serial % 27 + 1:02d}"
        if value is None:
            text_columns.append(name)
            value = f"{text(table, name)} #{serial}"
        base[name] = value
    yield dict(base)
    for shift in range(1, 12):  # other parent combinations (UNIQUE pairs in link tables)
        varied = dict(base)
        for position, (name, (parent, parent_column)) in enumerate(references.items()):
            count = conn.execute(f'SELECT COUNT(*) FROM "{parent}"').fetchone()[0] or 1
            found = conn.execute(f'SELECT "{parent_column or "rowid"}" FROM "{parent}" ORDER BY rowid '
                                 'LIMIT 1 OFFSET ?', ((already + shift * (position + 1)) % count,)).fetchone()
            if name in varied and found:
                varied[name] = found[0]
        yield varied
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name=?", (table,)).fetchone()[0] or ""
    literals = [m.replace("''", "'") for m in _QUOTED.findall(sql)]
    # CHECK (x IN ('a', 'b')) or small-range CHECKs: try literal choices and small numbers.
    for name in text_columns:
        for literal in literals:
            yield {**base, name: literal}
    for name in base:
        if isinstance(base[name], (int, float)) and name not in references:
            for number in (0, 1, 2, 3, 5):
                yield {**base, name: number}


def fill_every_table(conn, text=lambda table, column: f"{table}.{column} text", rows: int = 1) -> dict:
    """Insert `rows` rows in every data table; returns {table: rows inserted}."""
    inserted = {}
    for table in tables_in_dependency_order(conn):
        inserted[table] = 0
        for serial in range(1, rows + 1):
            last_error = None
            for candidate in _candidate_rows(conn, table, serial, text):
                columns = ", ".join(f'"{c}"' for c in candidate)
                marks = ", ".join("?" for _ in candidate)
                try:
                    conn.execute(f'INSERT INTO "{table}" ({columns}) VALUES ({marks})',
                                 list(candidate.values()))
                except Exception as error:  # noqa: BLE001 - try the next candidate
                    last_error = error
                    continue
                inserted[table] += 1
                break
            else:
                raise AssertionError(f"could not put a row into {table}: {last_error}")
    conn.commit()
    return inserted
