"""A shell-first start (ui/shell.py) installs the app-wide F1/keyboard filter only once
the shown tab is built (ui/app_keyboard.py, docs/performance.md): the widgets shown
before it still get the keyboard defaults, F1 still opens the help lines over a
dialog, and what the benchmark relies on is not loaded before the first paint."""

import json
import os
import subprocess
import sys
from datetime import date

import pytest

from resilience_desktop.core.startup import open_script_session
from resilience_desktop.services.journal import entries as journal
from resilience_desktop.services.preferences import set_preference
from resilience_desktop.services.settings import FIRST_NAME, FIRST_RUN_DONE, save_settings
from resilience_desktop.ui.main_window import LAST_TAB_PREFERENCE

pytestmark = pytest.mark.slow

#: Modules a shell-first start must not load before its first frame is painted.
NOT_BEFORE_FIRST_PAINT = ("peewee", "matplotlib", "resilience_desktop.core.db",
                          "resilience_desktop.core.session", "resilience_desktop.core.vault",
                          "resilience_desktop.ui.support.help_lines_dialog",
                          "logging.handlers", "socket",
                          "resilience_desktop.services.help_resources")

# The real entry point. Once the window is made from the shell it reports (one JSON
# line) what was loaded at the first paint, whether the shown tab's text boxes and
# lists keep Tab, whether the focused tab bar marks its current tab, and whether F1
# in a dialog opened the help lines. Then it quits.
DRIVER = r"""
import json, sys
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QPlainTextEdit,
                               QTabBar, QTextEdit)
from resilience_desktop.ui import application, shell

watched = sys.argv[1].split(",")
seen = {}
shell.FIRST_PAINT_LISTENERS.append(
    lambda: seen.update(first_paint=sorted(m for m in watched if m in sys.modules)))
made = application._make_window

def make(context):
    seen["from_shell"] = application._SHELL is not None
    window = made(context)

    def report():
        tab = window.tab(window.current_tab_title())
        texts = tab.findChildren(QPlainTextEdit) + tab.findChildren(QTextEdit)
        views = tab.findChildren(QAbstractItemView)
        seen["text_boxes"] = len(texts)
        seen["text_boxes_keeping_tab"] = sum(not t.tabChangesFocus() for t in texts)
        seen["lists"] = len(views)
        seen["lists_keeping_tab"] = sum(v.tabKeyNavigation() for v in views)
        bar = window.tab_widget.findChild(QTabBar)
        window.activateWindow()
        bar.setFocus()
        QApplication.processEvents()
        seen["tab_marked"] = bar.tabTextColor(bar.currentIndex()) != QColor()
        dialog = QDialog(window)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.show()
        QTest.keyClick(dialog, Qt.Key.Key_F1)
        seen["help_lines_over_dialog"] = any(
            w.objectName() == "help_lines_dialog" and w.isVisible()
            for w in QApplication.topLevelWidgets())
        print(json.dumps(seen), flush=True)
        QApplication.instance().exit(0)

    QTimer.singleShot(0, report)
    return window

application._make_window = make
from resilience_desktop.__main__ import main
sys.exit(main(sys.argv[2:]))
"""


def _start(paths, last_tab):
    session = open_script_session(paths)
    save_settings({FIRST_NAME: "Ada", FIRST_RUN_DONE: True})
    set_preference(LAST_TAB_PREFERENCE, last_tab)
    journal.save_entry(journal.EntryInput(entry_date=date.today(), title="Zephyr morning",
                                          body="A calm walk by the sea."))
    session.close()
    result = subprocess.run([sys.executable, "-c", DRIVER, ",".join(NOT_BEFORE_FIRST_PAINT),
                             "--data-dir", str(paths.data_dir)],
                            capture_output=True, text=True, timeout=120,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("last_tab", ["Today", "Journal"])
def test_a_shell_first_start_keeps_f1_and_the_keyboard_defaults(paths, last_tab):
    seen = _start(paths, last_tab)
    assert seen["from_shell"]
    assert seen["first_paint"] == []  # none of NOT_BEFORE_FIRST_PAINT yet
    assert seen["tab_marked"]  # the focused tab bar marks its current tab
    assert seen["help_lines_over_dialog"]  # F1 over a modal dialog
    assert seen["text_boxes_keeping_tab"] == 0 and seen["lists_keeping_tab"] == 0
    if last_tab == "Journal":  # built before the filter: its boxes and lists were seen to
        assert seen["text_boxes"] > 0 and seen["lists"] > 0
