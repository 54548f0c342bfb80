"""Colours and small helpers shared by every chart."""

from __future__ import annotations

#: Mood-quadrant colours (pleasantness x energy), used by pads and charts alike.
QUADRANT_COLOURS = {
    "high_unpleasant": "#d9534f",  # red: angry, anxious...
    "high_pleasant": "#f0ad4e",  # amber: excited, joyful...
    "low_unpleasant": "#5b7db1",  # blue: sad, tired...
    "low_pleasant": "#5cb85c",  # green: calm, content...
    "neutral": "#9e9e9e",
}

ACCENT = "#3f7f93"
MUTED = "#8a8f98"


def empty_message(ax, text: str = "Nothing to show yet") -> None:
    """Draw a friendly centred message instead of an empty plot."""
    ax.clear()
    ax.set_axis_off()
    ax.text(0.5, 0.5, text, ha="center", va="center", color=MUTED, fontsize=11,
            transform=ax.transAxes, wrap=True)
