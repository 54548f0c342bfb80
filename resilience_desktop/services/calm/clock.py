"""Clocks for timed practices. The pacer and timers read elapsed time from a
``Clock`` (anything with ``now() -> float`` seconds); the real one is
``time.monotonic`` and tests pass a ``ManualClock`` they move by hand.

These are elapsed-time timers only; the wall-clock time a practice is logged
with comes from the app's one clock, ``resilience_desktop.core.clock``.
"""

from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    def now(self) -> float: ...


class MonotonicClock:
    """Seconds from time.monotonic(): never jumps when the wall clock changes."""

    def now(self) -> float:
        return time.monotonic()


class ManualClock:
    """A clock that only moves when told to (tests and benchmarks)."""

    def __init__(self, start: float = 1000.0) -> None:
        self._now = start

    def now(self) -> float:
        return self._now

    def advance(self, seconds: float) -> None:
        self._now += seconds


class Stopwatch:
    """Elapsed running time on a clock, with pause and resume."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self._banked = 0.0  # seconds run before the current stretch
        self._since: float | None = None  # clock time the current stretch began

    @property
    def running(self) -> bool:
        return self._since is not None

    @property
    def started(self) -> bool:
        return self.running or self._banked > 0

    def start(self) -> None:
        self._banked, self._since = 0.0, self.clock.now()

    def pause(self) -> None:
        if self._since is not None:
            self._banked += self.clock.now() - self._since
            self._since = None

    def resume(self) -> None:
        if self._since is None:
            self._since = self.clock.now()

    def reset(self) -> None:
        self._banked, self._since = 0.0, None

    def elapsed(self) -> float:
        if self._since is None:
            return self._banked
        return self._banked + self.clock.now() - self._since

