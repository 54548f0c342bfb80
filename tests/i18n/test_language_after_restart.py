"""Choosing German in Settings shows German after a restart (and not before)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox

from resilience_desktop.services import language
from tests.i18n.helpers import compile_shipped


@pytest.fixture
def english_afterwards(qapp):
    yield
    from resilience_desktop.ui.i18n import remove_translators

    remove_translators(qapp)
    QLocale.setDefault(QLocale("en_US"))


def test_german_chosen_in_settings_shows_after_a_restart(context, qapp, qtbot, tmp_path,
                                                        english_afterwards):
    from resilience_desktop.ui.i18n import install_translators
    from resilience_desktop.ui.main_window import MainWindow
    from resilience_desktop.ui.settings.settings_dialog import SettingsDialog

    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "next time" in dialog.language_note.text()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("de"))
    assert dialog.language_combo.currentText() == "Deutsch"
    qtbot.mouseClick(dialog.button_box.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    assert json.loads((context.paths.data_dir / "language.json").read_text()) == {"language": "de"}
    assert dialog.windowTitle() == "Settings"  # this run stays English

    # The next start: run_gui installs the translators for the saved choice first.
    install_translators(qapp, language.read_language(context.paths),
                        qm_dir=compile_shipped(tmp_path))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    tabs = window.tab_widget
    assert [tabs.tabText(i) for i in range(tabs.count())][:3] == ["Heute", "Tagebuch", "Bewegung"]
    assert window.menuBar().actions()[0].text() == "&Datei"
    again = SettingsDialog(context)
    qtbot.addWidget(again)
    assert again.windowTitle() == "Einstellungen"
    assert again.button_box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    assert again.language_combo.currentData() == "de"
    window.show_tab("Today")  # the tabs keep their English keys
    assert window.tab_widget.currentIndex() == 0
