"""Chart labels never sit on the data: WHO-5's band labels are outside the plot,
the mood legend above it (both in the window and the PDF, which share the drawing)."""

from __future__ import annotations

from datetime import date, timedelta

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from resilience_desktop.charts import plots
from resilience_desktop.services.insights.scales import SCALES, chart_bands
from resilience_desktop.services.journal.stats import MoodDay


def _figure():
    figure = Figure(figsize=(6.4, 2.6), layout="constrained")
    FigureCanvasAgg(figure)
    return figure, figure.add_subplot()


def test_who5_band_labels_are_outside_the_plot_area():
    figure, ax = _figure()
    scale = SCALES["who5"]
    points = [(date(2026, 1, 1) + timedelta(days=7 * i), score)
              for i, score in enumerate([72, 52, 40, 60, 24, 80])]
    plots.draw_scale_history(ax, plots.ScaleSeries(scale.short_name, scale.score_range, points,
                                                   chart_bands(scale)))
    figure.canvas.draw()
    plot_area = ax.get_window_extent()
    labels = [t for t in ax.texts if "50" in t.get_text() or "suggests" in t.get_text()]
    assert len(labels) == 3
    for label in labels:
        assert label.get_window_extent().x0 >= plot_area.x1  # the line cannot cross it


def test_mood_legend_does_not_cover_the_plot():
    figure, ax = _figure()
    start = date(2026, 1, 1)
    plots.draw_mood_over_time(ax, [MoodDay(start + timedelta(days=i), 4.5, 4.5)
                                   for i in range(60)])
    figure.canvas.draw()
    legend = ax.get_legend().get_window_extent()
    assert legend.y0 >= ax.get_window_extent().y1 - 1
