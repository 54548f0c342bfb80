"""SIGTERM (logout, shutdown, ``kill``) closes Resilience like File → Quit.

Without this, Python's default SIGTERM action ends the process at once: the
draft typed in the last second is lost, the -wal/-shm stay beside the journal
and a ``--demo`` folder stays in the system temp folder. With it, the signal
only writes a byte to a socket (``signal.set_wakeup_fd``); a ``QSocketNotifier``
wakes the event loop, every main window quits as with Ctrl+Q (the journal
keeps its draft), the event loop ends, and ``run_gui`` closes the session
(WAL folded back) and ``main`` removes the demo folder. Nothing polls: idle CPU
stays 0. Windows has no SIGTERM at logout (Qt closes the windows itself).
"""

from __future__ import annotations

import os
import signal
import socket

from PySide6.QtCore import QSocketNotifier
from PySide6.QtWidgets import QApplication
import contextlib
from resilience_desktop.core.log import get_logger

log = get_logger(__name__)
_state: dict = {"asked": False, "parts": None}


def install_termination_handler(app: QApplication) -> None:
    if os.name != "posix" or _state["parts"] is not None:
        return
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    signal.signal(signal.SIGTERM, _note_request)
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)
    notifier.activated.connect(lambda *_: _on_wakeup(app, reader))
    _state["parts"] = (reader, writer, notifier)


def _note_request(signum, frame) -> None:  # runs in Python's signal handling, keep it tiny
    _state["asked"] = True


def _on_wakeup(app: QApplication, reader: socket.socket) -> None:
    with contextlib.suppress(OSError):
        reader.recv(256)
    if not _state["asked"]:
        return  # another signal's byte (SIGINT is Python's own business)
    _state["asked"] = False
    log.info("asked to end (SIGTERM): closing like Quit")
    quit_like_the_menu(app)


def quit_like_the_menu(app: QApplication) -> None:
    """Every main window quits as File → Quit does (drafts flushed, state saved),
    then the event loop ends whatever is still open (a dialog, the tray)."""
    from resilience_desktop.ui.main_window import MainWindow

    for widget in app.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.quit()
    app.quit()
