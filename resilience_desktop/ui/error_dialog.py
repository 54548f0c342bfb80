"""A calm dialog for an unexpected error, and the hook that shows it.

What failed, that saved entries are safe, where the log is. The log gets
the error's type and where it happened (file, line, function) — never its
message or local values, which could hold journal text.
"""

from __future__ import annotations

import sys
import traceback
from pathlib import Path
from resilience_desktop.core.i18n import translate
from resilience_desktop.core.log import get_logger

log = get_logger(__name__)
_state = {"log_dir": None, "showing": False}


def describe_for_log(error: BaseException) -> str:
    """Type and stack frames only (no message, no values): safe for the log."""
    frames = traceback.extract_tb(error.__traceback__)
    where = " <- ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(frames))
    return f"{type(error).__name__} at {where or 'unknown place'}"


def calm_message(what: str, log_dir) -> str:
    where = translate("Resilience", " Details for support are in the log: {log_dir}.").format(log_dir=log_dir) if log_dir else ""
    return (translate("Resilience", "Something went wrong while {what}. Your saved entries are safe: nothing already saved was lost.{where} You can keep working; if it happens again, restart Resilience.").format(what=what, where=where))


def show_unexpected_error(error: BaseException, what: str = "doing that", parent=None) -> None:
    """Log (without content) and show the calm dialog (stderr when headless)."""
    log.error("unexpected error while %s: %s", what, describe_for_log(error))
    message = calm_message(what, _state["log_dir"])
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.platformName() == "offscreen" or _state["showing"]:
        print(f"resilience-desktop: {message}", file=sys.stderr)
        return
    from PySide6.QtWidgets import QMessageBox

    _state["showing"] = True
    try:
        box = QMessageBox(QMessageBox.Icon.Warning, translate("Resilience", "Something went wrong"), translate("Resilience", message),
                          QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("unexpected_error_dialog")
        box.exec()
    finally:
        _state["showing"] = False


def install_excepthook(log_dir) -> None:
    """Exceptions escaping a slot or an event handler reach the calm dialog."""
    _state["log_dir"] = log_dir

    def hook(kind, error, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        error.__traceback__ = tb
        show_unexpected_error(error)

    sys.excepthook = hook
