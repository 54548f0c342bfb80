"""Constrained layout with ticks measured once a pass (charts/ticks_measured_once.py,
issue 20) puts every Axes where constrained layout puts them: the same pixels, with
axis labels, legends, automatic and fixed ticks, two Axes, sizes, dpi and a resize."""

from __future__ import annotations

import matplotlib
import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from resilience_desktop.charts.ticks_measured_once import TicksMeasuredOnce


@pytest.fixture(autouse=True)
def _titles_as_the_window_draws_them():
    with matplotlib.rc_context({"axes.titley": 1.0}):  # as charts/canvas.py sets it
        yield


def _line_with_labels(figure):
    ax = figure.add_subplot()
    days = np.arange(120)
    ax.plot(days, np.sin(days / 9) * 4, label="mood")
    ax.plot(days, np.cos(days / 13) * 3, label="energy")
    ax.set_title("Mood over time, last 120 days")
    ax.set_xlabel("days")
    ax.set_ylabel("mood (−5 … +5)")
    ax.legend(loc="upper left")


def _bars_with_names(figure):
    ax = figure.add_subplot()
    names = ["walking", "cycling", "a long activity name", "yoga"]
    ax.barh(names, [120, 45, 300, 80], label="minutes")
    ax.xaxis.set_major_locator(matplotlib.ticker.MaxNLocator(5))
    ax.set_xlabel("minutes\nbox: middle half · dot: mean")
    ax.set_title("Activity mix, last 12 weeks")
    ax.legend(loc="lower right", fontsize="small")


def _two_axes(figure):
    top, bottom = figure.subplots(2, 1, sharex=True)
    top.bar(range(30), np.arange(30) % 7, label="in person")
    top.set_ylabel("Contacts per week")
    top.legend()
    bottom.plot(range(30), np.arange(30) ** 1.5)
    bottom.set_xlabel("week")
    bottom.set_title("Over time", loc="left")


def _huge_numbers(figure):
    ax = figure.add_subplot()
    ax.scatter(np.linspace(1e5, 3e6, 50), np.linspace(-1e-3, 2e-3, 50))  # offset texts
    ax.set_ylabel("tiny")


DRAWINGS = [_line_with_labels, _bars_with_names, _two_axes, _huge_numbers]


def _drawn(draw, size, dpi, engine):
    figure = Figure(figsize=size, dpi=dpi)
    FigureCanvasAgg(figure)
    figure.set_layout_engine("constrained")
    draw(figure)
    if engine == "once":
        figure.set_layout_engine(TicksMeasuredOnce.like(figure.get_layout_engine()))
    figure.canvas.draw()
    return figure


def _pixels(figure) -> np.ndarray:
    return np.asarray(figure.canvas.buffer_rgba()).copy()


@pytest.mark.parametrize("draw", DRAWINGS)
@pytest.mark.parametrize("size, dpi", [((12.46, 5.97), 100), ((5.65, 5.05), 100),
                                       ((4.0, 2.0), 100), ((7.3, 3.0), 150)])
def test_the_same_pixels_as_constrained_layout(draw, size, dpi):
    ours = _drawn(draw, size, dpi, "once")
    assert isinstance(ours.get_layout_engine(), TicksMeasuredOnce)
    assert np.array_equal(_pixels(ours), _pixels(_drawn(draw, size, dpi, "constrained")))


@pytest.mark.parametrize("draw", DRAWINGS)
def test_a_resize_is_laid_out_as_constrained_layout_does(draw):
    ours = _drawn(draw, (7.3, 3.0), 100, "once")
    twin = _drawn(draw, (7.3, 3.0), 100, "constrained")
    for figure in (ours, twin):
        figure.set_size_inches(9.5, 4.2)
        figure.canvas.draw()
    assert np.array_equal(_pixels(ours), _pixels(twin))


def test_the_axes_answer_for_themselves_after_the_layout():
    figure = _drawn(_two_axes, (7.3, 3.0), 100, "once")
    for ax in figure.axes:
        for axis in (ax.xaxis, ax.yaxis):
            assert "_update_ticks" not in vars(axis)
            assert "_get_ticklabel_bboxes" not in vars(axis)


def test_a_charts_own_pads_are_kept():
    figure = Figure(layout="constrained")
    figure.get_layout_engine().set(w_pad=0.2, h_pad=0.1)
    once = TicksMeasuredOnce.like(figure.get_layout_engine())
    assert once.get() == figure.get_layout_engine().get()
