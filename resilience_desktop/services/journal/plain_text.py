"""An entry as plain text: the title taken from typed text (``write``, inbox notes) and the
editor file of ``edit`` (title on the first line, a blank line, then the text). Qt-free."""

from __future__ import annotations

import re

# Longest title taken from the first sentence; a longer first sentence stays in the text.
TITLE_MAX = 120
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


def split_title(text: str) -> tuple[str, str]:
    """(title, body) as jrnl does: the first sentence, or the first line when it ends
    sooner, is the title; the rest is the body. Line breaks are kept in the body."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        return "", ""
    first_line, _newline, rest = text.partition("\n")
    match = _SENTENCE_END.search(first_line)
    if match and match.end() < len(first_line.rstrip()):
        title, rest_of_line = first_line[:match.end()], first_line[match.end():].strip()
        rest = f"{rest_of_line}\n{rest}" if rest else rest_of_line
    else:
        title = first_line
    if len(title) > TITLE_MAX:
        return "", text
    return title.strip(), rest.strip()


def editor_text(title: str, body: str) -> str:
    """The file `edit` opens: title on the first line, a blank line, then the text."""
    return f"{title}\n\n{body}\n"


def from_editor_text(text: str) -> tuple[str, str]:
    """(title, body) back from the editor file: the first line is the title (a first
    line left empty means no title); everything after the blank line is the text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    title, _newline, rest = text.partition("\n")
    return title.strip(), rest.strip("\n").rstrip()
