"""Fixtures for the Calm tab tests: a hand-moved clock and a recording sound player."""

from __future__ import annotations

from datetime import datetime

import pytest

from resilience_desktop.services.calm.clock import ManualClock
from resilience_desktop.ui.calm import sound as calm_sound

NOW = datetime(2026, 3, 11, 20, 0)


class SoundRecorder:
    """Stands in for ui/calm/sound.play: records what would be heard."""

    def __init__(self, audible: bool) -> None:
        self.audible = audible
        self.played: list[tuple[float, str]] = []
        self.clock = None

    def play(self, name: str, volume: float = 0.8) -> bool:
        self.played.append((self.clock.now() if self.clock else 0.0, name))
        return self.audible

    def names(self) -> list[str]:
        return [name for _, name in self.played]


@pytest.fixture
def clock():
    return ManualClock(start=500.0)


@pytest.fixture
def sounds(monkeypatch, clock):
    recorder = SoundRecorder(audible=True)
    recorder.clock = clock
    monkeypatch.setattr(calm_sound, "play", recorder.play)
    return recorder


@pytest.fixture
def calm(wall_clock, main_window, monkeypatch, clock, sounds, qtbot):
    wall_clock.set(NOW)
    main_window.resize(1280, 800)
    main_window.show_tab("Calm")
    tab = main_window.tab("Calm")
    tab.set_clock(clock)
    main_window.activateWindow()
    return tab


def run_for(page, clock, seconds: float, step: float = 0.25) -> None:
    """Move the clock forward in small steps, letting the page look at it each time."""
    moved = 0.0
    while moved < seconds - 1e-9:
        delta = min(step, seconds - moved)
        clock.advance(delta)
        moved += delta
        page.tick()
