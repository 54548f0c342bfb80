"""Settings → Language: the choice is kept before the journal is unlocked, Qt loads the
translators for it, and dates and the first day of the week follow the locale."""

from __future__ import annotations

import json
import stat
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from resilience_desktop.core import i18n
from resilience_desktop.services import dates, language
from tests.i18n.helpers import lrelease
from tests.inspection import make_folders

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="de_DE"><context><name>probe</name>
<message><source>Saved</source><translation>Gespeichert</translation></message>
<message numerus="yes"><source>%n entries</source><translation>
<numerusform>%n Eintrag</numerusform><numerusform>%n Einträge</numerusform></translation>
</message></context></TS>"""


@pytest.fixture
def restore_english(qapp):
    yield
    from resilience_desktop.ui.i18n import install_translators, remove_translators

    remove_translators(qapp)
    install_translators(qapp, "en", qm_dir="/nonexistent")
    remove_translators(qapp)
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale("en_US"))


def test_the_choice_is_a_private_file_read_back_and_system_by_default(paths):
    make_folders(paths)
    assert language.read_language(paths) == "system"
    assert language.save_language(paths, "de") is True
    assert language.read_language(paths) == "de"
    assert json.loads((paths.data_dir / "language.json").read_text()) == {"language": "de"}
    assert stat.S_IMODE((paths.data_dir / "language.json").stat().st_mode) == 0o600
    assert language.save_language(paths, "de") is False  # unchanged: nothing written
    with pytest.raises(ValueError):
        language.save_language(paths, "klingon")


def test_an_unreadable_or_odd_file_means_the_system_language(paths):
    make_folders(paths)
    (paths.data_dir / "language.json").write_text("{not json")
    assert language.read_language(paths) == "system"
    (paths.data_dir / "language.json").write_text('{"language": "xx"}')
    assert language.read_language(paths) == "system"


def test_without_a_translator_the_words_are_english_with_counts():
    assert i18n.translate("probe", "Saved") == "Saved"
    assert i18n.translate("probe", "%n entries", None, 3) == "3 entries"
    assert dates.format_day(date(2026, 12, 1), "weekday") == "Tue 1 Dec 2026"


def test_german_loads_the_app_and_qt_translations_and_german_dates(qapp, tmp_path,
                                                                    restore_english):
    from PySide6.QtWidgets import QDialogButtonBox

    from resilience_desktop.ui.i18n import install_translators

    (tmp_path / "probe.ts").write_text(TS, encoding="utf-8")
    lrelease(tmp_path / "probe.ts", tmp_path / "resilience_de.qm")
    locale = install_translators(qapp, "de", qm_dir=tmp_path)
    assert locale.name() == "de_DE"
    assert i18n.translate("probe", "Saved") == "Gespeichert"
    assert i18n.translate("probe", "%n entries", None, 1) == "1 Eintrag"
    assert i18n.translate("probe", "%n entries", None, 4) == "4 Einträge"
    assert dates.long_day(date(2026, 12, 1)) == "Dienstag 1 Dezember 2026"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    assert QApplication.translate("probe", "Saved") == "Gespeichert"


def test_the_week_starts_on_the_locales_first_day_until_one_is_chosen(qapp, db,
                                                                        restore_english):
    from resilience_desktop.services import settings
    from resilience_desktop.services.exercise import stats
    from resilience_desktop.ui.i18n import install_translators

    install_translators(qapp, "en_US", qm_dir="/nonexistent")
    assert stats.week_start_preference() == "sunday"
    assert settings.load_settings()[settings.WEEK_START] == "sunday"
    install_translators(qapp, "de", qm_dir="/nonexistent")
    assert stats.week_start_preference() == "monday"
    settings.save_settings({settings.WEEK_START: "sunday"})
    assert stats.week_start_preference() == "sunday"  # a chosen day wins
