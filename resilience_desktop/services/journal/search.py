"""Full-text search over titles, bodies and tags (SQLite FTS5), with filters.

The index (journal_entry_fts) is kept in step by triggers (migration m0003).
User input is never passed to FTS5 as syntax: every word is quoted, so stray
quotes, brackets or operators (AND, OR, NOT, NEAR, *) are just text; the last
word is a prefix while it is being typed. Results are ranked with bm25 (among
the newest RANK_WINDOW matches) and carry snippets whose matched words are
wrapped in MARK_START / MARK_END (marked in Python, journal_highlight.py).

The queries run on the models' handle (core/db.py), or on ``conn`` when given: the
``search`` verb passes the reader door's plain DB-API connection
(``core/session/reader.plain_reader_connection``) so that it never imports peewee.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, NamedTuple

from resilience_desktop.core import date_range
from resilience_desktop.services.journal import highlight
from resilience_desktop.services.journal.highlight import MARK_END, MARK_START

DEFAULT_LIMIT = 50
_SPLIT = re.compile(r'[\s"]+')


class SearchFilters(NamedTuple):
    date_from: date | None = None
    date_to: date | None = None
    kind: str | None = None
    tag: str | None = None
    emotion: str | None = None
    quadrant: str | None = None


class SearchHit(NamedTuple):
    id: int
    entry_date: date
    title: str  # with marks around matched words
    snippet: str  # with marks around matched words
    kind: str
    pleasantness: int | None
    energy: int | None


def match_expression(text: str) -> str | None:
    """Turn what the user typed into a safe FTS5 MATCH expression.

    Each word becomes a quoted string (quotes doubled), so nothing typed is
    read as FTS syntax; the last word gets a prefix star unless the text ends
    with a space (the word is finished). Returns None when nothing is searchable.
    """
    words = _words(text)
    if not words:
        return None
    terms = ['"' + word.replace('"', '""') + '"' for word in words]
    if not text[-1:].isspace():
        terms[-1] += "*"
    return " ".join(terms)


def _words(text: str) -> list[str]:
    return [w for w in _SPLIT.split(text) if any(ch.isalnum() for ch in w)]


def _execute(conn: Any, sql: str, params: tuple[object, ...] | list[object] = ()) -> Any:
    """A cursor of sql on conn, or on the models' handle when conn is None."""
    if conn is not None:
        return conn.execute(sql, params)
    from resilience_desktop.core.db import database

    return database.execute_sql(sql, params)


def _quadrant_sql(quadrant: str) -> str:
    from resilience_desktop.services.journal import emotions  # the models: on demand

    return {
        emotions.NEUTRAL: "e.pleasantness = 0",
        emotions.HIGH_PLEASANT: "e.pleasantness > 0 AND e.energy > 0",
        emotions.LOW_PLEASANT: "e.pleasantness > 0 AND e.energy <= 0",
        emotions.HIGH_UNPLEASANT: "e.pleasantness < 0 AND e.energy > 0",
        emotions.LOW_UNPLEASANT: "e.pleasantness < 0 AND e.energy <= 0",
    }[quadrant]


def filter_sql(filters: SearchFilters) -> tuple[str, list[object]]:
    """SQL conditions on journal_entry AS e for the filters (always ANDed)."""
    parts = ["e.deleted_at IS NULL"]
    params: list[object] = []
    if filters.date_from is not None:
        parts.append("e.entry_date >= ?")
        params.append(filters.date_from.isoformat())
    if filters.date_to is not None:
        parts.append("e.entry_date <= ?")
        params.append(filters.date_to.isoformat())
    if filters.kind:
        parts.append("e.kind = ?")
        params.append(filters.kind)
    if filters.tag:
        parts.append("e.id IN (SELECT entry_id FROM journal_entry_tag"
                     " WHERE name = ? COLLATE NOCASE)")
        params.append(filters.tag.strip().lstrip("#"))
    if filters.emotion:
        from resilience_desktop.services.journal.emotions import normalise_word

        parts.append("e.id IN (SELECT entry_id FROM journal_entry_emotion WHERE word = ?)")
        params.append(normalise_word(filters.emotion))
    if filters.quadrant:
        parts.append(_quadrant_sql(filters.quadrant))
    return " AND ".join(parts), params


