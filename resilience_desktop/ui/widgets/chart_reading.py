"""A chart's one-line reading shown above it (issue 19 part 5).

The draw callback computes the sentence from the data it draws (Qt-free functions in
services/*/chart_readings.py) and hands it to ``ChartCanvas.set_reading``; this label
follows it. The same sentence opens the chart's accessible description.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from resilience_desktop.charts.canvas import ChartCanvas


def reading_label(canvas: ChartCanvas) -> QLabel:
    """A word-wrapped label that shows the canvas's reading (hidden while it has none)."""
    label = QLabel(canvas.reading)
    label.setObjectName(f"{canvas.objectName() or 'chart'}_reading")
    label.setWordWrap(True)
    label.setVisible(bool(canvas.reading))

    def show(text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    canvas.reading_changed.connect(show)
    return label


def with_reading(canvas: ChartCanvas) -> QWidget:
    """A page holding the reading over the chart."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 4, 0, 0)
    layout.addWidget(reading_label(canvas))
    layout.addWidget(canvas, 1)
    return page
