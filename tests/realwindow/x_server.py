"""A real X11 display for tests: Xvfb (1280x720) with the openbox window manager.

The offscreen platform once passed a size test while the real window grew off the
screen: a window manager places and frames windows, and Qt's high-DPI scaling turns
QT_FONT_DPI=144 into 853x480 logical pixels. `.ci/run` installs xvfb and openbox;
elsewhere these tests are skipped with the reason.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from contextlib import contextmanager
from pathlib import Path

SCREEN = (1280, 720)


def missing_tools() -> list[str]:
    return [tool for tool in ("Xvfb", "openbox") if shutil.which(tool) is None]


def _free_display() -> int:
    for number in range(90, 140):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(
                f"/tmp/.X{number}-lock").exists():
            return number
    raise RuntimeError("no free X display number between :90 and :139")


@contextmanager
def real_display():
    """Yields the DISPLAY string of a fresh Xvfb with openbox running on it."""
    number = _free_display()
    display = f":{number}"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24",
                             "-nolisten", "tcp"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    window_manager = None
    try:
        deadline = time.monotonic() + 20
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            if xvfb.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("Xvfb did not start")
            time.sleep(0.05)
        env = dict(os.environ, DISPLAY=display)
        window_manager = subprocess.Popen(["openbox", "--sm-disable"], env=env,
                                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(0.5)  # openbox takes the root window
        yield display
    finally:
        for process in (window_manager, xvfb):
            if process is not None:
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
