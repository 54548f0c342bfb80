"""Fixtures for the language tests: the shipped translations compiled once, and a window
speaking one of them (as the window installs them at start-up)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from tests.i18n.helpers import compile_shipped


@pytest.fixture(scope="module")
def qm_dir(tmp_path_factory):
    return compile_shipped(tmp_path_factory.mktemp("qm"))


@pytest.fixture
def speak(qapp, qm_dir):
    """speak("de") installs the shipped translation, as the window does at start-up."""
    from resilience_desktop.ui.i18n import install_translators, remove_translators

    yield lambda code: install_translators(qapp, code, qm_dir=qm_dir)
    remove_translators(qapp)
    QLocale.setDefault(QLocale("en_US"))


@pytest.fixture
def german(speak):
    speak("de")
