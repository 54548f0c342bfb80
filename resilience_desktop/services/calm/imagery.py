"""Guided imagery: the scripts, their reading pace, and where a reading is at."""

from __future__ import annotations

from dataclasses import dataclass

from resilience_desktop.services.calm.imagery_scripts import SCRIPTS

# A slow, calm reading pace plus a pause to picture each section.
WORDS_PER_MINUTE = 90
PAUSE_SECONDS = 8.0


@dataclass(frozen=True)
class ImageryScript:
    title: str
    sections: tuple[str, ...]

    def section_seconds(self, index: int) -> float:
        return reading_seconds(self.sections[index])

    @property
    def total_seconds(self) -> float:
        return sum(reading_seconds(text) for text in self.sections)


def reading_seconds(text: str) -> float:
    """Seconds a section stays on screen when advancing on its own."""
    return round(len(text.split()) * 60 / WORDS_PER_MINUTE + PAUSE_SECONDS, 1)


def all_scripts() -> list[ImageryScript]:
    return [ImageryScript(title, tuple(sections)) for title, sections in SCRIPTS]
