"""Charts updated in place (issue 20) draw the same picture as a full redraw.

The canvas keeps its Axes when the data changes and moves the artists, and while
the layout holds it draws them over the kept pixels of the frame text
(charts/blit.py) instead of drawing in full. What the window shows (the canvas's
RGBA buffer as painted) must equal, pixel for pixel, a twin canvas that went through
the same changes by rebuilding its figure (the redraw before issue 20: clear, draw
anew, the layout reused while the chart's shape holds). Journal's and People's
charts: tests/ui/test_charts_update_in_place.py.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from resilience_desktop.charts import plots
from resilience_desktop.charts.canvas import ChartCanvas
from resilience_desktop.services.exercise.stats import WeekSummary
from tests.chart_pixels import full_draws, go_dark, same_picture, settle


def _weeks(count: int, minutes: int = 60):
    start = date(2026, 1, 5) - timedelta(weeks=count)
    return [WeekSummary(start + timedelta(weeks=i), moderate_minutes=minutes + i % 5 * 30,
                        vigorous_minutes=i % 3 * 20) for i in range(count)]


class _WeeklyCanvas(ChartCanvas):
    def __init__(self, weeks, in_place: bool):
        super().__init__(self._draw, update=self._update if in_place else None)
        self.weeks, self.draws, self.updates = weeks, 0, 0

    def _draw(self, figure):
        self.draws += 1
        plots.draw_weekly_guideline(figure.add_subplot(), self.weeks)

    def _update(self, figure):
        self.updates += 1
        return plots.update_weekly_guideline(figure.axes[0], self.weeks)


def _shown(qtbot, canvas):
    settle(qtbot, canvas, [canvas])
    canvas.draws = canvas.updates = 0
    return canvas


def _twins(qtbot, weeks, canvas_class=None):
    """The same chart twice: one updated in place, one rebuilt on every change."""
    canvas_class = canvas_class or _WeeklyCanvas
    return (_shown(qtbot, canvas_class(weeks, in_place=True)),
            _shown(qtbot, canvas_class(weeks, in_place=False)))


def _change(canvases, weeks) -> None:
    for canvas in canvases:
        canvas.weeks = weeks
        canvas.mark_stale()


@pytest.mark.parametrize("first, then", [(26, 104), (104, 12), (12, 520), (520, 26)])
def test_a_range_change_in_place_draws_the_same_picture_as_a_full_redraw(qtbot, first, then):
    kept, rebuilt = _twins(qtbot, _weeks(first))
    axes_before = kept.figure.axes[0]
    _change((kept, rebuilt), _weeks(then, minutes=90))
    assert kept.updates == 1 and kept.draws == 0  # moved, not rebuilt
    assert kept.figure.axes[0] is axes_before and rebuilt.draws == 1
    assert same_picture(kept, rebuilt)
    fresh = _shown(qtbot, _WeeklyCanvas(_weeks(then, minutes=90), in_place=False))
    assert kept.text_summary == fresh.text_summary  # what a screen reader is told


def test_updates_that_keep_the_layout_are_blitted_and_draw_the_same_picture(qtbot):
    """Range changes back and forth (one- and two-line date labels move the source line
    under the chart) and data changes: drawn over the frame text's kept pixels, never
    in full, each picture the one a full redraw paints."""
    kept, rebuilt = _twins(qtbot, _weeks(26))
    drawn = full_draws(kept)
    for count, minutes in ((52, 60), (26, 60), (52, 60), (26, 80), (520, 60), (52, 70),
                           (520, 60), (12, 90)):
        _change((kept, rebuilt), _weeks(count, minutes))
        assert same_picture(kept, rebuilt), (count, minutes)
    assert kept.draws == 0 and rebuilt.draws == 8
    assert drawn == []  # every update was blitted


def test_a_new_layout_is_drawn_in_full_and_still_the_same_picture(qtbot):
    kept, rebuilt = _twins(qtbot, _weeks(26))
    drawn = full_draws(kept)
    _change((kept, rebuilt), _weeks(26, minutes=900))  # four-digit minutes: wider labels
    assert same_picture(kept, rebuilt)
    assert kept.draws == 0 and len(drawn) == 1


class _Partial(_WeeklyCanvas):
    def _draw(self, figure):
        super()._draw(figure)
        plots.mark_partial_weeks(figure.axes[0], self.weeks, [self.weeks[-1].start])


def test_hatched_partial_weeks_are_drawn_anew_with_the_new_weeks(qtbot):
    kept, rebuilt = _twins(qtbot, _weeks(26), _Partial)
    _change((kept, rebuilt), _weeks(26, minutes=75))
    assert kept.draws == 1 and same_picture(kept, rebuilt)


def test_a_chart_that_becomes_empty_or_leaves_empty_is_drawn_anew(qtbot):
    kept, rebuilt = _twins(qtbot, _weeks(26))
    _change((kept, rebuilt), [])
    assert kept.draws == 1 and "No moderate or vigorous minutes" in kept.text_summary
    assert same_picture(kept, rebuilt)
    _change((kept, rebuilt), _weeks(12))
    assert kept.draws == 2 and same_picture(kept, rebuilt)


def test_a_theme_change_rebuilds_the_artists_and_draws_the_dark_picture(qtbot):
    kept, rebuilt = _twins(qtbot, _weeks(26))
    for canvas in (kept, rebuilt):
        go_dark(canvas)
        canvas.mark_stale()
    assert kept.draws == 1 and same_picture(kept, rebuilt)
    _change((kept, rebuilt), _weeks(52, minutes=90))  # then in place, in the dark
    assert kept.draws == 1 and same_picture(kept, rebuilt)
    _change((kept, rebuilt), _weeks(26, minutes=90))
    assert kept.draws == 1 and same_picture(kept, rebuilt)


def test_on_a_matplotlib_without_the_private_label_pieces_the_chart_is_drawn_in_full(
        qtbot, monkeypatch):
    """The blit reads two private matplotlib attributes; a future matplotlib without
    them must draw the chart in full, never fail."""
    from resilience_desktop.charts import blit

    kept, rebuilt = _twins(qtbot, _weeks(26))
    drawn = full_draws(kept)
    monkeypatch.setattr(blit, "uses_known_matplotlib", lambda figure: False)
    _change((kept, rebuilt), _weeks(52, minutes=70))
    assert same_picture(kept, rebuilt)
    assert len(drawn) == 1
    monkeypatch.undo()
    assert not blit.uses_known_matplotlib(_without_side_titles(kept.figure))


def _without_side_titles(figure):
    class Axes:
        xaxis = yaxis = figure.axes[0].xaxis

    class Figure:
        axes = [Axes()]

    return Figure()
