"""Rotating log files. Log records carry events and ids, never user text.

Where a run logs (``start_logging``):
* the window and the writer verbs: ``log_dir/resilience.log`` (inside the data
  folder when ``--data-dir`` is given); a folder that cannot be written is a
  plain message (read-only media, no permission), never a traceback;
* the read-only verbs (``READ_ONLY_VERBS``) never write into the data folder,
  not even a log line: read-only commands change no byte there, and they work on
  read-only media. With the logs inside the data folder they log nothing; with
  the logs elsewhere (the default platform folders) they log there when they can.
"""

from __future__ import annotations

import logging
from pathlib import Path

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# The verbs that go through the reader door: they never write into the data folder.
READ_ONLY_VERBS = frozenset({"search", "check", "export", "summary"})


def setup_logging(log_dir: Path, level: int = logging.INFO) -> None:
    """Send the package's log records to log_dir/resilience.log (5 x 1 MB).

    Rule for every module: log what happened (ids, counts, durations, error
    types), never what the user wrote (entry text, titles, names, notes).
    """
    from resilience_desktop.core.files import make_private, make_private_dir

    make_private_dir(log_dir)
    handler = RotatingLog(log_dir / "resilience.log", max_bytes=1_000_000, backups=5)
    make_private(log_dir / "resilience.log")
    handler.setFormatter(logging.Formatter(_FORMAT))
    _use_handler(handler, level)


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


def log_nowhere() -> None:
    """Drop the package's records (not even Python's last-resort print to stderr:
    the verbs say what went wrong in their own words)."""
    _use_handler(logging.NullHandler(), logging.INFO)


def _use_handler(handler: logging.Handler, level: int) -> None:
    logger = logging.getLogger("resilience_desktop")
    for old in list(logger.handlers):
        logger.removeHandler(old)
        old.close()
    logger.addHandler(handler)
    logger.setLevel(level)
    logger.propagate = False


def logs_inside_data_folder(paths) -> bool:
    return paths.log_dir == paths.data_dir or paths.data_dir in paths.log_dir.parents


def start_logging(command: str | None, paths) -> None:
    """Choose where this run logs (see the module doc). Raises OSError only for a
    writer whose log folder cannot be written."""
    inside = logs_inside_data_folder(paths)
    if command in READ_ONLY_VERBS:
        if inside:
            log_nowhere()
            return
        try:
            setup_logging(paths.log_dir)
        except OSError:
            log_nowhere()
        return
    if command is not None and inside and not paths.data_dir.exists():
        log_nowhere()  # a verb refusing a mistyped folder must create nothing there
        return
    setup_logging(paths.log_dir)
