"""Small text helpers for labels."""

from __future__ import annotations

ELLIPSIS = "…"


def shorten(text: str, limit: int) -> str:
    """text on one line, at most limit characters, cut at a word boundary with "…"."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    head = text[:cut] if cut > limit // 2 else text[:limit - 1]
    return head.rstrip(" ,;:.-—") + ELLIPSIS
