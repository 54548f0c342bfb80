"""The What helps me page: with/without comparisons per factor, a chart of the
same-day differences, and other findings, each linking to its tab."""

from __future__ import annotations

import html

from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QSplitter, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)
from PySide6.QtCore import Qt

from resilience_desktop.charts.canvas import ChartCanvas
from resilience_desktop.services.insights import findings as findings_service
from resilience_desktop.services.insights import helps

COLUMNS = ("What", "Days with / without", "Pleasantness, same day", "Pleasantness, next day",
           "Energy, same day", "Energy, next day")
CELLS = (("pleasantness", 0), ("pleasantness", 1), ("energy", 0), ("energy", 1))


def comparison_text(comparison: helps.Comparison) -> str:
    if comparison.result is None:
        return f"not enough days ({comparison.n_with} / {comparison.n_without})"
    r = comparison.result
    return f"{_signed(r.difference)}  ({_signed(r.low)} to {_signed(r.high)})"


def _signed(value: float) -> str:
    text = f"{value:+.1f}"
    return "0.0" if text in ("+0.0", "-0.0") else text


def finding_text(finding: findings_service.Finding) -> str:
    return (f"<b>{html.escape(finding.what)}</b>: {finding.mean_change:+.1f} "
            f"{html.escape(finding.measure)}, 95 % interval {finding.low:+.1f} to "
            f"{finding.high:+.1f} (n = {finding.n}) "
            f"<a href='{finding.tab}'>{finding.tab} →</a>")


class HelpsPage(QWidget):
    def __init__(self, tab) -> None:
        super().__init__()
        self.tab = tab
        self.setObjectName("helps_page")
        self.results: list[helps.FactorResult] = []
        intro = QLabel(
            f"<b>{helps.CAVEAT}</b> Mean mood on days with versus days without each thing, "
            "and on the day after; the brackets hold the 95 % interval of the difference. "
            f"A comparison shows once there are at least {helps.MIN_DAYS} days on each side. "
            "Mood comes from your journal check-ins (−5 to +5).")
        intro.setObjectName("helps_intro")
        intro.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("helps_table")
        self.table.setAccessibleName("What helps me: comparisons")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.canvas = ChartCanvas(self._draw, min_height=200)
        self.canvas.setObjectName("helps_canvas")
        self.findings_label = QLabel()
        self.findings_label.setObjectName("findings_label")
        self.findings_label.setWordWrap(True)
        self.findings_label.setTextFormat(Qt.TextFormat.RichText)
        self.findings_label.linkActivated.connect(self.tab.context.signals.show_tab_requested.emit)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.canvas)
        splitter.setSizes([230, 230])
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.findings_label)

    def refresh(self) -> None:
        start, end = self.tab.date_range()
        self.results = helps.what_helps(start, end)
        self.table.setRowCount(len(self.results))
        for row, result in enumerate(self.results):
            same = result.get("pleasantness", 0)
            values = [result.factor.label, f"{same.n_with} / {same.n_without}"]
            values += [comparison_text(result.get(m, lag)) for m, lag in CELLS]
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(f"Double-click to open the {result.factor.tab} tab")
                self.table.setItem(row, column, item)
        found = findings_service.all_findings(start, end)
        lines = [finding_text(f) for f in found]
        self.findings_label.setText(
            "<b>Also from your data</b> (95 % intervals; an association, not proof of cause):"
            "<br>" + ("<br>".join(lines) if lines else "Nothing with enough records yet."))
        self.canvas.mark_stale()

    def _draw(self, figure) -> None:
        from resilience_desktop.charts import plots

        rows = [(r.factor.label, c.result.difference, c.result.low, c.result.high)
                for r in self.results if (c := r.get("pleasantness", 0)).result is not None]
        plots.draw_helps(figure.add_subplot(), rows)

    def _on_table_double_clicked(self, index) -> None:
        self.tab.context.signals.show_tab_requested.emit(self.results[index.row()].factor.tab)
