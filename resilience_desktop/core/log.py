"""The one way a module gets its logger: ``log = get_logger(__name__)``.

The logger is made on first use, and the ``logging`` package is imported only then.
A run that logs nothing on its way (``search`` on a healthy journal, measured against
jrnl by benchmarks/search_peer.py) never pays for importing ``logging`` (~8 ms of a
~70 ms process). Where the records go is chosen once at start
(``logging_setup.start_logging``); a read-only verb hands that choice over as
``defer_setup(...)`` and it runs just before the first logger is made, so every
record still goes where the run decided. Log records carry events and ids, never
user text.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import logging

_pending_setup: Callable[[], None] | None = None


def defer_setup(setup: Callable[[], None]) -> None:
    """Run ``setup`` (which configures logging) before the first logger is made; at
    once when ``logging`` is already in use."""
    global _pending_setup
    if "logging" in sys.modules:
        _pending_setup = None
        setup()
    else:
        _pending_setup = setup


def _run_pending_setup() -> None:
    global _pending_setup
    setup, _pending_setup = _pending_setup, None
    if setup is not None:
        setup()


class LazyLogger:
    """Stands in for ``logging.getLogger(name)``: the logger is made (and ``logging``
    imported) when the first record is logged. Messages are %-style with their
    arguments, as with a Logger, so nothing is formatted that is not logged."""

    __slots__ = ("_name", "_logger")

    def __init__(self, name: str) -> None:
        self._name = name
        self._logger: logging.Logger | None = None

    def real(self) -> logging.Logger:
        """The logging.Logger itself (imports logging on first call)."""
        if self._logger is None:
            import logging

            _run_pending_setup()
            self._logger = logging.getLogger(self._name)
        return self._logger

    def debug(self, message: str, *args: object, **kwargs: Any) -> None:
        self.real().debug(message, *args, stacklevel=2, **kwargs)

    def info(self, message: str, *args: object, **kwargs: Any) -> None:
        self.real().info(message, *args, stacklevel=2, **kwargs)

    def warning(self, message: str, *args: object, **kwargs: Any) -> None:
        self.real().warning(message, *args, stacklevel=2, **kwargs)

    def error(self, message: str, *args: object, **kwargs: Any) -> None:
        self.real().error(message, *args, stacklevel=2, **kwargs)

    def exception(self, message: str, *args: object, **kwargs: Any) -> None:
        """An error with the traceback of the exception being handled."""
        self.real().exception(message, *args, stacklevel=2, **kwargs)


def get_logger(name: str) -> LazyLogger:
    """The module's logger, made on first use."""
    return LazyLogger(name)
