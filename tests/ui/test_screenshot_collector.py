"""--screenshot frees each tab once pictured; meanwhile the window's lasting objects are
frozen out of the garbage collector and it runs only at each release
(ui/screenshots._one_tab_at_a_time). Afterwards the collector is as it was."""

from __future__ import annotations

import gc
import sys

import pytest

from resilience_desktop.ui import screenshots
from resilience_desktop.ui.insights import insights_tab


@pytest.fixture(autouse=True)
def _prefetch_restored(monkeypatch):
    monkeypatch.setattr(insights_tab, "PREFETCH_OTHER_RANGES", True)  # the runner turns it off


def test_the_collector_runs_only_at_releases_and_is_given_back():
    assert gc.isenabled()
    with screenshots._one_tab_at_a_time(True):
        assert not gc.isenabled()
        assert gc.get_freeze_count() > 0
        assert "matplotlib.figure" in sys.modules  # frozen with the rest, not walked each time
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_a_disabled_collector_stays_disabled_and_nothing_changes_without_freeing():
    gc.disable()
    try:
        with screenshots._one_tab_at_a_time(True):
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
    with screenshots._one_tab_at_a_time(False):
        assert gc.isenabled()
        assert gc.get_freeze_count() == 0