# Ranking looks at the newest RANK_WINDOW matches (by rowid, i.e. by when they
# were written): exact for all but the most common words, and it bounds the
# cost of a query however large the journal grows.
RANK_WINDOW = 1000
_RANKED_IDS_SQL = (
    "SELECT id FROM (SELECT journal_entry_fts.rowid AS id, rank AS score"
    " FROM journal_entry_fts JOIN journal_entry e ON e.id = journal_entry_fts.rowid"
    " WHERE journal_entry_fts MATCH ? AND {where}"
    " ORDER BY journal_entry_fts.rowid DESC LIMIT {window}) ORDER BY score LIMIT ?"
)
_SHOWN_SQL = (
    "SELECT e.id, e.entry_date, e.title, e.body, e.kind, e.pleasantness, e.energy,"
    " (SELECT group_concat(name, ', ') FROM journal_entry_tag WHERE entry_id = e.id)"
    " FROM journal_entry e WHERE e.id IN ({ids})"
)
_RECENT_SQL = (
    "SELECT e.id, e.entry_date, e.title, substr(e.body, 1, 200), e.kind, e.pleasantness,"
    " e.energy FROM journal_entry e WHERE {where}"
    " ORDER BY e.entry_date DESC, e.id DESC LIMIT ?"
)


def search_entries(text: str, filters: SearchFilters | None = None,
                   limit: int = DEFAULT_LIMIT, conn: Any = None) -> list[SearchHit]:
    """Entries matching text and filters: best match first, or (with no
    words typed) the newest entries matching the filters."""
    where, params = filter_sql(filters or SearchFilters())
    expression = match_expression(text)
    if expression is None:
        cursor = _execute(conn, _RECENT_SQL.format(where=where), (*params, limit))
        return [_hit(row, collapse=True) for row in cursor.fetchall()]
    ranked_sql = _RANKED_IDS_SQL.format(where=where, window=RANK_WINDOW)
    ids = [row[0] for row in _execute(conn, ranked_sql, (expression, *params, limit)).fetchall()]
    if not ids:
        return []
    rows = _execute(conn, _SHOWN_SQL.format(ids=",".join(map(str, ids)))).fetchall()
    by_id = {row[0]: row for row in rows}
    terms = highlight.query_terms(_words(text), last_is_prefix=not text[-1:].isspace())
    return [_marked_hit(by_id[entry_id], terms) for entry_id in ids if entry_id in by_id]


def _marked_hit(row: tuple[Any, ...], terms: highlight.QueryTerms) -> SearchHit:
    entry_id, day, title, body, kind, pleasantness, energy, tags = row
    text = highlight.snippet(body, terms)
    if tags and MARK_START not in text:
        marked_tags = highlight.mark(tags, terms)
        if MARK_START in marked_tags:
            text = f"Tags: {marked_tags} · {text}"
    return SearchHit(entry_id, date_range.stored_day(day), highlight.mark(title or "", terms),
                     text, kind, pleasantness, energy)


def _hit(row: tuple[Any, ...], collapse: bool = False) -> SearchHit:
    entry_id, day, title, snippet, kind, pleasantness, energy = row
    snippet = " ".join((snippet or "").split())
    if collapse and len(snippet) > 160:
        snippet = snippet[:160].rsplit(" ", 1)[0] + "…"
    return SearchHit(entry_id, date_range.stored_day(day), title or "", snippet, kind,
                     pleasantness, energy)


def optimize_search_index() -> None:
    """Merge the index's segments into one (after bulk writes: demo, import)."""
    from resilience_desktop.core.db import database

    with database.atomic():
        database.execute_sql(
            "INSERT INTO journal_entry_fts (journal_entry_fts) VALUES ('optimize')")


def marked_to_html(text: str, style: str = "background:#ffe58a; font-weight:600") -> str:
    """Escape text for Qt rich text and turn marks into highlighted spans."""
    import html  # the window's use only: html.entities costs a CLI search ~3 ms

    escaped = html.escape(text, quote=False)
    return (escaped.replace(MARK_START, f'<span style="{style}">')
            .replace(MARK_END, "</span>"))


def marked_to_plain(text: str, start: str = "", end: str = "") -> str:
    return text.replace(MARK_START, start).replace(MARK_END, end)


def count_matches(text: str, filters: SearchFilters | None = None, conn: Any = None) -> int:
    """How many entries search_entries(text, filters) would find without a limit."""
    expression = match_expression(text)
    if expression is None:
        return 0
    where, params = filter_sql(filters or SearchFilters())
    return int(_execute(
        conn, "SELECT count(*) FROM journal_entry_fts JOIN journal_entry e"
        f" ON e.id = journal_entry_fts.rowid WHERE journal_entry_fts MATCH ? AND {where}",
        (expression, *params)).fetchone()[0])
