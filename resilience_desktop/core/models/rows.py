"""Typed views of a query's rows as tuples or dicts.

peewee's stubs type ``query.tuples()`` and ``query.dicts()`` as the query itself,
so iterating one looks like iterating model rows. These two say what the rows
really are, for strict mypy, without changing what runs.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, cast

from peewee import BaseQuery


def tuples(query: BaseQuery) -> Iterator[tuple[Any, ...]]:
    """Iterate query's rows as tuples, one value per selected column."""
    return cast(Iterator[tuple[Any, ...]], iter(query.tuples()))


def dicts(query: BaseQuery) -> Iterator[dict[str, Any]]:
    """Iterate query's rows as dicts, column name -> value."""
    return cast(Iterator[dict[str, Any]], iter(query.dicts()))
