"""--screenshot pictures Insights in one period each, so it works out that period only
(insights_tab.PREFETCH_OTHER_RANGES off): the figures are right and nothing else runs on
the worker; a person's window works out the other periods ahead (test_range_change_in_place)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from resilience_desktop.services.demo import generate_demo
from resilience_desktop.services.insights import figures as insights_figures
from resilience_desktop.ui.insights import insights_tab
from resilience_desktop.ui.widgets import background

TODAY = date(2026, 6, 15)


@pytest.fixture
def demo(wall_clock, data_session):
    wall_clock.set(TODAY)
    generate_demo(2, end=TODAY - timedelta(days=3))


def test_without_prefetch_only_the_shown_period_is_worked_out(context, qtbot, demo,
                                                               monkeypatch):
    monkeypatch.setattr(insights_tab, "PREFETCH_OTHER_RANGES", False)
    worked_out = []
    real = insights_figures.selfcheck_figures
    monkeypatch.setattr(insights_figures, "selfcheck_figures",
                        lambda start, end, today: worked_out.append(start) or real(start, end, today))
    tab = insights_tab.InsightsTab(context)
    qtbot.addWidget(tab)
    tab.resize(1200, 900)
    tab.show()
    qtbot.waitUntil(lambda: tab.selfcheck_page.scroll.isVisible(), timeout=30_000)
    qtbot.waitUntil(background.idle, timeout=30_000)

    assert worked_out == [tab.date_range()[0]]  # the shown period, nothing ahead
    shown = real(*tab.date_range(), TODAY)
    brs = tab.selfcheck_page.cards["brs"]
    assert (brs.figures.scales["brs"].points if brs.figures else None) == \
        shown.scales["brs"].points
