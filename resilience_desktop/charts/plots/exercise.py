"""Draw functions for the exercise charts."""

__all__: list[str] = []
