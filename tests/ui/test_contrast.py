"""Every text at least 4.5:1 against its background, in light and in dark (issue 19).

Each tab and every sub-tab in it (nested ones too, found generically) is shown on
demo data and measured with tests/ui/contrast.py: every visible label, link,
button and check-box text, every check-box indicator (3:1) and every chart text.
Five ways in: light or dark from the start, and light then dark, dark then light
or the system's palette then dark switched while the window runs, after every screen had been shown once in the
first theme — a live switch must leave nothing of the old theme behind. Every
dialog of tests/ui/dialog_catalogue.py is measured in both themes too.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea, QTabWidget

from resilience_desktop.ui.tab_registry import TAB_TITLES
from tests.ui.contrast import chart_findings, widget_findings
from tests.ui.dialog_catalogue import DIALOG_NAMES, build_dialog
from tests.ui.main_window_helpers import shown_main_window

DEMO_YEARS = 1
#: (theme at start, theme switched to while running or None)
WAYS = {"light": ("light", None), "dark": ("dark", None),
        "light then dark": ("light", "dark"), "dark then light": ("dark", "light"),
        "system then dark": ("system", "dark")}


@pytest.fixture
def themed(qapp):
    """apply_theme for the test; the palette the tests started with afterwards."""
    from resilience_desktop.ui.settings.theme import apply_theme

    yield apply_theme
    apply_theme("system")


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _screens(window, title):
    """Show the tab, then each of its sub-tabs in turn (nested ones too)."""
    window.show_tab(title)
    _settle()
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
            _settle()
            yield f"{title} › {tabs.tabText(index).replace('&', '')}"


def _unscrolled(window) -> None:
    """The window made as tall as its scrolled pages need, so every text is drawn
    (a text scrolled out of sight is measured too)."""
    window.resize(1280, 800)
    _settle()
    for _ in range(3):
        overflow = max((area.widget().height() - area.viewport().height()
                        for area in window.findChildren(QScrollArea)
                        if area.isVisible() and area.widget() is not None
                        and area.widgetResizable()), default=0)
        if overflow <= 0:
            return
        window.resize(1280, window.height() + overflow)
        _settle()


def _switch_theme(window, name: str) -> None:
    """What Settings does when the theme changes: save it, tell the window."""
    from resilience_desktop.services import settings

    settings.save_settings({settings.THEME: name})
    window.context.signals.preferences_changed.emit(settings.THEME)
    _settle()


@pytest.mark.parametrize("title", TAB_TITLES)
@pytest.mark.parametrize("way", WAYS)
def test_every_text_on_every_screen_is_readable(context, qtbot, themed, way, title):
    first, then = WAYS[way]
    themed(first)
    window = shown_main_window(context, qtbot, DEMO_YEARS)
    if then:
        for _screen in _screens(window, title):
            pass  # every widget and chart built and drawn in the first theme
        _switch_theme(window, then)
    found = []
    for screen in _screens(window, title):
        _unscrolled(window)
        found += widget_findings(window, f"{way}: {screen}")
        found += chart_findings(window, f"{way}: {screen}")
    unique = list(dict.fromkeys(str(finding) for finding in found))
    assert not unique, f"{len(unique)} texts below their contrast minimum:\n" + "\n".join(unique)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_every_text_in_every_dialog_is_readable(context, qtbot, themed, theme):
    themed(theme)
    window = shown_main_window(context, qtbot, DEMO_YEARS)
    found = []
    for name in DIALOG_NAMES:
        dialog = build_dialog(name, window.context, window)
        if hasattr(dialog, "load_entries"):
            dialog.load_entries()  # the Export summary's list of entries to tick
        dialog.show()
        qtbot.waitExposed(dialog)
        _settle()
        found += widget_findings(dialog, f"{theme}: {name} dialog")
        found += chart_findings(dialog, f"{theme}: {name} dialog")
        dialog.close()
    unique = list(dict.fromkeys(str(finding) for finding in found))
    assert not unique, f"{len(unique)} texts below their contrast minimum:\n" + "\n".join(unique)


@pytest.mark.parametrize("way", WAYS)
def test_an_error_message_is_readable_in_every_theme(context, qtbot, themed, way):
    """Error text (ERROR_STYLE, the palette's BrightText) shows only after a mistake."""
    first, then = WAYS[way]
    themed(first)
    window = shown_main_window(context, qtbot)
    window.show_tab("Journal")
    window.tab("Journal").show_error("The entry could not be saved.")
    if then:
        _switch_theme(window, then)
    _settle()
    found = [str(f) for f in widget_findings(window, way) if "status_label" in f.widget]
    label = window.tab("Journal").status_label
    assert label.isVisible() and "could not be saved" in label.text()
    assert not found, "\n".join(found)
