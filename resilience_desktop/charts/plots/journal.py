"""Draw functions for the journal charts."""

__all__: list[str] = []
