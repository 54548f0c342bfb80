"""Mark the words a search matched, in Python, for the few hits shown.

FTS5's snippet()/highlight() re-run the match for every row they touch,
which made prefix queries slow on big journals; ranking stays in SQLite and
only the shown hits are marked here. Tokens follow FTS5's unicode61
tokenizer closely enough for highlighting: letters, digits and combining
marks; case and diacritics ignored.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import NamedTuple

MARK_START = "\x02"
MARK_END = "\x03"
_COMBINING = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
TOKEN = re.compile(rf"(?:[^\W_]|[{_COMBINING}])+")
SNIPPET_BEFORE = 50
SNIPPET_LENGTH = 200


class _FoldTable(dict[int, str]):
    """str.translate table folding each character to one lower-case base
    character (length-preserving, so match positions stay valid)."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0].lower()
        folded = base if len(base) == 1 else char
        self[code] = folded
        return folded


_FOLD_TABLE = _FoldTable()


def fold(token: str) -> str:
    """Case- and diacritic-insensitive form of a token (like remove_diacritics)."""
    decomposed = unicodedata.normalize("NFD", token)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


class QueryTerms(NamedTuple):
    exact: frozenset[str]
    prefix: str | None  # the last word while it is being typed
    ascii_pattern: re.Pattern[str] | None = None  # fast path for ASCII queries

    def matches(self, token: str) -> bool:
        folded = fold(token)
        return folded in self.exact or (self.prefix is not None and
                                        folded.startswith(self.prefix))

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Matching tokens of text, as regex matches."""
        if self.ascii_pattern is not None:
            return self.ascii_pattern.finditer(text if text.isascii()
                                               else text.translate(_FOLD_TABLE))
        return (m for m in TOKEN.finditer(text) if self.matches(m.group(0)))


def query_terms(words: list[str], last_is_prefix: bool) -> QueryTerms:
    tokens = [fold(t) for word in words for t in TOKEN.findall(word)]
    prefix = tokens.pop() if tokens and last_is_prefix else None
    return QueryTerms(frozenset(tokens), prefix, _ascii_pattern(tokens, prefix))


def _ascii_pattern(tokens: list[str], prefix: str | None) -> re.Pattern[str] | None:
    """One regex for the fast path when every word is ASCII (None otherwise, or for none)."""
    if not (all(t.isascii() for t in tokens) and (prefix is None or prefix.isascii())):
        return None
    choices = [re.escape(t) + r"(?![^\W_])" for t in sorted(tokens, key=len, reverse=True)]
    if prefix:
        choices.append(re.escape(prefix) + r"[^\W_]*")
    if not choices:
        return None
    return re.compile(r"(?<![^\W_])(?:" + "|".join(choices) + ")", re.IGNORECASE)


def mark(text: str, terms: QueryTerms) -> str:
    """text with every matching token wrapped in MARK_START/MARK_END."""
    pieces, last = [], 0
    for match in terms.finditer(text):
        pieces.append(text[last:match.start()])
        pieces.append(f"{MARK_START}{text[match.start():match.end()]}{MARK_END}")
        last = match.end()
    pieces.append(text[last:])
    return "".join(pieces)


def snippet(text: str, terms: QueryTerms) -> str:
    """About SNIPPET_LENGTH characters around the first match, marked, one line."""
    first = next(iter(terms.finditer(text)), None)
    start = 0 if first is None else max(0, first.start() - SNIPPET_BEFORE)
    if first is not None and start:
        space = text.find(" ", start, first.start())
        start = space + 1 if space != -1 else start
    end = min(len(text), start + SNIPPET_LENGTH)
    if end < len(text):
        space = text.rfind(" ", start + SNIPPET_LENGTH // 2, end)
        end = space if space != -1 else end
    piece = " ".join(text[start:end].split())
    return ("…" if start else "") + mark(piece, terms) + ("…" if end < len(text) else "")
