"""Draw functions for the people charts."""

__all__: list[str] = []
