"""A one-line progress display on stderr for long verbs, drawn only on a terminal.

``progress_line(what)`` gives a ``progress(done, total, what)`` callback
(core/progress.py) that redraws "Importing… 42 %" in place at most ten times
a second, and only once the work has run for a second; when stderr is not a
terminal (a pipe, a log file) it draws nothing. Use it as a context manager so
the line is cleared at the end:

    with progress_line() as progress:
        import_json_file(path, progress=progress)
"""

from __future__ import annotations

import sys
import time
from contextlib import contextmanager
from typing import TYPE_CHECKING

from resilience_desktop.core.i18n import format_int

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from typing import TextIO

SHOW_AFTER_SECONDS = 1.0
REDRAW_SECONDS = 0.1


class ProgressLine:
    def __init__(self, stream: TextIO | None = None, clock: Callable[[], float] = time.monotonic,
                 force: bool = False) -> None:
        self.stream = stream or sys.stderr
        self.clock = clock
        self.started = clock()
        self.last_draw = 0.0
        self.width = 0
        self.enabled = force or _is_terminal(self.stream)

    def __call__(self, done: int, total: int, what: str) -> None:
        if not self.enabled:
            return
        now = self.clock()
        if now - self.started < SHOW_AFTER_SECONDS or now - self.last_draw < REDRAW_SECONDS:
            return
        self.last_draw = now
        amount = f"{100 * done // total} %" if total > 0 else format_int(done)
        self._draw(f"{what}… {amount}")

    def _draw(self, text: str) -> None:
        padding = " " * max(0, self.width - len(text))
        self.stream.write(f"\r{text}{padding}")
        self.stream.flush()
        self.width = len(text)

    def clear(self) -> None:
        if self.enabled and self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()
            self.width = 0


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


@contextmanager
def progress_line(stream: TextIO | None = None) -> Iterator[ProgressLine]:
    line = ProgressLine(stream)
    try:
        yield line
    finally:
        line.clear()
