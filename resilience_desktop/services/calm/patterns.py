"""Breathing patterns and the pacer's timeline, a pure function of elapsed time.

The built-in timings are PRODUCT.md's "Breathing patterns" table. The pacer
never counts timer ticks: it asks ``phase_at(pattern, elapsed)`` with the
seconds elapsed on a monotonic clock, so a late or skipped repaint can never
make it drift.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, format_trimmed, translate

# PRODUCT.md's safety line, shown before the first breathing session and on demand.
SAFETY_LINE = (QT_TRANSLATE_NOOP("Resilience", "Stop if dizzy; skip breath holds when pregnant or with heart or lung "
               "conditions unless a clinician has cleared them."))

# Phase names: what the pacer shows and which tone marks the change.
IN, TOP_UP, HOLD_IN, OUT, HOLD_OUT = "in", "top_up", "hold_in", "out", "hold_out"
PHASE_WORDS = {IN: QT_TRANSLATE_NOOP("Resilience", "Breathe in"), TOP_UP: QT_TRANSLATE_NOOP("Resilience", "A little more in"), HOLD_IN: QT_TRANSLATE_NOOP("Resilience", "Hold"),
               OUT: QT_TRANSLATE_NOOP("Resilience", "Breathe out"), HOLD_OUT: QT_TRANSLATE_NOOP("Resilience", "Hold")}
# Where the top-up in-breath of cyclic sighing starts (fraction of full size).
TOP_UP_FROM = 0.8


@dataclass(frozen=True)
class BreathingPattern:
    name: str
    inhale: float
    hold_in: float = 0.0
    exhale: float = 0.0
    hold_out: float = 0.0
    top_up: float = 0.0  # a short second in-breath (cyclic sighing)
    default_minutes: float | None = 3
    default_cycles: int | None = None
    beginner_max_cycles: int | None = None
    description: str = ""
    built_in: bool = False
    pattern_id: int | None = None  # custom patterns: the database id

    def phases(self) -> tuple[tuple[str, float], ...]:
        """(phase name, seconds) for one breath, zero-length phases left out."""
        steps = ((IN, self.inhale), (TOP_UP, self.top_up), (HOLD_IN, self.hold_in),
                 (OUT, self.exhale), (HOLD_OUT, self.hold_out))
        return tuple((name, seconds) for name, seconds in steps if seconds > 0)

    @property
    def cycle_seconds(self) -> float:
        return sum(seconds for _, seconds in self.phases())

    @property
    def has_holds(self) -> bool:
        return self.hold_in > 0 or self.hold_out > 0

    def timing_text(self) -> str:
        parts = [translate("Resilience", "in {seconds}").format(seconds=_seconds(self.inhale))]
        if self.top_up:
            parts.append(translate("Resilience", "top-up in {seconds}").format(
                seconds=_seconds(self.top_up)))
        if self.hold_in:
            parts.append(translate("Resilience", "hold {seconds}").format(
                seconds=_seconds(self.hold_in)))
        parts.append(translate("Resilience", "out {seconds}").format(seconds=_seconds(self.exhale)))
        if self.hold_out:
            parts.append(translate("Resilience", "hold {seconds}").format(
                seconds=_seconds(self.hold_out)))
        return translate("Resilience", "{parts} s").format(parts=", ".join(parts))


def _seconds(value: float) -> str:
    return format_trimmed(value, 2)


BUILT_IN_PATTERNS = (
    BreathingPattern("Box", 4, 4, 4, 4, default_minutes=4, built_in=True,
                     description=QT_TRANSLATE_NOOP("Resilience", "Four equal sides: in, hold, out, hold.")),
    BreathingPattern("4-7-8", 4, 7, 8, 0, default_minutes=None, default_cycles=4,
                     beginner_max_cycles=4, built_in=True,
                     description=QT_TRANSLATE_NOOP("Resilience", "In for 4, hold for 7, out for 8. Beginners: at most 4 "
                                 "cycles.")),
    BreathingPattern("Resonance", 5.5, 0, 5.5, 0, default_minutes=5, built_in=True,
                     description=QT_TRANSLATE_NOOP("Resilience", "About 5.5 breaths a minute, no holds.")),
    BreathingPattern("Cyclic sighing", 2, 0, 6, 0, top_up=1, default_minutes=5, built_in=True,
                     description=QT_TRANSLATE_NOOP("Resilience", "In through the nose, a short second top-up in, then a long "
                                 "slow out (Balban et al. 2023, Cell Reports Medicine 4:100895).")),
    BreathingPattern("Extended exhale", 4, 0, 6, 0, default_minutes=3, built_in=True,
                     description=QT_TRANSLATE_NOOP("Resilience", "A longer out-breath than in-breath.")),
)


@dataclass(frozen=True)
class PhaseState:
    """Where a breathing session is at one moment."""

    phase: str  # IN, TOP_UP, HOLD_IN, OUT or HOLD_OUT
    word: str  # "Breathe in", ...
    seconds_left: float  # in this phase
    cycle: int  # 0-based index of the breath in progress (= breaths completed)
    progress: float  # 0..1 through this phase
    phase_index: int  # position of the phase within the breath
    size: float  # 0..1: how full the lungs are, eased (what the pacer's shape shows)


def ease(fraction: float) -> float:
    """Sine ease-in-out: gentle at both ends of a breath."""
    fraction = min(1.0, max(0.0, fraction))
    return (1 - math.cos(math.pi * fraction)) / 2


def phase_at(pattern: BreathingPattern, elapsed: float) -> PhaseState:
    """The phase at `elapsed` seconds since the session started (pure, no state)."""
    phases = pattern.phases()
    cycle_length = pattern.cycle_seconds
    elapsed = max(0.0, elapsed)
    cycle = int(elapsed // cycle_length)
    into = elapsed - cycle * cycle_length
    start = 0.0
    for index, (name, seconds) in enumerate(phases):
        if into < start + seconds or index == len(phases) - 1:
            progress = min(1.0, (into - start) / seconds)
            left = max(0.0, start + seconds - into)
            return PhaseState(name, PHASE_WORDS[name], left, cycle, progress, index,
                              _size(pattern, name, progress))
        start += seconds
    raise AssertionError(translate("Resilience", "unreachable: a pattern always has phases"))


def _size(pattern: BreathingPattern, phase: str, progress: float) -> float:
    full_in = TOP_UP_FROM if pattern.top_up else 1.0
    if phase == IN:
        return full_in * ease(progress)
    if phase == TOP_UP:
        return full_in + (1 - full_in) * ease(progress)
    if phase == HOLD_IN:
        return 1.0
    if phase == OUT:
        return 1 - ease(progress)
    return 0.0


def phase_boundaries(pattern: BreathingPattern, cycles: int) -> list[tuple[float, str]]:
    """(start second, phase name) of every phase in `cycles` breaths (tests, benchmarks)."""
    result, start = [], 0.0
    for _ in range(cycles):
        for name, seconds in pattern.phases():
            result.append((start, name))
            start += seconds
    return result


def plan_cycles(pattern: BreathingPattern, minutes: float | None = None,
                cycles: int | None = None, beginner: bool = False) -> tuple[int, str]:
    """How many breaths a session has, and a note when the beginner limit cut it.

    A length in minutes is rounded up to whole breaths (a session never stops
    mid-breath).
    """
    if cycles is None and minutes is None:
        cycles = pattern.default_cycles
    if cycles is None:
        minutes = minutes if minutes is not None else (pattern.default_minutes or 3)
        cycles = max(1, math.ceil(round(minutes * 60 / pattern.cycle_seconds, 6)))
    cycles = max(1, int(cycles))
    limit = pattern.beginner_max_cycles
    if beginner and limit is not None and cycles > limit:
        return limit, translate("Resilience", "{name}: beginners do at most {limit} cycles, so this session has {limit}.").format(name=pattern.name, limit=limit)
    return cycles, ""


def session_seconds(pattern: BreathingPattern, cycles: int) -> float:
    return pattern.cycle_seconds * cycles
