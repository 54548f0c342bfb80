"""The app's log file handler (``logging_setup.setup_logging`` makes it).

Imported only when a run sets up its log file: importing it imports ``logging``,
which a `search` that logs nothing never does (core/log)."""

from __future__ import annotations

import logging
from pathlib import Path


class RotatingLog(logging.FileHandler):
    """``logging.handlers.RotatingFileHandler``'s rotation (the file, then .1 to .backups,
    each up to max_bytes) without importing logging.handlers: it pulls in socket,
    pickle and queue, ~10 ms of every start before the window is painted."""

    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        super().__init__(path, mode="a", encoding="utf-8")
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._would_overflow(record):
                self._rotate()
        except Exception:  # noqa: BLE001 - as logging does: a log problem never stops the app
            self.handleError(record)
            return
        super().emit(record)

    def _would_overflow(self, record: logging.LogRecord) -> bool:
        if self.stream is None:
            self.stream = self._open()
        position = self.stream.seek(0, 2)  # the end (another process may have written)
        return position > 0 and position + len(self.format(record)) + 1 >= self.max_bytes

    def _rotate(self) -> None:
        """resilience.log -> .1 -> .2 ... the oldest beyond backups is replaced."""
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # type: ignore[assignment]
        base = Path(self.baseFilename)
        for number in range(self.backups - 1, 0, -1):
            older = base.with_name(f"{base.name}.{number}")
            if older.exists():
                older.replace(base.with_name(f"{base.name}.{number + 1}"))
        if base.exists():
            base.replace(base.with_name(f"{base.name}.1"))
        self.stream = self._open()
