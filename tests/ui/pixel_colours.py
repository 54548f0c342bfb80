"""Colours as drawn: WCAG contrast, and the background and inks of a patch of pixels
(used by tests/ui/contrast.py)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtGui import QColor, QImage

TEXT_MINIMUM = 4.5
INDICATOR_MINIMUM = 3.0
FAINT = 24  # colour distance below which a pixel counts as background (antialiasing)
SAME_COLOUR_ANGLE = 0.97  # cosine: a drawn colour this close in direction is the expected one


@dataclass
class Finding:
    screen: str
    widget: str
    what: str
    foreground: str
    background: str
    ratio: float

    def __str__(self) -> str:
        return (f"{self.screen}: {self.widget} {self.what!r}: {self.foreground} on "
                f"{self.background} = {self.ratio:.2f}:1")


def luminance(rgb) -> float:
    channels = []
    for value in rgb[:3]:
        c = value / 255
        channels.append(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
    return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]


def ratio(first, second) -> float:
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def hex_of(rgb) -> str:
    red, green, blue = (int(round(v)) for v in rgb[:3])
    return f"#{red:02x}{green:02x}{blue:02x}"


def image_array(image: QImage) -> np.ndarray:
    """An RGB array (height, width, 3) of a QImage."""
    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    data = np.frombuffer(image.constBits(), np.uint8)
    rows = data.reshape(image.height(), image.bytesPerLine())[:, :image.width() * 4]
    return rows.reshape(image.height(), image.width(), 4)[:, :, :3].astype(np.int16)


def background_of(pixels: np.ndarray):
    """The most common colour of the pixels."""
    flat = pixels.reshape(-1, 3)
    colours, counts = np.unique(flat, axis=0, return_counts=True)
    return tuple(int(v) for v in colours[counts.argmax()])


def drawn_colours(pixels: np.ndarray, background) -> list[tuple]:
    """The colours drawn over background: for each direction away from it (one per
    ink), its strongest pixel (antialiased pixels lie between ink and background)."""
    flat = pixels.reshape(-1, 3).astype(float)
    difference = flat - np.array(background, float)
    distance = np.linalg.norm(difference, axis=1)
    keep = distance > FAINT
    if not keep.any():
        return []
    difference, distance, flat = difference[keep], distance[keep], flat[keep]
    directions = np.round(difference / distance[:, None] * 4).astype(int)
    found = []
    for key in np.unique(directions, axis=0):
        members = np.all(directions == key, axis=1)
        if members.sum() < 3:  # a stray pixel (a corner of a frame), not text
            continue
        strongest = distance[members].argmax()
        found.append(tuple(flat[members][strongest]))
    return found


def same_direction(colour, expected, background) -> bool:
    a = np.array(colour[:3], float) - background
    b = np.array(expected[:3], float) - background
    if np.linalg.norm(b) < FAINT:
        return False
    return float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b))) >= SAME_COLOUR_ANGLE


def blend(colour: QColor, background) -> tuple:
    alpha = colour.alphaF()
    return tuple(alpha * c + (1 - alpha) * b for c, b in
                 zip((colour.red(), colour.green(), colour.blue()), background))
