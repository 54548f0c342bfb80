"""Synthesise the Calm tab's soft tones and bells as WAV files (stdlib only).

Run from the repository root: python tools/make_sounds.py
Writes resources/sounds/*.wav (22.05 kHz, mono, 16-bit). The output is
deterministic, so re-running it changes nothing unless this script changes.

* tone_in.wav   one soft tone: the in-breath begins
* tone_out.wav  two soft lower tones: the out-breath begins
* tone_hold.wav a very quiet short tick: a hold begins
* bell.wav      a singing-bowl-like bell (start and end of a sit)
* bell_soft.wav a shorter, quieter bell (interval bells, between imagery sections)
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from pathlib import Path

RATE = 22050
OUT_DIR = Path(__file__).resolve().parent.parent / "resources" / "sounds"


def soft_tone(frequency: float, seconds: float, volume: float) -> list[float]:
    """A sine with a slow attack and release (no click), a touch of the octave."""
    count = int(RATE * seconds)
    attack, release = int(RATE * 0.04), int(RATE * 0.18)
    samples = []
    for i in range(count):
        envelope = min(1.0, i / attack, (count - i) / release)
        t = i / RATE
        value = math.sin(2 * math.pi * frequency * t) + 0.15 * math.sin(4 * math.pi * frequency * t)
        samples.append(volume * envelope * value / 1.15)
    return samples


def bell(frequency: float, seconds: float, volume: float) -> list[float]:
    """Inharmonic partials with exponential decay, like a small singing bowl."""
    partials = ((1.0, 1.0, 1.0), (2.76, 0.45, 1.7), (5.4, 0.25, 2.6), (8.93, 0.12, 3.5))
    count = int(RATE * seconds)
    attack = int(RATE * 0.006)
    samples = []
    for i in range(count):
        t = i / RATE
        value = sum(level * math.exp(-t * decay * 3.2 / seconds * 1.6) *
                    math.sin(2 * math.pi * frequency * ratio * t)
                    for ratio, level, decay in partials)
        fade = min(1.0, i / attack, (count - i) / (RATE * 0.05))
        samples.append(volume * fade * value / 1.8)
    return samples


def silence(seconds: float) -> list[float]:
    return [0.0] * int(RATE * seconds)


def write_wav(path: Path, samples: list[float]) -> None:
    frames = b"".join(struct.pack("<h", int(max(-1.0, min(1.0, s)) * 32767)) for s in samples)
    with wave.open(str(path), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(RATE)
        handle.writeframes(frames)


SOUNDS = {
    "tone_in": lambda: soft_tone(528.0, 0.45, 0.35),
    "tone_out": lambda: soft_tone(396.0, 0.3, 0.35) + silence(0.12) + soft_tone(396.0, 0.3, 0.35),
    "tone_hold": lambda: soft_tone(660.0, 0.12, 0.12),
    "bell": lambda: bell(432.0, 4.0, 0.5),
    "bell_soft": lambda: bell(528.0, 2.5, 0.3),
}


def main() -> int:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for name, make in SOUNDS.items():
        path = OUT_DIR / f"{name}.wav"
        write_wav(path, make())
        print(f"wrote {path} ({path.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
