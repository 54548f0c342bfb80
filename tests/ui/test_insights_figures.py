"""Insights' figures are worked out on a worker thread behind a placeholder and kept per
date range until the data changes (issue 20); a failure there is a plain message."""

import threading
from datetime import timedelta

import pytest

from PySide6.QtWidgets import QWidget

from resilience_desktop.core import clock
from resilience_desktop.services.insights import figures as insights_figures
from resilience_desktop.services.insights import responses
from resilience_desktop.ui.insights.insights_tab import InsightsTab
from resilience_desktop.ui.widgets import background

LAST_YEAR, LAST_TWO_YEARS = 0, 1  # the range box's rows


def _answer_brs(days_ago: int, answers: list[int]) -> None:
    responses.save_response("brs", answers, clock.today() - timedelta(days=days_ago))


def _day(days_ago: int) -> str:
    """A day as the chart's data text names it ("23 Jul 2025")."""
    day = clock.today() - timedelta(days=days_ago)
    return f"{day.day} {day:%b %Y}"


def _shown_tab(context, qtbot) -> InsightsTab:
    tab = InsightsTab(context)
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.show()
    return tab


def _settled(tab, qtbot) -> None:
    qtbot.waitUntil(background.idle, timeout=30_000)
    qtbot.waitUntil(lambda: not tab.selfcheck_page.placeholder.isVisible(), timeout=30_000)


def _brs_days_drawn(tab) -> str:
    """The BRS chart's data as the person can read it ("Show data as text")."""
    canvas = tab.selfcheck_page.cards["brs"].canvas
    return canvas.text_summary


def test_the_placeholder_shows_while_figures_are_worked_out_then_the_real_ones(
        context, qtbot, monkeypatch):
    _answer_brs(3, [4, 2, 4, 3, 5, 1])
    release = threading.Event()
    real = insights_figures.selfcheck_figures

    def slow(*args):
        release.wait(30)
        return real(*args)

    monkeypatch.setattr(insights_figures, "selfcheck_figures", slow)
    tab = _shown_tab(context, qtbot)
    page = tab.selfcheck_page
    qtbot.wait(50)  # the event loop turns: the window is not waiting on the work
    assert page.placeholder.isVisible()
    assert "Working out your figures" in page.placeholder.text()
    assert not page.cards["brs"].isVisible()
    release.set()
    _settled(tab, qtbot)
    assert page.cards["brs"].isVisible()
    assert "4.17" in page.cards["brs"].score_label.text()
    assert "Nothing is drawn yet" not in _brs_days_drawn(tab)


def test_changing_the_range_shows_that_ranges_figures(context, qtbot):
    _answer_brs(500, [3, 3, 3, 3, 3, 3])  # only inside the last two years
    _answer_brs(10, [4, 2, 4, 3, 5, 1])
    tab = _shown_tab(context, qtbot)
    tab.range_combo.setCurrentIndex(LAST_YEAR)
    _settled(tab, qtbot)
    assert _day(10) in _brs_days_drawn(tab) and _day(500) not in _brs_days_drawn(tab)
    tab.range_combo.setCurrentIndex(LAST_TWO_YEARS)
    qtbot.waitUntil(lambda: _day(500) in _brs_days_drawn(tab), timeout=30_000)
    assert _day(10) in _brs_days_drawn(tab)
    tab.range_combo.setCurrentIndex(LAST_YEAR)  # kept: shown at once, no work started
    assert background.idle()
    assert _day(500) not in _brs_days_drawn(tab) and _day(10) in _brs_days_drawn(tab)


def test_new_data_replaces_every_kept_range(context, qtbot):
    _answer_brs(10, [3, 3, 3, 3, 3, 3])
    tab = _shown_tab(context, qtbot)
    tab.range_combo.setCurrentIndex(LAST_YEAR)
    _settled(tab, qtbot)
    tab.range_combo.setCurrentIndex(LAST_TWO_YEARS)
    _settled(tab, qtbot)
    assert _day(10) in _brs_days_drawn(tab) and _day(1) not in _brs_days_drawn(tab)
    _answer_brs(1, [4, 2, 4, 3, 5, 1])
    context.signals.insights_changed.emit()
    qtbot.waitUntil(lambda: _day(1) in _brs_days_drawn(tab), timeout=30_000)
    tab.range_combo.setCurrentIndex(LAST_YEAR)  # was kept before the answer: worked out anew
    qtbot.waitUntil(lambda: _day(1) in _brs_days_drawn(tab), timeout=30_000)
    assert "4.17" in tab.selfcheck_page.cards["brs"].score_label.text()


def test_a_hidden_tab_works_nothing_out_until_it_is_shown(context, qtbot):
    tab = InsightsTab(context)
    qtbot.addWidget(tab)
    context.signals.journal_changed.emit()
    assert background.idle()  # nothing started for a tab nobody looks at
    _answer_brs(2, [4, 2, 4, 3, 5, 1])
    tab.show()
    _settled(tab, qtbot)
    assert "4.17" in tab.selfcheck_page.cards["brs"].score_label.text()


@pytest.mark.parametrize("page_name", ["selfcheck_page", "helps_page"])
def test_a_failure_while_working_out_is_a_plain_message(context, qtbot, monkeypatch,
                                                        page_name):
    def broken(*_args):
        raise RuntimeError("private words from the journal")

    monkeypatch.setattr(insights_figures, "selfcheck_figures", broken)
    monkeypatch.setattr(insights_figures, "helps_figures", broken)
    tab = _shown_tab(context, qtbot)
    page = getattr(tab, page_name)
    tab.pages.setCurrentWidget(page)
    qtbot.waitUntil(lambda: "could not be worked out" in page.placeholder.text(),
                    timeout=30_000)
    text = page.placeholder.text()
    assert page.placeholder.isVisible()
    assert "private words" not in text and "Traceback" not in text and "RuntimeError" not in text
    assert "saved entries are safe" in text
    monkeypatch.undo()  # the cause goes away: opening the page again tries again
    tab.pages.setCurrentWidget(tab.strengths_page)
    tab.pages.setCurrentWidget(page)
    qtbot.waitUntil(lambda: not page.placeholder.isVisible(), timeout=30_000)


def test_the_other_pages_are_built_when_first_chosen_and_show_their_figures(context, qtbot):
    """The tab's first show builds only the page it shows (issue 20); a page chosen later
    is built then, in its place, with its figures."""
    _answer_brs(10, [4, 2, 4, 3, 5, 1])
    tab = _shown_tab(context, qtbot)
    _settled(tab, qtbot)
    assert tab.findChild(QWidget, "helps_page") is None
    assert tab.findChild(QWidget, "strengths_page") is None
    titles = [tab.pages.tabText(index) for index in range(tab.pages.count())]
    assert titles == ["Self-checks", "What helps me", "Strengths and good things"]
    tab.pages.setCurrentIndex(1)  # as a click on "What helps me"
    qtbot.waitUntil(background.idle, timeout=30_000)
    helps_page = tab.findChild(QWidget, "helps_page")
    assert tab.pages.currentWidget() is helps_page is tab.helps_page
    qtbot.waitUntil(lambda: not helps_page.placeholder.isVisible(), timeout=30_000)
    assert helps_page.isVisible() and helps_page.table.isVisible()
    tab.pages.setCurrentIndex(2)
    assert tab.pages.currentWidget() is tab.strengths_page
    assert tab.strengths_page.strength_list.isVisible()
    assert [tab.pages.tabText(index) for index in range(tab.pages.count())] == titles
    tab.pages.setCurrentIndex(0)
    assert tab.selfcheck_page.cards["brs"].isVisible()
