"""Shell-first start-up (issue 20, docs/performance.md): the window's shell is painted
before peewee, the services or matplotlib are imported, then the journal is opened and
the remembered tab is filled in place. A locked journal still asks for its passphrase
first, and a damaged one still reaches the recovery screen."""

import json
import os
import sqlite3
import subprocess
import sys
from datetime import date

import pytest

from resilience_desktop.core import vault
from resilience_desktop.core.startup import open_script_session
from resilience_desktop.services.journal import entries as journal
from resilience_desktop.services.settings import FIRST_NAME, FIRST_RUN_DONE, save_settings
from resilience_desktop.ui.main_window import LAST_TAB_PREFERENCE
from resilience_desktop.services.preferences import set_preference
from tests.core.damaged_journals import snapshot
from tests.session.helpers import FAST_KDF

pytestmark = pytest.mark.slow
PASSPHRASE = "a long enough passphrase"

# The real entry point; it reports (one JSON line on stdout) what was loaded when the
# first frame was painted, whether the passphrase was asked with a window on screen,
# and, once the window is made, its tab and the words it shows. Then it quits.
DRIVER = r"""
import json, sys
from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel
from resilience_desktop.ui import application, shell

seen = {"first_paint": None, "asked_with_window": None}

def first_paint():
    seen["first_paint"] = sorted(m for m in ("peewee", "matplotlib", "resilience_desktop.core.db",
                                             "resilience_desktop.core.session") if m in sys.modules)

shell.FIRST_PAINT_LISTENERS.append(first_paint)

def shown_words(widget):
    words = [w.text() for w in widget.findChildren(QLabel) if w.isVisibleTo(widget)]
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        try:
            columns = model.columnCount(QModelIndex())
        except TypeError:  # a list model: one column
            columns = 1
        for row in range(min(model.rowCount(QModelIndex()), 50)):
            for column in range(columns):
                words.append(str(model.index(row, column).data() or ""))
    return " ".join(words)

made = application._make_window

def make(context):
    from_shell = application._SHELL is not None
    window = made(context)
    def report():
        title = window.current_tab_title()
        seen.update(from_shell=from_shell, tab=title, words=shown_words(window.tab(title)))
        print(json.dumps(seen), flush=True)
        window.quit()
    QTimer.singleShot(0, report)
    return window

application._make_window = make
if sys.argv[1]:
    from resilience_desktop.core import vault
    from resilience_desktop.ui.safety import unlock_dialog

    def ask_for_key(paths, parent=None):
        seen["asked_with_window"] = any(w.isVisible() for w in QApplication.topLevelWidgets())
        return vault.unlock_with_passphrase(paths, sys.argv[1])

    unlock_dialog.ask_for_key = ask_for_key
from resilience_desktop.__main__ import main
rc = main(sys.argv[2:])
if "tab" not in seen:  # no window was made
    print(json.dumps(seen), flush=True)
sys.exit(rc)
"""


def _run(paths, passphrase="", smoke=True):
    args = ["--data-dir", str(paths.data_dir)] + (["--smoke"] if smoke else [])
    result = subprocess.run([sys.executable, "-c", DRIVER, passphrase, *args],
                            capture_output=True, text=True, timeout=120,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    return result, json.loads(result.stdout.strip().splitlines()[-1])


def _start(paths, passphrase="", smoke=True):
    result, seen = _run(paths, passphrase, smoke)
    assert result.returncode == 0, result.stderr
    return seen


def _journal(paths, last_tab):
    """A set-up journal (first run done) with one entry, remembering last_tab."""
    session = open_script_session(paths)
    save_settings({FIRST_NAME: "Ada", FIRST_RUN_DONE: True})
    set_preference(LAST_TAB_PREFERENCE, last_tab)
    journal.save_entry(journal.EntryInput(entry_date=date.today(), title="Zephyr morning",
                                          body="A calm walk by the sea."))
    return session


@pytest.mark.parametrize("last_tab", ["Today", "Journal"])
def test_the_shell_is_painted_before_the_data_layer_then_the_tab_is_filled(paths, last_tab):
    _journal(paths, last_tab).close()
    seen = _start(paths)
    assert seen["first_paint"] == []  # no peewee, data layer or matplotlib yet
    assert seen["from_shell"] and seen["tab"] == last_tab
    assert ("Ada" if last_tab == "Today" else "Zephyr morning") in seen["words"]


def test_a_first_start_opens_the_journal_first(paths):
    """No journal yet (first run): nothing to show before it exists."""
    seen = _start(paths)
    assert seen["first_paint"] is None and not seen["from_shell"]


def test_a_locked_journal_asks_for_its_passphrase_first(paths, monkeypatch):
    monkeypatch.setattr(vault, "DEFAULT_KDF", FAST_KDF)
    session = _journal(paths, "Journal")
    session.lock(PASSPHRASE)
    session.close()
    seen = _start(paths, passphrase=PASSPHRASE, smoke=False)
    assert seen["asked_with_window"] is False  # the prompt comes before any window
    assert not seen["from_shell"] and seen["first_paint"] is None
    assert seen["tab"] == "Journal" and "Zephyr morning" in seen["words"]


def test_a_damaged_journal_behind_a_painted_shell_reaches_the_recovery_screen(paths):
    _journal(paths, "Today").close()
    with sqlite3.connect(paths.db_path) as conn:  # the entries' page, not the preferences'
        root = conn.execute("SELECT rootpage FROM sqlite_master "
                            "WHERE name = 'journal_entry'").fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(paths.db_path.read_bytes())
    data[(root - 1) * page_size:root * page_size] = b"\x5a" * page_size
    paths.db_path.write_bytes(bytes(data))
    before = snapshot(paths.data_dir)
    result, seen = _run(paths)
    assert result.returncode == 1 and "damaged" in result.stderr
    assert seen["first_paint"] == []  # the shell was painted first, then replaced
    assert "tab" not in seen  # no main window was made: the recovery screen was shown
    assert snapshot(paths.data_dir) == before  # nothing written, no side file left


def test_a_second_start_says_already_open_without_a_window(paths):
    _journal(paths, "Today").close()
    code = ("import fcntl, os, sys, time; fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT);"
            "fcntl.flock(fd, fcntl.LOCK_EX); print('held', flush=True); time.sleep(60)")
    holder = subprocess.Popen([sys.executable, "-c", code, str(paths.lock_path)],
                              stdout=subprocess.PIPE, text=True)
    try:  # another process holds the writer lock, as a running window does
        assert holder.stdout.readline().strip() == "held"
        result, seen = _run(paths)
    finally:
        holder.kill()
        holder.wait(30)
    assert result.returncode == 3 and "already open" in result.stderr
    assert seen["first_paint"] is None and "tab" not in seen  # nothing was shown
