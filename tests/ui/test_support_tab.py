"""The Support page: disclaimer, help lines, the chosen region first and remembered."""

from resilience_desktop.services.help_resources import LAST_CHECKED, REGIONS
from resilience_desktop.services.preferences import get_preference
from resilience_desktop.ui.support.support_tab import SupportTab


def _all_text(widget):
    from PySide6.QtWidgets import QLabel

    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def test_support_page_shows_disclaimer_lines_and_last_checked(context, qtbot):
    tab = SupportTab(context)
    qtbot.addWidget(tab)
    text = _all_text(tab)
    assert "Resilience is not a substitute for diagnosis, treatment or professional advice" in text
    assert "If you are in danger, call your local emergency number" in text
    for needle in ("988", "741741", "116 123", "13 11 14", "1-800-668-6868", "findahelpline.com"):
        assert needle in text
    assert f"last checked {LAST_CHECKED}" in text
    assert LAST_CHECKED == "2026-11"
    assert "family doctor" in text.lower()


def test_choosing_a_region_puts_it_first_and_is_remembered(context, qtbot):
    tab = SupportTab(context)
    qtbot.addWidget(tab)
    assert tab.region_order()[0] == "us"
    tab.region_combo.setCurrentIndex([r.key for r in REGIONS].index("au"))
    assert tab.region_order()[0] == "au"
    assert sorted(tab.region_order()) == sorted(r.key for r in REGIONS)
    assert get_preference("support.region") == "au"

    reopened = SupportTab(context)
    qtbot.addWidget(reopened)
    assert reopened.region_combo.currentData() == "au"
    assert reopened.region_order()[0] == "au"
