"""Is there a display to open the window on? Checked before Qt starts (Qt-free).

Without one, Qt's xcb plugin aborts the process (exit 134) with advice to
reinstall libxcb-cursor0, which is wrong and frightening. On Linux and the
BSDs, when Qt would pick xcb or Wayland (QT_QPA_PLATFORM unset, or set to one of
them) and neither DISPLAY nor WAYLAND_DISPLAY is set, the window is not
started: a plain message says why and what to do (exit 2). --smoke and
--screenshot need no screen: they switch to Qt's offscreen platform instead.
"""

from __future__ import annotations

import os
import sys
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP

NO_DISPLAY_EXIT = 2
NO_DISPLAY_MESSAGE = (
    QT_TRANSLATE_NOOP("Resilience", "no display was found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window "
    "cannot open. Start Resilience from a desktop session, or set DISPLAY (X11) or "
    "WAYLAND_DISPLAY (Wayland). Without a display, the commands work "
    "(resilience-desktop --help lists them), and so does --screenshot DIR."))
_SCREEN_PLATFORMS = ("xcb", "wayland", "wayland-egl")


def lacks_display(environ=None, platform: str | None = None) -> bool:
    """True when Qt would try to reach an X11 or Wayland display that is not there."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return False  # Windows and macOS always have their own platform plugin
    chosen = environ.get("QT_QPA_PLATFORM", "").strip()
    if chosen and chosen.split(";")[0].split(":")[0] not in _SCREEN_PLATFORMS:
        return False  # offscreen, minimal, vnc, eglfs...: no display needed
    return not (environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))


def prepare_display(headless_ok: bool) -> str | None:
    """Before the QApplication: None when Qt may start (switching a headless run to the
    offscreen platform when there is no display), else the message to show."""
    if not lacks_display():
        return None
    if headless_ok and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return None
    return NO_DISPLAY_MESSAGE
