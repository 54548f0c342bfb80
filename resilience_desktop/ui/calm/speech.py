"""Optional read-aloud for guided imagery with QtTextToSpeech.

Imported on demand; when the module, an engine or a voice is missing,
``Speaker.available`` is False and reading aloud is silently unavailable.
"""

from __future__ import annotations
from resilience_desktop.core.log import get_logger


log = get_logger(__name__)


class Speaker:
    def __init__(self) -> None:
        self._engine = None
        self.available = self._create()

    def _create(self) -> bool:
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except (ImportError, OSError) as error:
            log.info("read-aloud unavailable: %s", error)
            return False
        try:
            if not QTextToSpeech.availableEngines():
                return False
            engine = QTextToSpeech()
            if engine.state() == QTextToSpeech.State.Error or not engine.availableVoices():
                return False
            engine.setRate(-0.2)  # a little slower than normal speech
            self._engine = engine
            return True
        except Exception:  # a broken speech stack must not break the tab
            log.exception("read-aloud unavailable")
            return False

    def say(self, text: str) -> None:
        if self._engine is not None:
            self._engine.say(text)

    def stop(self) -> None:
        if self._engine is not None:
            self._engine.stop()
