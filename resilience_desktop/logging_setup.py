"""Rotating log files. Log records carry events and ids, never user text."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(log_dir: Path, level: int = logging.INFO) -> None:
    """Send the package's log records to log_dir/resilience.log (5 x 1 MB).

    Rule for every module: log what happened (ids, counts, durations, error
    types), never what the user wrote (entry text, titles, names, notes).
    """
    from resilience_desktop.core.files import make_private, make_private_dir

    make_private_dir(log_dir)
    logger = logging.getLogger("resilience_desktop")
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()
    handler = RotatingFileHandler(
        log_dir / "resilience.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    make_private(log_dir / "resilience.log")
    handler.setFormatter(logging.Formatter(_FORMAT))
    logger.addHandler(handler)
    logger.setLevel(level)
    logger.propagate = False
