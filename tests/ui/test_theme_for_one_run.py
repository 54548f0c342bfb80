"""`--theme dark` shows the window (and `--screenshot` takes its pictures) in dark for that
run only: the theme chosen in Settings is left as it is (`make screenshots` uses it for
the dark set)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from resilience_desktop.core.startup import open_script_session
from resilience_desktop.services.settings import FIRST_RUN_DONE, THEME, load_settings, save_settings
from tests.conftest import run_cli


def _mean_lightness(picture: Path) -> float:
    image = QImage(str(picture))
    assert not image.isNull(), picture
    step = 16
    values = [image.pixelColor(x, y).lightness()
              for x in range(0, image.width(), step) for y in range(0, image.height(), step)]
    return sum(values) / len(values)


def _stored_theme(paths) -> str:
    session = open_script_session(paths)
    try:
        return load_settings()[THEME]
    finally:
        session.close()


def test_dark_for_one_run_leaves_the_chosen_theme(paths, tmp_path):
    session = open_script_session(paths)
    save_settings({FIRST_RUN_DONE: True, THEME: "light"})
    session.close()
    shots = {}
    for theme in ("dark", "light"):
        out = tmp_path / f"shots-{theme}"
        result = run_cli("--data-dir", str(paths.data_dir), "--theme", theme,
                         "--screenshot", str(out), timeout=300)
        assert result.returncode == 0, result.stderr
        shots[theme] = out
    for name in ("today.png", "journal.png", "settings.png"):
        dark, light = (_mean_lightness(shots[t] / name) for t in ("dark", "light"))
        assert dark < 100 < light, (name, dark, light)
    assert _stored_theme(paths) == "light"


def test_an_unknown_theme_is_refused_with_the_choices(paths):
    result = run_cli("--data-dir", str(paths.data_dir), "--theme", "sepia", "--smoke")
    assert result.returncode == 2
    assert "invalid choice: 'sepia'" in result.stderr and "light" in result.stderr
    assert "Traceback" not in result.stderr


def test_large_set_window_is_the_named_screen_in_device_pixels(monkeypatch):
    from resilience_desktop.ui.screenshots import PIXELS_VARIABLE, SIZE, window_size

    monkeypatch.setenv(PIXELS_VARIABLE, "1280x720")
    assert window_size(1.5) == (853, 480)  # what 1.5x text on a 1280x720 screen leaves
    assert window_size(1.0) == (1280, 720)
    monkeypatch.setenv(PIXELS_VARIABLE, "huge")
    assert window_size(1.5) == SIZE
