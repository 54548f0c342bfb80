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
    from logging.handlers import RotatingFileHandler  # on demand: it imports socket, pickle...

    from resilience_desktop.core.files import make_private, make_private_dir

    make_private_dir(log_dir)
    handler = RotatingFileHandler(
        log_dir / "resilience.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    make_private(log_dir / "resilience.log")
    handler.setFormatter(logging.Formatter(_FORMAT))
    _use_handler(handler, level)


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
