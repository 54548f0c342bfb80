"""SIGTERM (logout, shutdown) closes the window like Ctrl+Q: the draft typed a moment
ago is kept, the -wal/-shm are folded back, a --demo folder is removed."""

import os
import signal
import sqlite3
import subprocess
import sys

import pytest

from tests.conftest import run_cli

pytestmark = [pytest.mark.slow, pytest.mark.skipif(os.name != "posix", reason="SIGTERM")]
TYPED = "zebra typed just before logout"

# The real entry point (main → run_gui → the window); once the window is up, text is
# typed into the Journal editor and "typed" printed, before the autosaver's timer fires.
WINDOW = r"""
import sys
from PySide6.QtCore import QTimer
from resilience_desktop.ui import application
made = application._make_window

def make(context):
    window = made(context)
    def type_a_draft():
        window.show_tab("Journal")
        tab = window.tab("Journal")
        tab.editor.body_edit.insertPlainText(sys.argv[1])
        print("typed", flush=True)
    QTimer.singleShot(0, type_a_draft)
    return window

application._make_window = make
from resilience_desktop.__main__ import main
sys.exit(main(sys.argv[2:]))
"""


def _window(args, env_extra=None):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env_extra or {}))
    return subprocess.Popen([sys.executable, "-c", WINDOW, TYPED, *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _terminate_once_typed(process):
    try:
        line = process.stdout.readline().strip()  # "" if the window ended first
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
    assert line == "typed", err
    return err


def test_sigterm_keeps_the_draft_and_folds_the_wal_back(tmp_path):
    data = tmp_path / "data"
    assert run_cli("demo", "--years", "0.1", "--data-dir", str(data)).returncode == 0
    process = _window(["--data-dir", str(data)])
    err = _terminate_once_typed(process)
    assert process.returncode == 0, err
    assert "Traceback" not in err
    assert sorted(p.name for p in data.iterdir() if "-wal" in p.name or "-shm" in p.name) == []
    conn = sqlite3.connect(data / "resilience.sqlite3")
    bodies = [row[0] for row in conn.execute("SELECT body FROM journal_draft")]
    conn.close()
    assert any(TYPED in body for body in bodies), bodies


def test_sigterm_removes_the_demo_folder(tmp_path):
    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    process = _window(["--demo"], env_extra={"TMPDIR": str(system_temp)})
    err = _terminate_once_typed(process)
    assert process.returncode == 0, err
    assert list(system_temp.iterdir()) == []
