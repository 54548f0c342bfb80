"""Small helpers for messages shown to people (services and UI share them)."""


def count_of(count: int, singular: str, plural: str | None = None) -> str:
    """'1 session', '3 sessions', '2 rows have' style counts: no '(s)'."""
    return f"{count} {singular if count == 1 else (plural or singular + 's')}"


def signed(value: int) -> str:
    """A mood or change with its sign: '+2', '-1', and plain '0' (never '+0')."""
    return f"{value:+d}" if value else "0"
