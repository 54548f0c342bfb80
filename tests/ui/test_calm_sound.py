"""Sound: the WAVs ship, QtMultimedia stays off the start path, no device is no problem."""

from __future__ import annotations

import subprocess
import sys
import wave

import pytest

from resilience_desktop.paths import resource_path
from resilience_desktop.ui.calm import sound as calm_sound


@pytest.mark.parametrize("name", calm_sound.SOUND_NAMES)
def test_every_cue_is_a_short_soft_wav_in_resources(name):
    with wave.open(str(resource_path("sounds", f"{name}.wav"))) as handle:
        seconds = handle.getnframes() / handle.getframerate()
        assert handle.getnchannels() == 1 and 0.1 < seconds <= 5


def test_playing_without_an_audio_device_returns_false_instead_of_failing(qapp, monkeypatch):
    monkeypatch.setattr(calm_sound, "_player", None)
    monkeypatch.setattr(calm_sound._Player, "_probe", lambda self: False)
    assert calm_sound.play(calm_sound.BELL) is False
    assert calm_sound._player.available() is False
    with pytest.raises(ValueError):
        calm_sound.play("trumpet")


def test_the_real_sound_stack_never_raises_here(qapp, monkeypatch):
    monkeypatch.setattr(calm_sound, "_player", None)
    assert calm_sound.play(calm_sound.TONE_IN) in (True, False)


def test_start_up_and_the_calm_tab_do_not_load_qtmultimedia(tmp_path):
    code = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from resilience_desktop.__main__ import main\n"
        f"rc = main(['--data-dir', {str(tmp_path)!r}, '--smoke'])\n"
        "print(rc, any(m.startswith('PySide6.QtMultimedia') for m in sys.modules),"
        " 'resilience_desktop.ui.calm.calm_tab' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-3:] == ["0", "False", "False"]


def test_showing_the_calm_tab_does_not_load_qtmultimedia(main_window):
    before = {m for m in sys.modules if m.startswith("PySide6.QtMultimedia")}
    main_window.show_tab("Calm")
    main_window.tab("Calm").breathe_page.pacer.grab()
    after = {m for m in sys.modules if m.startswith("PySide6.QtMultimedia")}
    assert after == before


def test_preloading_without_audio_is_quiet(qapp, monkeypatch):
    monkeypatch.setattr(calm_sound, "_player", None)
    monkeypatch.setattr(calm_sound._Player, "_probe", lambda self: False)
    calm_sound.preload(calm_sound.BELL, "no-such-cue")  # no error, nothing loaded
    assert calm_sound._player._effects == {}
