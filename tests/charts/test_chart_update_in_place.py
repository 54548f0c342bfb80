"""Charts updated in place (issue 20) draw the same picture as a full redraw.

The canvas keeps its Axes when the data changes and moves the artists; the
rendered pixels of its buffer must match a canvas that went through the same
change by rebuilding its figure (the redraw before issue 20: clear, draw anew, the
layout reused while the chart's shape holds).
"""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pytest

from resilience_desktop.charts import plots
from resilience_desktop.charts.canvas import ChartCanvas
from resilience_desktop.services.exercise.stats import WeekSummary


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
    qtbot.addWidget(canvas)
    canvas.resize(700, 460)
    canvas.show()
    qtbot.waitExposed(canvas)
    canvas.draw_now()
    return canvas


def _pixels(canvas) -> np.ndarray:
    canvas.draw_now()
    return np.asarray(canvas.canvas.buffer_rgba()).astype(int)


def _differing_fraction(a: np.ndarray, b: np.ndarray) -> float:
    assert a.shape == b.shape
    return float(np.any(np.abs(a - b) > 8, axis=2).mean())


@pytest.mark.parametrize("first, then", [(26, 104), (104, 12), (12, 520), (520, 26)])
def test_an_update_in_place_draws_the_same_picture_as_a_full_redraw(qtbot, first, then):
    kept = _shown(qtbot, _WeeklyCanvas(_weeks(first), in_place=True))
    rebuilt = _shown(qtbot, _WeeklyCanvas(_weeks(first), in_place=False))
    axes_before = kept.figure.axes[0]
    for canvas in (kept, rebuilt):
        canvas.weeks = _weeks(then, minutes=90)
        canvas.mark_stale()
    assert kept.updates == 1 and kept.draws == 1  # moved, not rebuilt
    assert kept.figure.axes[0] is axes_before and rebuilt.draws == 2
    assert _differing_fraction(_pixels(kept), _pixels(rebuilt)) < 0.001
    fresh = _shown(qtbot, _WeeklyCanvas(_weeks(then, minutes=90), in_place=False))
    assert kept.text_summary == fresh.text_summary  # what a screen reader is told


def test_a_chart_that_becomes_empty_or_leaves_empty_is_drawn_anew(qtbot):
    canvas = _shown(qtbot, _WeeklyCanvas(_weeks(26), in_place=True))
    canvas.weeks = _weeks(26, minutes=0)[:0]
    canvas.mark_stale()
    assert canvas.draws == 2 and "No moderate or vigorous minutes" in canvas.text_summary
    canvas.weeks = _weeks(12)
    canvas.mark_stale()
    assert canvas.draws == 3
    fresh = _shown(qtbot, _WeeklyCanvas(_weeks(12), in_place=False))
    assert _differing_fraction(_pixels(canvas), _pixels(fresh)) < 0.001


def test_a_theme_change_rebuilds_the_artists(qtbot):
    from PySide6.QtGui import QColor, QPalette

    canvas = _shown(qtbot, _WeeklyCanvas(_weeks(26), in_place=True))
    palette = canvas.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    canvas.setPalette(palette)
    canvas.mark_stale()
    assert canvas.draws == 2
