"""The window shell: tabs in order, shortcuts, menus, remembered state."""

from PySide6.QtCore import Qt

from resilience_desktop.services.preferences import get_preference
from resilience_desktop.ui.main_window import MainWindow
from resilience_desktop.ui.tab_registry import TAB_TITLES

EXPECTED_TABS = ["Today", "Journal", "Exercise", "People", "Calm", "Insights", "Support"]


def _tab_texts(window):
    bar = window.tab_widget
    return [bar.tabText(i) for i in range(bar.count())]


def test_window_title_and_the_seven_tabs_in_order(main_window):
    assert main_window.windowTitle() == "Resilience"
    assert _tab_texts(main_window) == EXPECTED_TABS
    assert list(TAB_TITLES) == EXPECTED_TABS
    assert not main_window.windowIcon().isNull()


def test_ctrl_number_switches_tabs(main_window, qtbot):
    for number, title in enumerate(EXPECTED_TABS, start=1):
        qtbot.keyClick(main_window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert main_window.current_tab_title() == title
        assert main_window.tab(title).isVisible()


def test_f1_opens_support_from_anywhere(main_window, qtbot):
    main_window.show_tab("Exercise")
    qtbot.keyClick(main_window, Qt.Key.Key_F1)
    assert main_window.current_tab_title() == "Support"
    assert main_window.tab("Support").findChild(object, "disclaimer_label").isVisible()


def test_file_and_help_menus(main_window):
    file_actions = [a.text().replace("&", "") for a in main_window.file_menu.actions() if a.text()]
    assert file_actions[:3] == ["Export…", "Import…", "Backups…"]
    assert file_actions[-1] == "Quit"
    assert main_window.quit_action.shortcut().toString() == "Ctrl+Q"
    help_actions = [a.text().replace("&", "") for a in main_window.help_menu.actions()]
    assert "About Resilience" in help_actions


def test_ctrl_q_closes_the_window(main_window, qtbot):
    qtbot.keyClick(main_window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not main_window.isVisible())


def test_geometry_and_last_tab_are_remembered(context, qtbot):
    first = MainWindow(context)
    qtbot.addWidget(first)
    first.resize(700, 500)
    first.show()
    first.show_tab("Support")
    first.close()
    assert get_preference("window.last_tab") == "Support"

    second = MainWindow(context)
    qtbot.addWidget(second)
    second.show()
    assert second.current_tab_title() == "Support"
    assert (second.width(), second.height()) == (700, 500)


def test_empty_tabs_say_something_friendly(main_window):
    for title in ("Calm", "Insights"):
        main_window.show_tab(title)
        texts = [label.text() for label in main_window.tab(title).findChildren(object)
                 if hasattr(label, "text") and callable(label.text)]
        assert any(len(text) > 40 for text in texts), title


def test_about_box_shows_version_licences_and_disclaimer():
    from resilience_desktop import __version__
    from resilience_desktop.ui.about_dialog import about_text

    text = about_text()
    assert __version__ in text
    assert "LGPL" in text and "peewee" in text
    assert "not a substitute for diagnosis" in text


def test_a_released_tab_is_built_again_with_its_journal_when_shown(main_window, qtbot):
    """--screenshot frees each tab once pictured (MainWindow.release_tab): shown again,
    the tab is back, whole, with what the journal holds."""
    from resilience_desktop.services.people import records

    records.add_person(records.PersonInput("Ada"))
    main_window.show_tab("People")
    first = main_window.tab("People")
    main_window.show_tab("Today")
    main_window.release_tab("People")
    qtbot.waitUntil(lambda: first not in main_window.findChildren(type(first)))

    main_window.show_tab("People")
    again = main_window.tab("People")
    assert again is not first and again.isVisible()
    table = again.people_page.people_table
    names = [table.model().index(row, 0).data() for row in range(table.model().rowCount())]
    assert any("Ada" in str(name) for name in names)
