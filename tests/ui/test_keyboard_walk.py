"""Keyboard only: Tab from the tab bar through every tab, and through every dialog.

Fails on a trap (Tab stuck in a table or a loop), an action Tab never reaches
(an enabled, visible button or link), or a control reached with no name for a
screen reader. Tabs come from ui/tab_registry.py and dialogs from
tests/ui/dialog_catalogue.py, so tabs and dialogs added later are walked too.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from resilience_desktop.ui.tab_registry import TAB_TITLES
from resilience_desktop.ui.widgets import background
from tests.ui.dialog_catalogue import DIALOG_NAMES, build_dialog
from tests.ui.main_window_helpers import shown_main_window
from tests.ui.keyboard_walk import accessible_name, describe, unreached, walk

DEMO_YEARS = 2


@pytest.fixture(params=["new user", "demo data"])
def window(request, context, qtbot):
    return shown_main_window(context, qtbot, DEMO_YEARS if request.param == "demo data" else 0)


def _problems(walked, root) -> list[str]:
    problems = []
    if walked.trap is not None:
        problems.append(f"Tab is trapped in {describe(walked.trap)}")
    problems += [f"Tab never reaches {describe(w)}" for w in unreached(walked, root)]
    problems += [f"no name for a screen reader: {describe(w)}"
                 for w in walked.chain if not accessible_name(w)]
    return problems


@pytest.mark.parametrize("title", TAB_TITLES)
def test_every_tab_works_with_the_keyboard_alone(window, title, qtbot):
    window.show_tab(title)
    tab = window.tab(title)
    # What the person walks is the tab with its content: Insights works its figures out
    # on a worker thread behind a placeholder (a walk started before they arrive raced it).
    qtbot.waitUntil(background.idle, timeout=30_000)
    QApplication.processEvents()
    walked = walk(window.tab_widget.tabBar())
    assert not _problems(walked, tab), "\n".join(_problems(walked, tab))
    assert any(w is not window.tab_widget.tabBar() and tab.isAncestorOf(w)
               for w in walked.chain) or not tab.findChildren(object), "nothing reachable"


@pytest.mark.parametrize("name", DIALOG_NAMES)
def test_every_dialog_works_with_the_keyboard_alone(main_window, qtbot, name):
    dialog = build_dialog(name, main_window.context, main_window)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    start = QApplication.focusWidget()
    if start is None or start.window() is not dialog:
        dialog.focusNextChild()
        start = QApplication.focusWidget()
    walked = walk(start)
    problems = _problems(walked, dialog)
    dialog.close()
    assert not problems, f"{name} dialog:\n" + "\n".join(problems)


def test_the_journal_editor_is_two_tab_presses_from_the_tab_bar(main_window):
    main_window.show_tab("Journal")
    walked = walk(main_window.tab_widget.tabBar())
    editor = main_window.tab("Journal").editor
    names = [w.objectName() for w in walked.chain]
    assert names.index(editor.date_edit.objectName()) <= 2
    assert names.index(editor.body_edit.objectName()) <= 5


def test_focus_is_visible_on_the_tab_bar_and_the_mood_pad(main_window, qtbot):
    bar = main_window.tab_widget.tabBar()
    main_window.show_tab("Journal")
    pad = main_window.tab("Journal").editor.mood_pad
    pad.setFocus()
    qtbot.waitUntil(pad.hasFocus)
    focused_edge = pad.grab().toImage().pixelColor(2, pad.height() // 2)
    bar.setFocus()
    qtbot.waitUntil(bar.hasFocus)
    assert bar.tabTextColor(bar.currentIndex()).isValid()  # the current tab is marked
    assert not bar.tabTextColor(0).isValid()
    unfocused_edge = pad.grab().toImage().pixelColor(2, pad.height() // 2)
    assert focused_edge != unfocused_edge  # the pad draws a focus frame
    pad.setFocus()
    qtbot.waitUntil(lambda: not bar.hasFocus())
    assert not bar.tabTextColor(bar.currentIndex()).isValid()


def test_the_first_run_page_works_with_the_keyboard_alone(main_window, qtbot):
    page = main_window.first_run_page or main_window.show_first_run()
    qtbot.waitUntil(page.isVisible)
    page.focusNextChild()
    walked = walk(QApplication.focusWidget())
    problems = _problems(walked, page)
    assert not problems, "\n".join(problems)
    assert any(w.objectName() == "start_button" for w in walked.chain)
