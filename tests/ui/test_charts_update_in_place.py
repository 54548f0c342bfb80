"""Journal's mood chart and People's contacts charts update in place (issue 20) and draw
the same picture as a full redraw.

Two panels on the same demo journal: one as shipped, whose chart keeps its Axes and
moves the artists (drawn over the kept pixels of the frame text while the layout
holds: charts/blit.py), and a twin that rebuilds its figure on every change (the
redraw before issue 20). After each period change, data change and a theme change the
painted RGBA buffers must be equal, pixel for pixel.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from resilience_desktop.services.demo import generate_demo
from tests.chart_pixels import full_draws, go_dark, same_picture, settle

TODAY = date(2026, 6, 15)


@pytest.fixture
def demo(wall_clock, data_session):
    wall_clock.set(TODAY)
    generate_demo(2, end=TODAY)


def _mood_panels(qtbot):
    from resilience_desktop.ui.journal.charts_panel import JournalChartsPanel

    kept, rebuilt = JournalChartsPanel(), JournalChartsPanel()
    rebuilt.mood_canvas._update_callback = None  # rebuild on every change
    for panel in (kept, rebuilt):
        settle(qtbot, panel, [panel.mood_canvas], size=(900, 560))
    return kept, rebuilt


def _choose(panels, combo_name: str, index: int) -> None:
    for panel in panels:
        getattr(panel, combo_name).setCurrentIndex(index)


def test_the_mood_chart_moves_its_lines_for_each_period_and_draws_the_same_picture(
        qtbot, demo):
    kept, rebuilt = _mood_panels(qtbot)
    axes = kept.mood_canvas.figure.axes[0]
    drawn = full_draws(kept.mood_canvas)
    for index in (0, 2, 3, 1, 0, 3):
        _choose((kept, rebuilt), "period_combo", index)
        assert same_picture(kept.mood_canvas, rebuilt.mood_canvas), index
        assert kept.mood_canvas.text_summary == rebuilt.mood_canvas.text_summary
    assert kept.mood_canvas.figure.axes == [axes]  # the same Axes throughout
    assert len(drawn) < 6  # most periods were blitted, not drawn in full


def test_a_new_check_in_and_a_dark_theme_draw_the_same_mood_picture(qtbot, demo, wall_clock):
    from resilience_desktop.services.journal import entries as journal

    kept, rebuilt = _mood_panels(qtbot)
    _choose((kept, rebuilt), "period_combo", 0)
    axes = kept.mood_canvas.figure.axes[0]
    wall_clock.set(TODAY + timedelta(days=1))  # a new day, and its first check-in
    journal.save_entry(journal.EntryInput(entry_date=TODAY + timedelta(days=1), body="new",
                                          pleasantness=-5, energy=5))
    for panel in (kept, rebuilt):
        panel.mark_stale()
    assert kept.mood_canvas.figure.axes == [axes]  # moved in place
    pleasant_dots = axes.lines[2]
    assert str(pleasant_dots.get_xdata()[-1]) == "2026-06-16"  # the new day's dot
    assert pleasant_dots.get_ydata()[-1] == -5
    assert same_picture(kept.mood_canvas, rebuilt.mood_canvas)
    for panel in (kept, rebuilt):
        go_dark(panel.mood_canvas)
        panel.mark_stale()
    assert same_picture(kept.mood_canvas, rebuilt.mood_canvas)
    _choose((kept, rebuilt), "period_combo", 1)  # in place again, in the dark
    assert same_picture(kept.mood_canvas, rebuilt.mood_canvas)


def _contacts_pages(qtbot, monkeypatch):
    from resilience_desktop.ui.people.people_canvases import ContactsOverTimePage

    kept, rebuilt = ContactsOverTimePage(), ContactsOverTimePage()
    monkeypatch.setattr(rebuilt.canvas, "update_figure", lambda _figure: False)
    for page in (kept, rebuilt):
        page.refresh()
        settle(qtbot, page, [page.canvas], size=(900, 620))
    return kept, rebuilt


def test_the_contacts_charts_follow_the_period_in_place_with_the_same_picture(
        qtbot, demo, monkeypatch):
    kept, rebuilt = _contacts_pages(qtbot, monkeypatch)
    axes = list(kept.canvas.figure.axes)
    drawn = full_draws(kept.canvas)
    for index in (0, 3, 2, 1, 0):
        _choose((kept, rebuilt), "period_combo", index)
        assert same_picture(kept.canvas, rebuilt.canvas), index
        assert kept.canvas.text_summary == rebuilt.canvas.text_summary
    assert kept.canvas.figure.axes == axes
    assert len(drawn) < 5


def test_a_new_contact_and_a_dark_theme_draw_the_same_contacts_picture(
        qtbot, demo, monkeypatch):
    from resilience_desktop.services.people import records
    from resilience_desktop.services.people.contacts import ContactInput, log_contact

    kept, rebuilt = _contacts_pages(qtbot, monkeypatch)
    ann = records.add_person(records.PersonInput("Ann Newcomer"))
    for days_ago in (0, 1, 2, 3):
        log_contact(ContactInput(TODAY - timedelta(days=days_ago), [ann], felt_supported=1),
                    today=TODAY)
    for page in (kept, rebuilt):
        page.refresh()
    assert same_picture(kept.canvas, rebuilt.canvas)
    for page in (kept, rebuilt):
        go_dark(page.canvas)
        page.canvas.mark_stale()
    assert same_picture(kept.canvas, rebuilt.canvas)
    _choose((kept, rebuilt), "period_combo", 3)  # in place again, in the dark
    assert same_picture(kept.canvas, rebuilt.canvas)
