"""The summary PDF: the period and "Page n of m" on every page, headings kept with
their charts, the figures in the text."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from resilience_desktop.charts.summary_pages import _sections, _span_end
from resilience_desktop.charts.summary_pdf import build_document, pdf_bytes, summary_header
from resilience_desktop.services.insights.summary import ContactSummary, SummaryData
from resilience_desktop.services.journal.stats import MoodDay


def _data() -> SummaryData:
    start, end = date(2026, 1, 1), date(2026, 3, 31)
    mood = [MoodDay(date(2026, 1, 1 + i), 2.0, -1.0) for i in range(20)]
    return SummaryData(start, end, mood, {"brs": [], "who5": [], "rses": []}, [], 0,
                       ContactSummary(14, 9, 5), None, name="Alex Morgan",
                       generated_on=date(2026, 4, 2))


def _pages(data: SummaryData) -> list[str]:
    pdf = pdf_bytes(build_document(data), header=summary_header(data))
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def test_every_page_has_the_period_and_its_number(qapp):
    pages = _pages(_data())
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        flat = " ".join(text.split())
        assert "Alex Morgan" in flat and "2026 to" in flat
        assert f"Page {number} of {len(pages)}" in flat


def test_figures_are_in_the_text_and_exercise_heading_sits_with_its_chart(qapp):
    pages = [" ".join(text.split()) for text in _pages(_data())]
    whole = " ".join(pages)
    assert "Average pleasantness +2.0, average energy −1.0" in whole
    assert "14 contacts in person and 9 online" in whole



def test_no_heading_is_left_at_a_page_bottom_without_its_chart(qapp):
    document = build_document(_data())
    pdf_bytes(document, header="x")  # lays the document out on A4 pages
    layout, height = document.documentLayout(), document.pageSize().height()
    checked = 0
    for heading, blocks in _sections(document):
        end = _span_end(layout, blocks, height)
        if end is not None and end.text().strip() == "\ufffc":
            top_page = layout.blockBoundingRect(heading).top() // height
            assert top_page == (layout.blockBoundingRect(end).bottom() - 1) // height
            checked += 1
    assert checked == 2  # mood, exercise (no questionnaire answered: no chart, the table says so)


def test_a_demo_half_year_prints_every_section_to_the_last_citation(qapp, data_session):
    """With real data the headings' page breaks once left the document half laid out:
    the sections after the last break (Sources) were neither counted nor painted."""
    from resilience_desktop.services.demo import generate_demo
    from resilience_desktop.services.insights.summary import gather

    generate_demo(1, end=date(2026, 12, 4))
    data = gather(date(2026, 6, 3), date(2026, 11, 30))
    assert data.scales["who5"] and data.calm and data.calm.sessions
    pages = [" ".join(text.split()) for text in _pages(data)]
    assert len(pages) >= 3
    whole = " ".join(pages)
    assert "Calm practice" in whole and "Average drop in stress" in whole
    assert "Sources" in whole and "Rosenberg M. Society and the Adolescent Self-Image" in whole
    assert "WHO guidelines on physical activity and sedentary behaviour, 2020." in pages[-1]
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]
