"""What a screen reader reads: every tab, sub-tab and dialog through QAccessible.

Fails on an interactive node without a name, two nodes with the same name and
role on one screen, a tab list whose selected tab is not the page that shows,
or a custom control without a value (see tests/ui/accessibility_tree.py).
Tabs come from ui/tab_registry.py, sub-tabs are every QTabWidget inside a tab,
dialogs from tests/ui/dialog_catalogue.py, so later ones are read too.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QTabWidget

from resilience_desktop.ui.tab_registry import TAB_TITLES
from tests.ui.accessibility_tree import problems
from tests.ui.dialog_catalogue import DIALOG_NAMES, build_dialog
from tests.ui.main_window_helpers import shown_main_window

DEMO_YEARS = 2


@pytest.fixture
def demo_window(context, qtbot):
    QAccessible.setActive(True)  # as when a screen reader is running
    window = shown_main_window(context, qtbot, DEMO_YEARS)
    yield window
    QAccessible.setActive(False)


def _screens(window, title):
    """Show each sub-tab of a tab in turn (nested ones too); yields its label."""
    yield title
    done = set()
    while True:
        pending = [t for t in window.tab(title).findChildren(QTabWidget)
                   if t.isVisible() and id(t) not in done]
        if not pending:
            return
        tabs = pending[0]
        done.add(id(tabs))
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            yield f"{title} › {tabs.tabText(index).replace('&', '')}"


@pytest.mark.parametrize("title", TAB_TITLES)
def test_every_screen_reads_well_to_a_screen_reader(demo_window, title):
    demo_window.show_tab(title)
    QApplication.processEvents()
    found = []
    for screen in _screens(demo_window, title):
        found += [f"{screen}: {problem}" for problem in problems(demo_window)]
    assert not found, "\n".join(found)


@pytest.mark.parametrize("name", DIALOG_NAMES)
def test_every_dialog_reads_well_to_a_screen_reader(main_window, qtbot, name):
    dialog = build_dialog(name, main_window.context, main_window)
    dialog.show()
    qtbot.waitExposed(dialog)
    found = problems(dialog)
    dialog.close()
    assert not found, f"{name} dialog:\n" + "\n".join(found)
