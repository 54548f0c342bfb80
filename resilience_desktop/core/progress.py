"""Progress reporting for long work, shared by the data session, importers and exporters.

A long operation takes an optional ``progress`` callback and calls it as
``progress(done, total, what)``: ``done`` and ``total`` in any unit (rows,
bytes, steps; ``total`` 0 when unknown) and ``what`` a short plain phrase
for the person ("Encrypting backups"). The window turns it into a progress
dialog on a worker thread, the terminal into a line on stderr. A callback may
raise ``Cancelled`` to stop work where the step allows it (the operation then
leaves the before state).
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int, str], None]


class Cancelled(Exception):
    """Raised by a progress callback to stop the work; nothing is changed."""


def report(progress: Progress | None, done: int, total: int, what: str) -> None:
    """Call ``progress`` if there is one (so callers need no None checks)."""
    if progress is not None:
        progress(done, total, what)
