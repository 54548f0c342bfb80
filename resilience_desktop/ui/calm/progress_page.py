"""ProgressPage: minutes practised per week, stress change per practice, recent practices."""

from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QListWidget, QSplitter, QTabWidget,
                               QVBoxLayout, QWidget)
from PySide6.QtCore import Qt

from resilience_desktop.charts import plots
from resilience_desktop.charts.canvas import ChartCanvas
from resilience_desktop.services.calm import charts as calm_charts
from resilience_desktop.services.calm.meditation import clock_text
from resilience_desktop.services.calm.sessions import list_practices
from resilience_desktop.services.dates import format_day

RANGES = (("Last 12 weeks", 12), ("Last 26 weeks", 26), ("Last year", 52),
          ("Last 2 years", 104), ("All time", None))
RECENT = 50


def draw_stress_change(figure) -> None:
    plots.draw_stress_change(figure.add_subplot(), calm_charts.stress_changes())


class ProgressPage(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("progress_page")
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summary_label")
        self.range_combo = QComboBox()
        self.range_combo.setObjectName("calm_range_combo")
        self.range_combo.setAccessibleName("Weeks shown")
        for label, weeks in RANGES:
            self.range_combo.addItem(label, weeks)
        self.range_combo.setCurrentIndex(1)
        self.range_combo.currentIndexChanged.connect(lambda _i: self.weekly_canvas.mark_stale())
        self.weekly_canvas = ChartCanvas(self._draw_weekly)
        self.weekly_canvas.setObjectName("weekly_canvas")
        self.stress_canvas = ChartCanvas(draw_stress_change)
        self.stress_canvas.setObjectName("stress_canvas")
        self.chart_tabs = QTabWidget()
        self.chart_tabs.setObjectName("calm_chart_tabs")
        weekly_page = QWidget()
        column = QVBoxLayout(weekly_page)
        column.setContentsMargins(0, 4, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel("Show:"))
        row.addWidget(self.range_combo)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(self.weekly_canvas)
        self.chart_tabs.addTab(weekly_page, "Minutes per week")
        self.chart_tabs.addTab(self.stress_canvas, "Stress change")
        self.recent_list = QListWidget()
        self.recent_list.setObjectName("recent_list")
        self.recent_list.setAccessibleName("Recent practices")
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.chart_tabs)
        splitter.addWidget(self.recent_list)
        splitter.setSizes([700, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(splitter, 1)
        self._stale_list = True

    def _draw_weekly(self, figure) -> None:
        plots.draw_weekly_practice(figure.add_subplot(),
                                   calm_charts.weekly_minutes(self.range_combo.currentData()))

    def mark_stale(self) -> None:
        self._stale_list = True
        if self.isVisible():
            self.refresh_list()
        for canvas in (self.weekly_canvas, self.stress_canvas):
            canvas.mark_stale()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self._stale_list:
            self.refresh_list()

    def refresh_list(self) -> None:
        minutes, count = calm_charts.this_week_summary()
        self.summary_label.setText(
            f"This week: <b>{round(minutes)}</b> minutes over <b>{count}</b> "
            f"practice{'' if count == 1 else 's'}." if count else
            "No practice yet this week. The charts show the weeks before.")
        self.recent_list.clear()
        for row in list_practices(RECENT):
            stress = ""
            if row.stress_before is not None and row.stress_after is not None:
                stress = f" · stress {row.stress_before}→{row.stress_after}"
            self.recent_list.addItem(f"{format_day(row.started_at)} {row.started_at:%H:%M} · "
                                     f"{row.label} · {clock_text(row.actual_seconds)}{stress}")
        self._stale_list = False
