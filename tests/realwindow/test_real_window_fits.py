"""In a real X11 window with a window manager, at 1.5x on a 1280x720 screen, the main
window after every tab and sub-tab, and every dialog, fit on the screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.realwindow.x_server import missing_tools, real_display

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.slow, pytest.mark.skipif(
    bool(missing_tools()), reason=f"no real X server here (missing {missing_tools()}; "
                                  ".ci/run installs xvfb and openbox)")]


@pytest.fixture(scope="module")
def display():
    with real_display() as name:
        yield name


def _probe(display: str, tmp_path: Path, **scaling: str) -> list[dict]:
    env = {key: value for key, value in os.environ.items()
           if key not in ("QT_QPA_PLATFORM", "QT_FONT_DPI", "QT_SCALE_FACTOR", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT), **scaling)
    result = subprocess.run([sys.executable, "-m", "tests.realwindow.fit_probe",
                             str(tmp_path / "data")], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=240)
    assert result.returncode == 0, result.stderr[-3000:]
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def _off_screen(rows: list[dict]) -> list[str]:
    """Screens whose frame leaves the screen (1 logical pixel of rounding allowed: at 1.5x
    a window manager's frame in device pixels does not divide evenly)."""
    bad, slack = [], 1
    for row in rows:
        x, y, width, height = row["frame"]
        sx, sy, swidth, sheight = row["screen"]
        if (x < sx - slack or y < sy - slack or x + width > sx + swidth + slack
                or y + height > sy + sheight + slack):
            bad.append(f"{row['name']}: {width}x{height} at {x},{y} on {swidth}x{sheight}")
    return bad


@pytest.mark.parametrize("scaling", [{"QT_FONT_DPI": "144"}, {"QT_SCALE_FACTOR": "1.5"}],
                         ids=["font-dpi-144", "scale-factor-1.5"])
def test_every_screen_and_dialog_fits_1280x720_at_one_and_a_half_times(display, tmp_path,
                                                                      scaling):
    rows = _probe(display, tmp_path, **scaling)
    names = {row["name"] for row in rows}
    assert {"Journal / Write", "People / Network", "dialog: settings",
            "dialog: summary", "window at the end"} <= names
    # The screen really is 1280x720 device pixels at 1.5x (853x480 logical).
    assert rows[0]["ratio"] == pytest.approx(1.5)
    assert _off_screen(rows) == []
