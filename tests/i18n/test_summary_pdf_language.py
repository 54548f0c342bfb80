"""The summary PDF speaks the window's language: with the shipped German (or Spanish)
translation installed, the written PDF's headings, table labels and sentences are German
(Spanish); questionnaire names follow only a validated translation."""

from __future__ import annotations

import io
import unicodedata
from datetime import date

import pytest
from pypdf import PdfReader

from resilience_desktop.charts.summary_pdf import write_summary_pdf
from resilience_desktop.services.insights.summary import CalmSummary, ContactSummary, SummaryData
from resilience_desktop.services.journal.stats import MoodDay
from tests.i18n.helpers import compile_shipped


@pytest.fixture
def speak(qapp, tmp_path):
    """speak("de") installs the shipped translation, as the window does at start-up."""
    from resilience_desktop.ui.i18n import install_translators, remove_translators

    (tmp_path / "qm").mkdir()
    qm_dir = compile_shipped(tmp_path / "qm")
    yield lambda code: install_translators(qapp, code, qm_dir=qm_dir)
    remove_translators(qapp)
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale("en_US"))


def _pdf_text(tmp_path) -> str:
    start, end = date(2026, 1, 1), date(2026, 3, 31)
    data = SummaryData(start, end, [MoodDay(date(2026, 1, 1 + i), 2.0, -1.0) for i in range(9)],
                       {"brs": [], "who5": [], "rses": []}, [], 1, ContactSummary(14, 9, 5),
                       CalmSummary(3, 30.0, 1.5, 2), name="Alex Morgan",
                       generated_on=date(2026, 4, 2))
    path = write_summary_pdf(data, tmp_path / "summary.pdf", tmp_path / "data")
    pages = PdfReader(io.BytesIO(path.read_bytes())).pages
    text = " ".join(" ".join(page.extract_text().split()) for page in pages)
    return unicodedata.normalize("NFKC", text)  # the PDF's font sets "fi" as a ligature


def test_a_german_window_writes_a_german_summary(speak, tmp_path):
    speak("de")
    text = _pdf_text(tmp_path)
    for german in ("Resilience: Zusammenfassung", "Stimmung im Verlauf", "Selbsttest-Fragebögen",
                   "Bewegung", "Kontakt mit Menschen", "Ruheübungen", "Quellen",
                   "Seite 1 von", "Resilience-Zusammenfassung: Alex Morgan",
                   "Für: Alex Morgan", "Erstellt am", "9 Tage mit einem Stimmungs-Check-in",
                   "Mittleres Wohlbefinden +2,0, mittlere Energie −1,0",
                   "Der Stress sank im Schnitt um 1,5 Punkte",
                   "14 persönliche Kontakte und 9 online, mit 5 verschiedenen Personen",
                   "1 Einheit.", "Dies ist keine Diagnose.", "keine Antworten in diesem Zeitraum",
                   "WHO-5-Fragebogen zum Wohlbefinden", "1 Jan 2026 bis"):
        assert german in text, german
    for english in ("Mood over time", "Self-check questionnaires", "Page 1 of", "Sources",
                    "days with a mood check-in", "no answers in this period"):
        assert english not in text, english


def test_a_spanish_window_writes_a_spanish_summary(speak, tmp_path):
    speak("es")
    text = _pdf_text(tmp_path)
    for spanish in ("Ánimo a lo largo del tiempo", "Cuestionarios de autoevaluación",
                    "Contacto con personas", "Prácticas de calma", "Fuentes", "Página 1 de",
                    "1 sesión.", "Esto no es un diagnóstico."):
        assert spanish in text, spanish
    assert "Mood over time" not in text and "Page 1 of" not in text


def test_an_english_window_writes_english(tmp_path):
    text = _pdf_text(tmp_path)
    assert "Mood over time" in text and "Page 1 of" in text and "1 session." in text
    assert "Brief Resilience Scale" in text and "WHO-5 Well-Being Index" in text
