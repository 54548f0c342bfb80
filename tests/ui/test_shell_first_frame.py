"""The start-up shell's first frame does without what it does not show (ui/shell.py,
docs/performance.md): Qt's namespace enums (shortcuts, focus policies, the week's first
day) and the check-box style come right after it, and by the time the journal is open
the window has them all: its shortcuts app-wide, pages that Tab passes through, the
style that outlines check boxes."""

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

# The real entry point, with nothing of Qt's namespace touched by the driver itself.
DRIVER = r"""
import json, sys
import PySide6.QtCore as QtCore
from PySide6.QtWidgets import QApplication
from resilience_desktop.ui import application, shell

seen = {}
shell.FIRST_PAINT_LISTENERS.append(lambda: seen.update(
    namespace_built="Qt" in QtCore.__dict__,
    style=type(QApplication.style()).__name__))
made = application._make_window

def make(context):
    seen["from_shell"] = application._SHELL is not None
    window = made(context)
    Qt = QtCore.Qt
    application_wide = Qt.ShortcutContext.ApplicationShortcut
    seen["menu_shortcuts"] = [(a.shortcut().toString(), a.shortcutContext() == application_wide)
                              for a in (window.settings_action, window.quit_action,
                                        window.support_action)]
    seen["tab_shortcuts"] = sorted(s.key().toString() for s in window._tab_shortcuts
                                   if s.context() == application_wide)
    seen["breathe"] = window.breathe_shortcut.context() == application_wide
    seen["pages_without_focus"] = all(
        window.tab_widget.widget(i).focusPolicy() == Qt.FocusPolicy.NoFocus
        for i in range(window.tab_widget.count()))
    seen["style_after"] = type(QApplication.style()).__name__
    print(json.dumps(seen), flush=True)
    return window

application._make_window = make
from resilience_desktop.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


def test_the_first_frame_comes_before_the_namespace_and_the_window_has_its_keyboard(paths):
    session = open_script_session(paths)
    save_settings({FIRST_NAME: "Ada", FIRST_RUN_DONE: True})
    set_preference(LAST_TAB_PREFERENCE, "Today")
    journal.save_entry(journal.EntryInput(entry_date=date.today(), title="Zephyr morning",
                                          body="A calm walk by the sea."))
    session.close()
    result = subprocess.run([sys.executable, "-c", DRIVER, "--data-dir", str(paths.data_dir),
                             "--smoke"], capture_output=True, text=True, timeout=120,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["from_shell"]
    assert seen["namespace_built"] is False  # not before the first frame
    assert seen["style"] != "VisibleIndicatorStyle"  # nor the check-box style
    assert seen["menu_shortcuts"] == [["Ctrl+,", False], ["Ctrl+Q", True], ["F1", True]]
    assert seen["tab_shortcuts"] == [f"Ctrl+{n}" for n in range(1, 8)] and seen["breathe"]
    assert seen["pages_without_focus"]
    assert seen["style_after"] == "VisibleIndicatorStyle"
