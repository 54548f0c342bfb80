"""Whole-process tests of the command line: data dir choice, lock, demo, check, screenshots."""

import os
import signal
import sqlite3
import subprocess
import time

import pytest

from resilience_desktop import __version__
from resilience_desktop.paths import DB_FILENAME
from tests.conftest import PYTHON, run_cli

pytestmark = pytest.mark.slow


def test_version():
    result = run_cli("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_smoke_creates_the_database_in_the_given_data_dir(tmp_path):
    target = tmp_path / "mine"
    result = run_cli("--data-dir", str(target), "--smoke")
    assert result.returncode == 0, result.stderr
    assert (target / DB_FILENAME).exists()
    assert (target / "logs" / "resilience.log").exists()


def test_environment_variable_chooses_the_data_dir(tmp_path):
    target = tmp_path / "from-env"
    result = run_cli("--smoke", env_extra={"RESILIENCE_DATA_DIR": str(target)})
    assert result.returncode == 0, result.stderr
    assert (target / DB_FILENAME).exists()


def test_data_dir_flag_beats_the_environment(tmp_path):
    flag, env = tmp_path / "flag", tmp_path / "env"
    result = run_cli("--data-dir", str(flag), "check", env_extra={"RESILIENCE_DATA_DIR": str(env)})
    assert result.returncode == 3 and f"No journal in {flag}" in result.stderr  # check: 3
    assert not flag.exists() and not env.exists()  # a verb that refuses creates nothing
    result = run_cli("--data-dir", str(flag), "--smoke", env_extra={"RESILIENCE_DATA_DIR": str(env)})
    assert (flag / DB_FILENAME).exists() and not env.exists()


def _start_window(data_dir):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen([PYTHON, "-m", "resilience_desktop", "--data-dir", str(data_dir)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _wait_for_window(data_dir, process, timeout=60):
    log = data_dir / "logs" / "resilience.log"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if log.exists() and "window open" in log.read_text():
            return
        assert process.poll() is None, process.stderr.read()
        time.sleep(0.1)
    raise AssertionError("the first window never opened")


def test_second_instance_is_refused_and_a_killed_lock_is_reclaimed(tmp_path):
    data_dir = tmp_path / "data"
    first = _start_window(data_dir)
    try:
        _wait_for_window(data_dir, first)
        second = run_cli("--data-dir", str(data_dir), "--smoke")
        assert second.returncode != 0
        assert "Resilience is already open" in second.stderr
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait(30)
    assert (data_dir / "resilience.lock").exists()  # left behind by the killed process
    third = run_cli("--data-dir", str(data_dir), "--smoke")
    assert third.returncode == 0, third.stderr


def _dump(db_path):
    conn = sqlite3.connect(db_path)
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
        "AND name != 'preference' ORDER BY name")]
    dump = {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall() for t in tables}
    conn.close()
    return dump


def test_demo_is_deterministic_and_refuses_a_used_data_dir(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    args = ("demo", "--years", "1", "--end-date", "2026-11-01")
    assert run_cli("--data-dir", str(a), *args).returncode == 0
    assert run_cli("--data-dir", str(b), *args).returncode == 0
    dump_a, dump_b = _dump(a / DB_FILENAME), _dump(b / DB_FILENAME)
    assert dump_a == dump_b
    again = run_cli("--data-dir", str(a), *args)
    assert again.returncode == 1
    assert "already holds a journal" in again.stderr
    assert _dump(a / DB_FILENAME) == dump_a


def test_check_reports_version_health_and_rows(tmp_path):
    data_dir = tmp_path / "data"
    assert run_cli("--data-dir", str(data_dir), "--smoke").returncode == 0
    result = run_cli("check", "--data-dir", str(data_dir))
    assert result.returncode == 0, result.stderr
    assert "quick_check: ok" in result.stdout
    assert "schema version:" in result.stdout
    assert "preference: 2" in result.stdout  # window geometry and last tab


def test_check_fails_on_a_damaged_file(tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / DB_FILENAME).write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    result = run_cli("check", "--data-dir", str(data_dir))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr


def test_screenshot_writes_one_non_blank_png_per_tab_and_sub_tab(tmp_path):
    from PySide6.QtGui import QImage

    out = tmp_path / "shots"
    result = run_cli("--data-dir", str(tmp_path / "data"), "--screenshot", str(out), timeout=180)
    assert result.returncode == 0, result.stderr
    names = {p.name for p in out.glob("*.png")}
    # A fresh data folder: the first-run page first, then every tab and sub-tab, Settings
    # and Sync.
    tabs = ("today", "journal", "exercise", "people", "calm", "insights", "support")
    dialogs = ("settings", "sync")
    assert {f"{t}.png" for t in tabs + ("first-run",) + dialogs} <= names
    for sub_tab in ("journal-charts", "journal-year-in-pixels", "journal-granularity",
                    "exercise-mood-change", "exercise-minutes-and-mood", "people-network"):
        assert f"{sub_tab}.png" in names
    assert all(name.split("-")[0].removesuffix(".png") in tabs + ("first",) + dialogs
               for name in names)
    for path in out.glob("*.png"):
        image = QImage(str(path))
        if path.stem not in dialogs:  # a dialog, not the window
            assert (image.width(), image.height()) == (1280, 800)
        colours = {image.pixel(x, y) for x in range(0, 1280, 37) for y in range(0, 800, 29)}
        assert len(colours) > 3, f"{path.name} looks blank"


def test_unknown_verb_or_bad_flag_is_a_plain_error():
    result = run_cli("--no-such-flag")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "usage" in result.stderr


def test_an_unwritable_export_path_is_a_plain_message(tmp_path):
    data_dir = tmp_path / "data"
    assert run_cli("--data-dir", str(data_dir), "--smoke").returncode == 0
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = run_cli("export", "--format", "csv", str(blocker / "inside"), "--data-dir", str(data_dir))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert str(blocker / "inside") in result.stderr
