"""The one place the Calm tab plays sound (tests mock ``play``).

QtMultimedia is imported on the first call, never at start-up. When it
cannot be loaded (no audio libraries), when the system has no audio output
(CI, a silent desktop) or a file fails to load, ``play`` returns False and
the caller shows a visual cue instead; nothing raises and nothing waits.
"""

from __future__ import annotations


from resilience_desktop.paths import resource_path
from resilience_desktop.core.i18n import translate
from resilience_desktop.core.log import get_logger

log = get_logger(__name__)

TONE_IN, TONE_OUT, TONE_HOLD = "tone_in", "tone_out", "tone_hold"
BELL, BELL_SOFT = "bell", "bell_soft"
SOUND_NAMES = (TONE_IN, TONE_OUT, TONE_HOLD, BELL, BELL_SOFT)


class _Player:
    def __init__(self) -> None:
        self._effects: dict[str, object] = {}
        self._available: bool | None = None  # unknown until the first play

    def available(self) -> bool:
        if self._available is None:
            self._available = self._probe()
        return self._available

    def _probe(self) -> bool:
        try:
            from PySide6.QtMultimedia import QMediaDevices
        except (ImportError, OSError) as error:  # e.g. libpulse missing
            log.info("no sound: QtMultimedia unavailable (%s)", error)
            return False
        if not QMediaDevices.audioOutputs():
            log.info("no sound: no audio output device")
            return False
        return True

    def play(self, name: str, volume: float) -> bool:
        if not self.available():
            return False
        effect = self._effects.get(name) or self._load(name)
        if effect is None:
            return False
        from PySide6.QtMultimedia import QSoundEffect

        if effect.status() == QSoundEffect.Status.Error:
            return False
        effect.setVolume(max(0.0, min(1.0, volume)))
        effect.play()
        return True

    def _load(self, name: str):
        from PySide6.QtCore import QUrl
        from PySide6.QtMultimedia import QSoundEffect

        path = resource_path("sounds", f"{name}.wav")
        if not path.is_file():
            log.warning("sound file missing: %s", path.name)
            return None
        effect = QSoundEffect()
        effect.setSource(QUrl.fromLocalFile(str(path)))
        self._effects[name] = effect
        return effect


_player: _Player | None = None


def play(name: str, volume: float = 0.8) -> bool:
    """Start playing a cue; True if it can be heard, False if the caller should show it."""
    global _player
    if name not in SOUND_NAMES:
        raise ValueError(translate("Resilience", "unknown sound {name!r}").format(name=name))
    if _player is None:
        _player = _Player()
    try:
        return _player.play(name, volume)
    except Exception:  # a broken audio stack must never stop a practice
        log.exception("could not play %s", name)
        return False


def preload(*names: str) -> None:
    """Load cues before they are needed (when tones or bells are switched on), so the
    first one plays on time. Never raises; does nothing without audio."""
    global _player
    if _player is None:
        _player = _Player()
    try:
        if _player.available():
            for name in names:
                if name in SOUND_NAMES and name not in _player._effects:
                    _player._load(name)
    except Exception:
        log.exception("could not preload sounds")
