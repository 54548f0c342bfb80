"""Shared fixtures. Everything runs offscreen against temporary directories."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never let anything reach the real user directories, even by accident.
_SANDBOX = tempfile.mkdtemp(prefix="resilience-tests-")
os.environ["RESILIENCE_DATA_DIR"] = os.path.join(_SANDBOX, "default-data")
for _var in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
    os.environ[_var] = os.path.join(_SANDBOX, _var.lower())
os.environ.setdefault("MPLBACKEND", "Agg")
# One system locale for every run (Qt reads LC_ALL, LC_MESSAGES, then LANG): the
# help-line region and the language follow it, so a developer's own locale must not
# change what the tests see. Tests of other locales set it themselves.
for _var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
    os.environ.pop(_var, None)
os.environ["LANG"] = "en_US.UTF-8"

import pytest  # noqa: E402

from resilience_desktop.core.startup import open_app_database, open_script_session  # noqa: E402
from resilience_desktop.paths import AppPaths  # noqa: E402

PYTHON = sys.executable


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    """AppPaths on a fresh temporary data dir (nothing opened yet)."""
    return AppPaths.resolve(tmp_path / "data")


@pytest.fixture
def data_session(paths: AppPaths):
    """A writer data session on a freshly created and migrated journal, closed afterwards."""
    session = open_script_session(paths)
    yield session
    session.close()


@pytest.fixture
def db(data_session):
    """The paths of a freshly created and migrated journal (data_session is its session)."""
    return data_session.paths


@pytest.fixture(autouse=True)
def _close_what_a_test_left_open():
    """A session a test opened and did not close is closed after it (tests own the
    process; core/session/ refuses a second open session rather than closing the first)."""
    yield
    from resilience_desktop.core.session import session as module

    if module._bound is not None:
        module._bound.close()


@pytest.fixture
def context(data_session, qapp):
    from resilience_desktop.ui.app_context import AppContext
    from resilience_desktop.ui.app_signals import AppSignals

    return AppContext(paths=data_session.paths, signals=AppSignals(), session=data_session)


@pytest.fixture
def main_window(context, qtbot):
    from resilience_desktop.ui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def make_journal(data_dir) -> Path:
    """An empty journal in data_dir (verbs other than import and demo refuse a folder
    without one); returns data_dir."""
    from resilience_desktop.core.session import DataSession

    data_dir = Path(data_dir)
    if not (data_dir / "resilience.sqlite3").exists():
        session = DataSession(AppPaths.resolve(data_dir))
        session.open_writer(create=True, take_lock=False)
        session.close()
    return data_dir


def run_cli(*args: str, env_extra: dict | None = None, timeout: float = 120, input: str | None = None):
    """Run `python -m resilience_desktop ARGS` as a whole process."""
    import subprocess

    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(env_extra or {})
    return subprocess.run([PYTHON, "-m", "resilience_desktop", *args], capture_output=True,
                          text=True, timeout=timeout, env=env, input=input)


@pytest.fixture(autouse=True)
def _fresh_date_format():
    """The chosen date format is cached per process: read it again for each test."""
    from resilience_desktop.services import dates

    dates.set_date_format(None)
    yield
    dates.set_date_format(None)


@pytest.fixture(autouse=True)
def wall_clock():
    """The app's one clock (resilience_desktop.core.clock), real unless a test
    sets it: ``wall_clock.set(datetime(2026, 5, 4, 18))`` (a date means noon),
    ``wall_clock.advance(timedelta(days=1))``. Reset after every test."""
    from resilience_desktop.core import clock

    clock.reset()
    yield clock
    clock.reset()


@pytest.fixture(autouse=True)
def _no_leaked_windows():
    """A test fails when it leaves a top-level window open (a dialog or window not closed,
    not handed to qtbot.addWidget): it would stay alive for every later test."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    before = {id(w) for w in app.topLevelWidgets()} if app is not None else set()
    yield
    app = QApplication.instance()
    if app is None:
        return
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    leaked = [f"{type(w).__name__} {w.objectName()!r}" for w in app.topLevelWidgets()
              if id(w) not in before and w.isVisible()]
    for widget in app.topLevelWidgets():
        if id(widget) not in before and widget.isVisible():
            widget.close()  # the next test starts clean either way
    assert not leaked, f"top-level windows left open: {leaked}"
