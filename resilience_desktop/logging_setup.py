"""Rotating log files. Log records carry events and ids, never user text.

Where a run logs (``start_logging``):
* the window and the writer verbs: ``log_dir/resilience.log`` (inside the data
  folder when ``--data-dir`` is given); a folder that cannot be written is a
  plain message (read-only media, no permission), never a traceback;
* the read-only verbs (``READ_ONLY_VERBS``) never write into the data folder,
  not even a log line: read-only commands change no byte there, and they work on
  read-only media. With the logs inside the data folder they log nothing; with
  the logs elsewhere (the default platform folders) they log there when they can.
  Their choice is made now and applied before the first record (``core/log``): a
  search that logs nothing never imports ``logging``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from resilience_desktop.core.log import defer_setup

if TYPE_CHECKING:
    import logging

INFO = 20  # logging.INFO, without importing logging for it

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# The verbs that go through the reader door: they never write into the data folder.
READ_ONLY_VERBS = frozenset({"search", "check", "export", "summary"})


def setup_logging(log_dir: Path, level: int = INFO) -> None:
    """Send the package's log records to log_dir/resilience.log (5 x 1 MB).

    Rule for every module: log what happened (ids, counts, durations, error
    types), never what the user wrote (entry text, titles, names, notes).
    """
    import logging

    from resilience_desktop.core.files import make_private, make_private_dir
    from resilience_desktop.rotating_log import RotatingLog

    make_private_dir(log_dir)
    handler = RotatingLog(log_dir / "resilience.log", max_bytes=1_000_000, backups=5)
    make_private(log_dir / "resilience.log")
    handler.setFormatter(logging.Formatter(_FORMAT))
    _use_handler(handler, level)


def log_nowhere() -> None:
    """Drop the package's records (not even Python's last-resort print to stderr:
    the verbs say what went wrong in their own words)."""
    import logging

    _use_handler(logging.NullHandler(), INFO)


def _use_handler(handler: logging.Handler, level: int) -> None:
    import logging

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
        defer_setup(log_nowhere if inside else lambda: _log_there_if_possible(paths.log_dir))
        return
    if command is not None and inside and not paths.data_dir.exists():
        log_nowhere()  # a verb refusing a mistyped folder must create nothing there
        return
    setup_logging(paths.log_dir)


def _log_there_if_possible(log_dir: Path) -> None:
    """A read-only verb logs into log_dir when it can be written, else nowhere."""
    try:
        setup_logging(log_dir)
    except OSError:
        log_nowhere()
