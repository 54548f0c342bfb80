"""The self-check charts' layout (charts/plots/one_axes_layout.py, issue 20) puts the Axes
where constrained layout put them: the same pixels, for every scale, short and long
periods, a few sizes and font sizes, and after a resize."""

from __future__ import annotations

from datetime import date, timedelta

import matplotlib
import matplotlib.ticker
import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from resilience_desktop.charts.plots import one_axes_layout
from resilience_desktop.services.insights.scales import SCALES
from resilience_desktop.ui.insights.selfcheck_page import draw_series

END = date(2026, 11, 29)


@pytest.fixture(autouse=True)
def _titles_as_the_window_draws_them():
    with matplotlib.rc_context({"axes.titley": 1.0}):  # as charts/canvas.py sets it
        yield


def _points(scale_id: str, days: int, count: int) -> list:
    low, high = SCALES[scale_id].score_range
    return [(END - timedelta(days=days) + timedelta(days=days * i // max(count, 1)),
             low + (high - low) * ((i * 7) % 10) / 10) for i in range(count)]


def _drawn(scale_id: str, days: int, count: int, size, dpi: float, constrained: bool):
    figure = Figure(layout="constrained", figsize=size, dpi=dpi)
    FigureCanvasAgg(figure)
    draw_series(figure, SCALES[scale_id], _points(scale_id, days, count),
                END - timedelta(days=days), END)
    if constrained:
        figure.set_layout_engine("constrained")
    figure.canvas.draw()
    return figure


def _pixels(figure) -> np.ndarray:
    return np.asarray(figure.canvas.buffer_rgba()).copy()


@pytest.mark.parametrize("scale_id", list(SCALES))
@pytest.mark.parametrize("days", [20, 364, 1825, 36500])
@pytest.mark.parametrize("size, dpi", [((7.3, 2.15), 100), ((4.0, 2.15), 100),
                                       ((13.0, 2.4), 100), ((7.3, 2.15), 150)])
def test_the_same_pixels_as_constrained_layout(scale_id, days, size, dpi):
    for count in (1, 5, 100):
        ours = _drawn(scale_id, days, count, size, dpi, constrained=False)
        assert isinstance(ours.get_layout_engine(), one_axes_layout.OneAxesLayout)
        constrained = _drawn(scale_id, days, count, size, dpi, constrained=True)
        assert np.array_equal(_pixels(ours), _pixels(constrained)), (scale_id, days, count)


def test_a_new_size_is_laid_out_anew():
    figure = _drawn("who5", 364, 12, (7.3, 2.15), 100, constrained=False)
    figure.set_size_inches(9.5, 3.0)
    figure.canvas.draw()
    twin = _drawn("who5", 364, 12, (9.5, 3.0), 100, constrained=True)
    assert np.array_equal(_pixels(figure), _pixels(twin))


def test_an_empty_period_keeps_constrained_layout_for_its_message():
    figure = _drawn("brs", 364, 0, (7.3, 2.15), 100, constrained=False)
    assert type(figure.get_layout_engine()).__name__ == "ConstrainedLayoutEngine"


def test_a_chart_with_more_than_it_measures_keeps_constrained_layout():
    figure = _drawn("who5", 364, 12, (7.3, 2.15), 100, constrained=False)
    assert one_axes_layout.fits(figure)
    ax = figure.axes[0]
    ax.lines[0].set_label("scores")
    ax.legend()
    assert not one_axes_layout.fits(figure)  # a legend is not measured
    ax.get_legend().remove()
    ax.set_xlabel("days")
    assert not one_axes_layout.fits(figure)
    ax.set_xlabel("")
    ax.yaxis.set_major_locator(matplotlib.ticker.AutoLocator())
    assert not one_axes_layout.fits(figure)  # its ticks would change with the Axes' size


def test_more_than_one_axes_keep_constrained_layout():
    figure = Figure(layout="constrained")
    figure.subplots(2, 1)
    assert not one_axes_layout.fits(figure)
