"""Small helpers for messages shown to people (services and UI share them)."""


def count_of(count: int, singular: str, plural: str | None = None) -> str:
    """'1 session', '3 sessions', '2 rows have' style counts: no '(s)'."""
    return f"{count} {singular if count == 1 else (plural or singular + 's')}"
