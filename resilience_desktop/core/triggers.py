"""Set triggers aside for a bulk write, inside the caller's transaction.

``suspend(conn, names)`` drops the named triggers and returns their SQL;
``restore(conn, saved)`` re-creates them from that very SQL. Both run inside
one transaction, so a failure anywhere rolls the drop back too and the schema
is never left without them. When not every named trigger exists nothing is
dropped (and the caller's slow path, the triggers themselves, still works).
"""

from __future__ import annotations

from typing import Any


def suspend(conn: Any, names: tuple[str, ...]) -> list[str]:
    marks = ", ".join("?" for _ in names)
    found = dict(conn.execute(f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
                              f" AND name IN ({marks})", names).fetchall())
    if set(found) != set(names):
        return []
    for name in names:
        conn.execute(f'DROP TRIGGER "{name}"')
    return [found[name] for name in names]


def restore(conn: Any, saved: list[str]) -> None:
    for sql in saved:
        conn.execute(sql)
