"""A questionnaire is shown in the window's language only in a validated translation:
the German WHO-5 in a German window (and its answers scored and stored exactly as in
English), the other scales in English with a note saying why."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt

from resilience_desktop.services.insights import responses
from resilience_desktop.services.insights.scale_translations import VALIDATED, shown_scale
from resilience_desktop.services.insights.scales import BRS, SCALES, WHO5
from tests.i18n.helpers import compile_shipped
from tests.ui.main_window_helpers import shown_main_window


def test_every_included_translation_keeps_the_scale_shape():
    for (scale_id, _language), text in VALIDATED.items():
        scale = SCALES[scale_id]
        shown = shown_scale(scale, _language)
        assert len(shown.items) == len(scale.items)
        assert [value for value, _ in shown.answers] == [value for value, _ in scale.answers]
        assert shown.version == scale.version and shown.bands == scale.bands
        assert shown.items == text.items


def test_only_validated_versions_replace_the_english_text():
    assert shown_scale(WHO5, "de").items[0] == "… war ich froh und guter Laune."
    assert shown_scale(WHO5, "de").label_for(0) == "Zu keinem Zeitpunkt"
    assert shown_scale(WHO5, "es") == WHO5  # no checked Spanish text: English stays
    assert shown_scale(BRS, "de") == BRS
    assert shown_scale(WHO5, "en") == WHO5


@pytest.fixture
def german(qapp, tmp_path):
    from resilience_desktop.ui.i18n import install_translators, remove_translators

    install_translators(qapp, "de", qm_dir=compile_shipped(tmp_path))
    yield
    remove_translators(qapp)
    QLocale.setDefault(QLocale("en_US"))


def test_german_window_asks_the_german_who5_and_stores_the_same_scores(german, context, qtbot):
    window = shown_main_window(context, qtbot)
    window.show_tab("Insights")
    tab = window.tab("Insights")
    card = tab.selfcheck_page.cards["who5"]
    assert "WHO-5-Fragebogen zum Wohlbefinden" in card.title_label.text()
    qtbot.mouseClick(card.take_button, Qt.MouseButton.LeftButton)
    dialog = tab.open_dialog
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "WHO-5-Fragebogen zum Wohlbefinden"
    header = dialog.findChild(type(card.title_label), "header_label").text()
    assert "In den letzten zwei Wochen" in header and "original English" not in header
    assert "froh und guter Laune" in dialog.findChild(type(card.title_label), "item_text_1").text()
    first = dialog.items[0].group.button(5)
    assert first.text() == "5  Die ganze Zeit"
    for key in (Qt.Key.Key_2, Qt.Key.Key_1, Qt.Key.Key_1, Qt.Key.Key_1, Qt.Key.Key_2):
        qtbot.keyClick(dialog, key)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [r.score for r in responses.history("who5")] == [28.0]  # raw 7 x 4, as in English


def test_german_window_keeps_the_brs_in_english_and_says_why(german, context, qtbot):
    window = shown_main_window(context, qtbot)
    window.show_tab("Insights")
    tab = window.tab("Insights")
    qtbot.mouseClick(tab.selfcheck_page.cards["brs"].take_button, Qt.MouseButton.LeftButton)
    dialog = tab.open_dialog
    qtbot.waitExposed(dialog)
    label = type(tab.selfcheck_page.cards["brs"].title_label)
    assert "bounce back quickly" in dialog.findChild(label, "item_text_1").text()
    header = dialog.findChild(label, "header_label").text()
    assert "validierten" in header or "validiert" in header, header
    dialog.reject()
