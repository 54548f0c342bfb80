"""The hybrid logical clock of sync records (docs/sync.md, "Clock").

A clock value is ``"<wall ms, 13 digits>.<counter, 6 digits>.<device id>"``: string
order is clock order, ties broken by the device id. ``HybridClock.stamp`` never goes
back and moves past every trusted clock ``observe``d; a clock more than one day ahead of
this computer's wall time is flagged and not observed. The wall time comes from a
``now_ms`` callable (the injectable clock; tests skew it).
"""

from __future__ import annotations

from collections.abc import Callable

from resilience_desktop.core import clock

DAY_MS = 24 * 3600 * 1000
# Lower than every real clock: a value whose clock is not known.
UNKNOWN = ""


def wall_ms() -> int:
    """This computer's wall time in ms (the default ``now_ms``): the app's one clock."""
    return int(clock.now_utc().timestamp() * 1000)


def encode(wall: int, counter: int, device: str) -> str:
    return f"{wall:013d}.{counter:06d}.{device}"


def decode(value: str) -> tuple[int, int, str]:
    wall, counter, device = value.split(".", 2)
    return int(wall), int(counter), device


class HybridClock:
    def __init__(self, device: str, last: str = UNKNOWN,
                 now_ms: Callable[[], int] = wall_ms) -> None:
        self.device = device
        self.now_ms = now_ms
        self.wall, self.counter = (decode(last)[:2] if last else (0, 0))
        self.flagged: set[str] = set()  # devices whose clocks were far ahead

    def value(self) -> str:
        return encode(self.wall, self.counter, self.device)

    def stamp(self, wall: int | None = None, after: str = UNKNOWN) -> str:
        """A new clock value for a change made at ``wall`` ms, later than ``after`` (the
        clock of the value it replaces; a flagged far-future one does not move this
        clock, only this one stamp)."""
        wall = self.now_ms() if wall is None else wall
        if wall > self.wall:
            self.wall, self.counter = wall, 0
        else:
            self.counter += 1
        if after and decode(after)[:2] >= (self.wall, self.counter):
            after_wall, after_counter, _device = decode(after)
            return encode(after_wall, after_counter + 1, self.device)
        return self.value()

    def observe(self, value: str) -> bool:
        """Move past a received clock; False (flagged, not observed) when it is more
        than a day ahead of this computer's wall time."""
        wall, counter, device = decode(value)
        if wall > self.now_ms() + DAY_MS:
            self.flagged.add(device)
            return False
        self.wall, self.counter = max((self.wall, self.counter), (wall, counter))
        return True
