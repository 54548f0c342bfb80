"""The meditation timer's schedule, a pure function of elapsed seconds.

A sit is an optional warm-up (settle in; a bell marks its end), the timed
sit with optional interval bells every N minutes, and an end bell.
"""

from __future__ import annotations

from dataclasses import dataclass

START, INTERVAL, END = "start", "interval", "end"
WARMUP, SITTING, DONE = "warmup", "sitting", "done"


@dataclass(frozen=True)
class MeditationPlan:
    minutes: float
    warmup_seconds: float = 0
    interval_minutes: float | None = None  # None or 0: no interval bells
    end_bell: bool = True

    @property
    def total_seconds(self) -> float:
        return self.warmup_seconds + self.minutes * 60


@dataclass(frozen=True)
class MeditationState:
    stage: str  # WARMUP, SITTING or DONE
    stage_seconds_left: float
    total_seconds_left: float


def bell_times(plan: MeditationPlan) -> list[tuple[float, str]]:
    """(second, kind) of every bell, in order."""
    bells = []
    if plan.warmup_seconds > 0:
        bells.append((float(plan.warmup_seconds), START))
    if plan.interval_minutes:
        step = plan.interval_minutes * 60
        at = step
        while at < plan.minutes * 60 - 1e-9:
            bells.append((plan.warmup_seconds + at, INTERVAL))
            at += step
    if plan.end_bell:
        bells.append((plan.total_seconds, END))
    return bells


def bells_between(plan: MeditationPlan, after: float, up_to: float) -> list[str]:
    """Kinds of the bells due in (after, up_to]: what to ring since the last look."""
    return [kind for at, kind in bell_times(plan) if after < at <= up_to]


def meditation_state(plan: MeditationPlan, elapsed: float) -> MeditationState:
    total_left = max(0.0, plan.total_seconds - elapsed)
    if elapsed < plan.warmup_seconds:
        return MeditationState(WARMUP, plan.warmup_seconds - elapsed, total_left)
    if total_left > 0:
        return MeditationState(SITTING, total_left, total_left)
    return MeditationState(DONE, 0.0, 0.0)


def clock_text(seconds: float) -> str:
    """Remaining time as m:ss (h:mm:ss past an hour), rounded up: 0:00 only at the end."""
    whole = int(-(-seconds // 1))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
