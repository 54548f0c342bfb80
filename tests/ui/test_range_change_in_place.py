"""A period change moves the charts' artists in place (issue 20) and draws the same picture
as a full redraw: Insights' self-check charts and Calm's minutes per week.

Two copies of each page on the same journal, driven through the period box as a person
picks from it: one as shipped, whose charts keep their Axes and move the artists (drawn
over the kept pixels of the frame text while the layout holds: charts/blit.py), and a
twin whose charts rebuild their figure on every change (the redraw before issue 20). The
painted RGBA buffers must be equal, pixel for pixel, after every change, through a
period with nothing to draw and back.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from PySide6.QtCore import Qt

from resilience_desktop.services.demo import generate_demo
from resilience_desktop.ui.widgets import background
from tests.chart_pixels import full_draws, go_dark, pixels, same_picture

TODAY = date(2026, 6, 15)
DEMO_END = TODAY - timedelta(days=400)  # nothing in the last year; two years of it before


@pytest.fixture
def old_demo(wall_clock, data_session):
    wall_clock.set(TODAY)
    generate_demo(2, end=DEMO_END)


def _pick(qtbot, combo, index: int) -> None:
    """Choose a period from the box as a person does: focus it, arrow to the row."""
    combo.setFocus()
    steps = index - combo.currentIndex()
    key = Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up
    for _ in range(abs(steps)):
        qtbot.keyClick(combo, key)
    assert combo.currentIndex() == index


# -- Insights --------------------------------------------------------------------------

LAST_YEAR, TWO_YEARS, FIVE_YEARS, ALL_TIME = range(4)


def _insights_tab(context, qtbot, in_place: bool):
    from resilience_desktop.ui.insights.insights_tab import InsightsTab

    tab = InsightsTab(context)
    qtbot.addWidget(tab)
    for card in tab.selfcheck_page.cards.values():
        card.canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no focus frame: same size
        if not in_place:
            card.canvas._update_callback = None  # rebuilt on every change
    tab.resize(1200, 1100)
    tab.show()
    qtbot.waitExposed(tab)
    _settled(tab, qtbot)
    return tab


def _settled(tab, qtbot) -> None:
    qtbot.waitUntil(background.idle, timeout=30_000)
    qtbot.waitUntil(lambda: tab.selfcheck_page.scroll.isVisible(), timeout=30_000)
    for card in tab.selfcheck_page.cards.values():
        pixels(card.canvas)  # what the window shows: a pending draw runs


def _insights_pair(context, qtbot):
    return _insights_tab(context, qtbot, True), _insights_tab(context, qtbot, False)


def _choose_period(qtbot, tabs, index: int) -> None:
    for tab in tabs:
        _pick(qtbot, tab.range_combo, index)
        _settled(tab, qtbot)


def _same_charts(kept, rebuilt) -> None:
    for scale_id, card in kept.selfcheck_page.cards.items():
        twin = rebuilt.selfcheck_page.cards[scale_id].canvas
        assert same_picture(card.canvas, twin), scale_id
        assert card.canvas.text_summary == twin.text_summary, scale_id


def test_insights_charts_follow_the_period_in_place_with_the_same_picture(
        context, qtbot, old_demo):
    kept, rebuilt = _insights_pair(context, qtbot)
    brs = kept.selfcheck_page.cards["brs"].canvas
    axes = brs.figure.axes[0]
    drawn = full_draws(brs)
    _same_charts(kept, rebuilt)
    for index in (FIVE_YEARS, ALL_TIME, TWO_YEARS):  # scores in each: moved in place
        _choose_period(qtbot, (kept, rebuilt), index)
        _same_charts(kept, rebuilt)
        assert brs.figure.axes == [axes]
    assert len(drawn) < 3  # mostly blitted over the kept frame text, not drawn in full
    _choose_period(qtbot, (kept, rebuilt), LAST_YEAR)  # nothing answered: the message
    _same_charts(kept, rebuilt)
    assert "No BRS answers in this period" in brs.text_summary
    for index in (FIVE_YEARS, TWO_YEARS):  # and back: scores again
        _choose_period(qtbot, (kept, rebuilt), index)
        _same_charts(kept, rebuilt)
    assert "No BRS answers" not in brs.text_summary


def test_insights_shows_each_periods_scores_after_period_changes(context, qtbot, old_demo):
    from resilience_desktop.services.insights import responses
    from resilience_desktop.services.insights.scales import format_score

    answered = responses.history("brs")
    tab = _insights_tab(context, qtbot, True)
    brs = tab.selfcheck_page.cards["brs"]
    for index, days in ((ALL_TIME, None), (LAST_YEAR, 365), (TWO_YEARS, 730), (ALL_TIME, None)):
        _choose_period(qtbot, (tab,), index)
        since = None if days is None else TODAY - timedelta(days=days - 1)
        shown = [r for r in answered if since is None or r.taken_on >= since]
        for response in answered:  # each answer's day is in the chart's data text or not
            day = f"{response.taken_on.day} {response.taken_on:%b %Y}"
            assert (day in brs.canvas.text_summary) == (response in shown), (index, day)
        latest = answered[-1]  # the card's latest score does not depend on the period
        assert format_score(brs.scale, latest.score) in brs.score_label.text()


def test_insights_works_out_the_other_periods_after_the_shown_one(context, qtbot, old_demo):
    """Once the shown period's figures are up, the others are worked out on the worker one
    after another: choosing one later shows its figures at once, no work started."""
    tab = _insights_tab(context, qtbot, True)
    brs = tab.selfcheck_page.cards["brs"]
    qtbot.waitUntil(background.idle, timeout=30_000)
    for index in (ALL_TIME, LAST_YEAR, FIVE_YEARS):
        _pick(qtbot, tab.range_combo, index)
        assert background.idle()  # nothing to work out: kept already
        assert tab.selfcheck_page.scroll.isVisible()
        pixels(brs.canvas)
        assert ("No BRS answers" in brs.canvas.text_summary) == (index == LAST_YEAR)
    _pick(qtbot, tab.range_combo, TWO_YEARS)
    tab.pages.setCurrentWidget(tab.helps_page)  # another page: its own figures, then the rest
    qtbot.waitUntil(background.idle, timeout=30_000)
    _pick(qtbot, tab.range_combo, ALL_TIME)
    assert background.idle() and tab.helps_page.content.isVisible()


def test_insights_charts_in_place_in_a_dark_theme(context, qtbot, old_demo):
    kept, rebuilt = _insights_pair(context, qtbot)
    for tab in (kept, rebuilt):
        for card in tab.selfcheck_page.cards.values():
            go_dark(card.canvas)
            card.canvas.mark_stale()
        _settled(tab, qtbot)  # drawn dark, as the window would before the next click
    _choose_period(qtbot, (kept, rebuilt), FIVE_YEARS)
    _same_charts(kept, rebuilt)


def _helps_shown(tab, qtbot) -> None:
    qtbot.waitUntil(background.idle, timeout=30_000)
    qtbot.waitUntil(lambda: tab.helps_page.content.isVisible(), timeout=30_000)
    pixels(tab.helps_page.canvas)


def test_what_helps_me_follows_the_period_in_place_with_the_same_picture(
        context, qtbot, old_demo):
    kept, rebuilt = _insights_pair(context, qtbot)
    rebuilt.helps_page.canvas._update_callback = None
    for tab in (kept, rebuilt):
        tab.helps_page.canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        qtbot.mouseClick(tab.pages.tabBar(), Qt.MouseButton.LeftButton,
                         pos=tab.pages.tabBar().tabRect(1).center())
        _helps_shown(tab, qtbot)
    canvas, twin = kept.helps_page.canvas, rebuilt.helps_page.canvas
    assert same_picture(canvas, twin)
    axes = canvas.figure.axes[0]
    for index in (ALL_TIME, FIVE_YEARS, LAST_YEAR, TWO_YEARS, ALL_TIME):  # nothing last year
        for tab in (kept, rebuilt):
            _pick(qtbot, tab.range_combo, index)
            _helps_shown(tab, qtbot)
        assert same_picture(canvas, twin), index
        assert canvas.text_summary == twin.text_summary
        if index == FIVE_YEARS:
            assert canvas.figure.axes == [axes]  # moved in place
        assert ("Not enough days" in canvas.text_summary) == (index == LAST_YEAR)
    assert "Not enough days" not in canvas.text_summary
    rows = kept.helps_page.table.rowCount()
    assert rows and kept.helps_page.table.item(0, 0).text()  # the comparisons are listed


# -- Calm ------------------------------------------------------------------------------

TWELVE_WEEKS, SIX_MONTHS, ONE_YEAR, CALM_TWO_YEARS, CALM_ALL = range(5)


def _calm_pages(qtbot):
    from resilience_desktop.ui.calm.progress_page import ProgressPage
    from tests.chart_pixels import settle

    kept, rebuilt = ProgressPage(), ProgressPage()
    rebuilt.weekly_canvas._update_callback = None  # rebuilt on every change
    for page in (kept, rebuilt):
        settle(qtbot, page, [page.weekly_canvas], size=(1200, 620))
    return kept, rebuilt


def test_calm_minutes_per_week_follow_the_period_in_place_with_the_same_picture(
        qtbot, old_demo):
    kept, rebuilt = _calm_pages(qtbot)
    canvas = kept.weekly_canvas
    assert "No practice in this period" in canvas.text_summary  # the last year: nothing
    for index in (CALM_TWO_YEARS, CALM_ALL, ONE_YEAR, TWELVE_WEEKS, CALM_ALL, CALM_TWO_YEARS):
        for page in (kept, rebuilt):
            _pick(qtbot, page.range_combo, index)
        assert same_picture(canvas, rebuilt.weekly_canvas), index
        assert canvas.text_summary == rebuilt.weekly_canvas.text_summary
    assert "No practice in this period" not in canvas.text_summary
    axes = canvas.figure.axes[0]
    drawn = full_draws(canvas)
    for index in (CALM_ALL, CALM_TWO_YEARS, CALM_ALL):  # practices in each: moved in place
        for page in (kept, rebuilt):
            _pick(qtbot, page.range_combo, index)
        assert same_picture(canvas, rebuilt.weekly_canvas), index
    assert canvas.figure.axes == [axes]  # moved in place
    assert len(drawn) < 3


def test_a_new_practice_shows_after_a_period_change_with_the_same_picture(
        qtbot, old_demo, wall_clock):
    from resilience_desktop.services.calm import sessions

    kept, rebuilt = _calm_pages(qtbot)
    for page in (kept, rebuilt):
        _pick(qtbot, page.range_combo, ONE_YEAR)
    before = kept.weekly_canvas.text_summary
    sessions.log_practice(sessions.PracticeInput(
        kind="breathing", name="Slow breathing", started_at=wall_clock.now(),
        planned_seconds=600, actual_seconds=600))
    for page in (kept, rebuilt):
        page.mark_stale()  # what the tab does on calm_changed
        _pick(qtbot, page.range_combo, TWELVE_WEEKS)
    assert kept.weekly_canvas.text_summary != before
    assert "No practice in this period" not in kept.weekly_canvas.text_summary
    assert same_picture(kept.weekly_canvas, rebuilt.weekly_canvas)


# -- People › Over time ----------------------------------------------------------------

THREE_MONTHS, SIX_MONTHS_, TWELVE_MONTHS, TWO_YEARS_ = range(4)


@pytest.fixture
def half_year_old_demo(wall_clock, data_session):
    wall_clock.set(TODAY)
    generate_demo(2, end=TODAY - timedelta(days=200))  # the last six months: no contacts


def test_people_over_time_bars_move_in_place_through_an_empty_period_and_back(
        qtbot, half_year_old_demo, monkeypatch):
    from resilience_desktop.ui.people.people_canvases import ContactsOverTimePage
    from tests.chart_pixels import settle

    kept, rebuilt = ContactsOverTimePage(), ContactsOverTimePage()
    monkeypatch.setattr(rebuilt.canvas, "update_figure", lambda _figure: False)
    for page in (kept, rebuilt):
        page.refresh()
        settle(qtbot, page, [page.canvas], size=(900, 620))
    canvas = kept.canvas
    assert "Log a call" in canvas.text_summary  # six months: nothing to draw
    for index in (TWELVE_MONTHS, TWO_YEARS_, THREE_MONTHS, TWO_YEARS_, TWELVE_MONTHS):
        for page in (kept, rebuilt):
            _pick(qtbot, page.period_combo, index)
        assert same_picture(canvas, rebuilt.canvas), index
        assert canvas.text_summary == rebuilt.canvas.text_summary
    assert "In person: " in canvas.text_summary
    weekly = canvas.figure.axes[0]
    bars = list(weekly.collections)
    _pick(qtbot, kept.period_combo, TWO_YEARS_)
    _pick(qtbot, rebuilt.period_combo, TWO_YEARS_)
    assert same_picture(canvas, rebuilt.canvas)
    assert canvas.figure.axes[0] is weekly and list(weekly.collections) == bars  # moved


# -- Journal › Charts ------------------------------------------------------------------

JOURNAL_3_MONTHS, JOURNAL_12_MONTHS, JOURNAL_3_YEARS, EVERYTHING = range(4)


def test_naming_the_feeling_follows_the_period_in_place_with_the_same_picture(
        qtbot, old_demo):
    from resilience_desktop.ui.journal.charts_panel import JournalChartsPanel
    from tests.chart_pixels import settle

    kept, rebuilt = JournalChartsPanel(), JournalChartsPanel()
    rebuilt.intensity_canvas._update_callback = None  # rebuilt on every change
    for panel in (kept, rebuilt):
        panel.chart_tabs.setCurrentIndex(panel.canvases().index(panel.intensity_canvas))
        settle(qtbot, panel, [panel.intensity_canvas], size=(900, 560))
    canvas, twin = kept.intensity_canvas, rebuilt.intensity_canvas
    assert "Rate how strong a feeling is" in canvas.text_summary  # 12 months: nothing
    axes = None
    for index in (JOURNAL_3_YEARS, EVERYTHING, JOURNAL_3_MONTHS, EVERYTHING, JOURNAL_3_YEARS,
                  EVERYTHING):
        for panel in (kept, rebuilt):
            _pick(qtbot, panel.period_combo, index)
        assert same_picture(canvas, twin), index
        assert canvas.text_summary == twin.text_summary
        if index == JOURNAL_3_MONTHS:
            assert "Rate how strong a feeling is" in canvas.text_summary
            axes = None
        elif axes is None:
            axes = canvas.figure.axes[0]
        else:
            assert canvas.figure.axes == [axes]  # moved in place
    assert "After naming a feeling its strength" in canvas.text_summary


def test_emotion_words_follow_the_period_in_place_with_the_same_picture(qtbot, old_demo):
    from resilience_desktop.ui.journal.charts_panel import JournalChartsPanel
    from tests.chart_pixels import settle

    kept, rebuilt = JournalChartsPanel(), JournalChartsPanel()
    rebuilt.words_canvas._update_callback = None  # rebuilt on every change
    for panel in (kept, rebuilt):
        panel.chart_tabs.setCurrentIndex(panel.canvases().index(panel.words_canvas))
        settle(qtbot, panel, [panel.words_canvas], size=(900, 560))
    canvas, twin = kept.words_canvas, rebuilt.words_canvas
    assert "No feelings named in this period" in canvas.text_summary  # 12 months: nothing
    for index in (JOURNAL_3_YEARS, EVERYTHING, JOURNAL_3_MONTHS, EVERYTHING, JOURNAL_3_YEARS):
        for panel in (kept, rebuilt):
            _pick(qtbot, panel.period_combo, index)
        assert same_picture(canvas, twin), index
        assert canvas.text_summary == twin.text_summary
    axes = canvas.figure.axes[0]
    bars = list(axes.containers[0].patches)
    for index in (EVERYTHING, JOURNAL_3_YEARS):
        for panel in (kept, rebuilt):
            _pick(qtbot, panel.period_combo, index)
        assert same_picture(canvas, twin), index
        assert canvas.text_summary == twin.text_summary
    assert canvas.figure.axes == [axes]  # moved in place
    assert list(axes.containers[0].patches) == bars  # twenty words each: the bars moved
    words = [label.get_text() for label in axes.get_yticklabels()]
    assert words and all(word in canvas.text_summary for word in words)


def test_year_in_pixels_follows_the_period_in_place_with_the_same_picture(qtbot, old_demo):
    from resilience_desktop.ui.journal.charts_panel import JournalChartsPanel
    from tests.chart_pixels import settle

    kept, rebuilt = JournalChartsPanel(), JournalChartsPanel()
    rebuilt.pixels_canvas._update_callback = None  # rebuilt on every change
    for panel in (kept, rebuilt):
        panel.chart_tabs.setCurrentIndex(panel.canvases().index(panel.pixels_canvas))
        settle(qtbot, panel, [panel.pixels_canvas], size=(900, 560))
    canvas, twin = kept.pixels_canvas, rebuilt.pixels_canvas
    assert "No mood check-ins in this period" in canvas.text_summary  # 12 months: nothing
    for index in (JOURNAL_3_YEARS, EVERYTHING, JOURNAL_3_MONTHS, EVERYTHING, JOURNAL_3_YEARS):
        for panel in (kept, rebuilt):
            _pick(qtbot, panel.period_combo, index)
        assert same_picture(canvas, twin), index
        assert canvas.text_summary == twin.text_summary
    axes = canvas.figure.axes[0]
    images = list(axes.images)
    for index in (EVERYTHING, JOURNAL_3_YEARS):
        for panel in (kept, rebuilt):
            _pick(qtbot, panel.period_combo, index)
        assert same_picture(canvas, twin), index
    assert canvas.figure.axes[0] is axes and list(axes.images) == images  # moved in place
    assert "coloured squares" in canvas.text_summary


def test_year_in_weeks_follows_the_period_in_place_with_the_same_picture(
        qtbot, old_demo, monkeypatch):
    """Past the weekly threshold (lowered here to 1,110 days: Everything, ~1,130 days of
    this demo, is weekly, the last 3 years daily) the chart draws a square per week, and
    moves in place to and from a daily period."""
    from resilience_desktop.charts.plots import year_in_weeks

    monkeypatch.setattr(year_in_weeks, "WEEKLY_FROM_DAYS", 1110)
    kept, rebuilt, canvas, twin = _journal_pair(qtbot, "pixels")
    _pick_both(qtbot, (kept, rebuilt), JOURNAL_3_YEARS)
    axes = canvas.figure.axes[0]
    images = list(axes.images)
    for index in (EVERYTHING, JOURNAL_3_YEARS, EVERYTHING):
        _pick_both(qtbot, (kept, rebuilt), index)
        assert same_picture(canvas, twin), index
        assert canvas.text_summary == twin.text_summary
        assert ("per week" in canvas.text_summary) == (index == EVERYTHING)
    assert canvas.figure.axes[0] is axes and list(axes.images) == images  # moved in place
    for shown in (canvas, twin):
        go_dark(shown)
        shown.mark_stale()
        pixels(shown)
    for index in (JOURNAL_3_YEARS, EVERYTHING, JOURNAL_3_MONTHS, EVERYTHING):  # and empty
        _pick_both(qtbot, (kept, rebuilt), index)
        assert same_picture(canvas, twin), index
        assert canvas.text_summary == twin.text_summary
    assert "per week" in canvas.text_summary and "coloured squares" in canvas.text_summary


def _journal_pair(qtbot, chart: str):
    """Two chart panels showing one chart: one updating in place, its twin rebuilding."""
    from resilience_desktop.ui.journal.charts_panel import JournalChartsPanel
    from tests.chart_pixels import settle

    kept, rebuilt = JournalChartsPanel(), JournalChartsPanel()
    getattr(rebuilt, f"{chart}_canvas")._update_callback = None  # rebuilt on every change
    for panel in (kept, rebuilt):
        canvas = getattr(panel, f"{chart}_canvas")
        panel.chart_tabs.setCurrentIndex(panel.canvases().index(canvas))
        settle(qtbot, panel, [canvas], size=(900, 560))
    return kept, rebuilt, getattr(kept, f"{chart}_canvas"), getattr(rebuilt, f"{chart}_canvas")


def _pick_both(qtbot, panels, index: int) -> None:
    for panel in panels:
        _pick(qtbot, panel.period_combo, index)


def test_granularity_follows_the_period_in_place_with_the_same_picture(qtbot, old_demo):
    kept, rebuilt, canvas, twin = _journal_pair(qtbot, "granularity")
    assert "Name some feelings" in canvas.text_summary  # 12 months: nothing
    for index in (JOURNAL_3_YEARS, EVERYTHING, JOURNAL_3_MONTHS, EVERYTHING, JOURNAL_3_YEARS):
        _pick_both(qtbot, (kept, rebuilt), index)
        assert same_picture(canvas, twin), index
        assert canvas.text_summary == twin.text_summary
    axes = canvas.figure.axes[0]
    drawn = full_draws(canvas)
    for index in (EVERYTHING, JOURNAL_3_YEARS, EVERYTHING):  # a part month, then none
        _pick_both(qtbot, (kept, rebuilt), index)
        assert same_picture(canvas, twin), index
        assert canvas.text_summary == twin.text_summary
        assert (axes.get_legend() is not None) == (index == JOURNAL_3_YEARS)
    assert canvas.figure.axes == [axes]  # moved in place
    assert len(drawn) < 3  # blitted over the kept frame text once each shape was laid out
    assert "distinct words in the month" in canvas.text_summary


@pytest.mark.parametrize("chart", ["pixels", "words", "granularity", "intensity"])
def test_journal_charts_in_place_in_a_dark_theme(qtbot, old_demo, chart):
    kept, rebuilt, canvas, twin = _journal_pair(qtbot, chart)
    _pick_both(qtbot, (kept, rebuilt), EVERYTHING)
    for shown in (canvas, twin):
        go_dark(shown)
        shown.mark_stale()
        pixels(shown)  # drawn dark, as the window would before the next click
    for index in (JOURNAL_3_YEARS, JOURNAL_12_MONTHS, EVERYTHING, JOURNAL_3_YEARS):
        _pick_both(qtbot, (kept, rebuilt), index)
        assert same_picture(canvas, twin), (chart, index)
        assert canvas.text_summary == twin.text_summary
