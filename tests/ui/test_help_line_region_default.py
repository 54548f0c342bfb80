"""The help-line region follows the system locale until the person chooses one, and the
first run says where it came from so they can confirm or correct it (issue 19 § 7)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from resilience_desktop.services import help_resources as hr
from resilience_desktop.services import settings
from resilience_desktop.services.preferences import get_preference


@pytest.mark.parametrize("locale_name, region", [
    ("de_DE", "de"), ("de_DE.UTF-8", "de"), ("en-GB", "uk"), ("fr_CA.UTF-8", "ca"),
    ("en_IE", "ie"), ("es_ES", "other"), ("pt_BR", "other"), ("C", "us"), ("en", "us")])
def test_region_of_a_locale_name(locale_name, region):
    assert hr.region_for_locale(locale_name) == region


@pytest.fixture
def system_locale(monkeypatch):
    """Pretend the system locale is the given one (restored afterwards)."""
    monkeypatch.setattr(hr, "_system_region", hr.DEFAULT_REGION)
    return hr.use_system_locale


def test_a_person_who_has_not_chosen_gets_their_systems_region(db, system_locale):
    system_locale("de_DE")
    assert settings.load_settings()[settings.REGION] == "de"
    settings.save_settings({settings.REGION: "uk"})  # a choice beats the locale
    assert settings.load_settings()[settings.REGION] == "uk"


def test_first_run_shows_the_systems_region_and_asks_to_confirm(main_window, qtbot,
                                                                 system_locale):
    system_locale("fr_FR")
    page = main_window.show_first_run(start_demo=lambda: True)
    assert page.region_combo.currentText() == "France"
    assert page.region_hint.isVisible()
    assert "France" in page.region_hint.text() and "region settings" in page.region_hint.text()
    page.region_combo.setCurrentIndex(page.region_combo.findData("ie"))
    assert not page.region_hint.isVisible()  # their own choice needs no explanation
    page.region_combo.setCurrentIndex(page.region_combo.findData("fr"))
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert get_preference(settings.REGION) == "fr"  # confirmed, now stored
    support = main_window.tab("Support")
    assert support.findChild(type(page.region_combo)).currentData() == "fr"


def test_an_unlisted_country_is_offered_find_a_helpline(main_window, system_locale):
    system_locale("es_MX")
    page = main_window.show_first_run(start_demo=lambda: True)
    assert page.region_combo.currentData() == "other"
    assert "Find A Helpline" in page.region_hint.text()


def test_the_window_reads_the_system_locale(tmp_path):
    """make_application takes the region from QLocale.system(), i.e. the environment."""
    env = dict(os.environ, LANG="en_NZ.UTF-8", QT_QPA_PLATFORM="offscreen")
    code = ("from resilience_desktop.ui.application import make_application\n"
            "from resilience_desktop.services import help_resources as hr\n"
            "make_application(); print(hr.system_region())")
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                            text=True, timeout=120, check=True)
    assert result.stdout.strip() == "nz"
