"""The What helps me page: with/without comparisons per factor, a chart of the
same-day differences, and other findings, each linking to its tab."""

from __future__ import annotations

import html

from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHeaderView, QLabel, QSplitter, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)
from PySide6.QtCore import QEvent, Qt

from resilience_desktop.charts.canvas import ChartCanvas
from resilience_desktop.services.insights import findings as findings_service
from resilience_desktop.services.insights import helps
from resilience_desktop.services.insights.figures import HelpsFigures
from resilience_desktop.ui.insights.selfcheck_page import placeholder_label
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, format_decimal, format_signed, translate

COLUMNS = (QT_TRANSLATE_NOOP("Resilience", "What"), QT_TRANSLATE_NOOP("Resilience", "Days with / without"), QT_TRANSLATE_NOOP("Resilience", "Pleasantness, same day"), QT_TRANSLATE_NOOP("Resilience", "Pleasantness, next day"),
           QT_TRANSLATE_NOOP("Resilience", "Energy, same day"), QT_TRANSLATE_NOOP("Resilience", "Energy, next day"))
# The page's content shown, the layouts' requests are handled this many rounds at once
# (each lays out a level of the window: page, tab, the scroll area's holder) so that the
# chart is drawn once, at its size, not first at its minimum height (issue 20: ~45 ms).
LAYOUT_ROUNDS = 8
CELLS = (("pleasantness", 0), ("pleasantness", 1), ("energy", 0), ("energy", 1))


def comparison_text(comparison: helps.Comparison) -> str:
    if comparison.result is None:
        return translate("Resilience", "not enough days ({n_with} / {n_without})").format(n_with=comparison.n_with, n_without=comparison.n_without)
    r = comparison.result
    return translate("Resilience", "{difference}  ({low} to {high})").format(difference=_signed(r.difference), low=_signed(r.low), high=_signed(r.high))


def _signed(value: float) -> str:
    """+1.2 / −0.8 in the interface locale; a difference that rounds to nothing is 0.0."""
    return format_decimal(0, 1) if f"{abs(value):.1f}" == "0.0" else format_signed(value, 1)


def finding_text(finding: findings_service.Finding) -> str:
    return (translate("Resilience", "<b>{what}</b>: {mean_change} {measure}, 95 % interval {low} to {high} (n = {n}) <a href='{key}'>{tab} →</a>").format(what=html.escape(translate("Resilience", finding.what)), mean_change=format_signed(finding.mean_change, 1), measure=html.escape(translate("Resilience", finding.measure)), low=format_signed(finding.low, 1), high=format_signed(finding.high, 1), n=finding.n, key=finding.tab, tab=translate("Resilience", finding.tab)))


class HelpsPage(QWidget):
    def __init__(self, tab) -> None:
        super().__init__()
        self.tab = tab
        self.setObjectName("helps_page")
        self.results: list[helps.FactorResult] = []
        intro = QLabel(
            translate("Resilience", "<b>{caveat}</b> Mean mood on days with versus days without each thing, and on the day after; the brackets hold the 95 % interval of the difference. A comparison shows once there are at least {min_days} days on each side. Mood comes from your journal check-ins (−5 to +5).").format(caveat=helps.CAVEAT, min_days=helps.MIN_DAYS))
        intro.setObjectName("helps_intro")
        intro.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("helps_table")
        self.table.setAccessibleName(translate("Resilience", "What helps me: comparisons"))
        self.table.setHorizontalHeaderLabels([translate("Resilience", c) for c in COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.canvas = ChartCanvas(self._draw, min_height=200, update=self._update)
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
        self.content = QWidget()
        column = QVBoxLayout(self.content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(intro)
        column.addWidget(splitter, 1)
        column.addWidget(self.findings_label)
        self.content.setVisible(False)  # until the figures are worked out
        self.placeholder = placeholder_label("helps_placeholder")
        layout = QVBoxLayout(self)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.content, 1)

    def show_placeholder(self, text: str) -> None:
        """Before the first figures arrive, or when working them out failed."""
        self.placeholder.setText(text)
        self.placeholder.setVisible(True)
        self.content.setVisible(False)

    def show_figures(self, figures: HelpsFigures) -> None:
        """Fill the table, the findings and the chart from figures (worked out off the GUI
        thread). Filled before it is shown: the chart is drawn once, at its final size,
        not at each size the layout passes through while the table and text arrive."""
        self.results = list(figures.results)
        self.table.setRowCount(len(self.results))
        for row, result in enumerate(self.results):
            same = result.get("pleasantness", 0)
            values = [translate("Resilience", result.factor.label), f"{same.n_with} / {same.n_without}"]
            values += [comparison_text(result.get(m, lag)) for m, lag in CELLS]
            for column, text in enumerate(values):
                item = QTableWidgetItem(translate("Resilience", text))
                item.setToolTip(translate("Resilience", "Double-click to open the {tab} tab").format(tab=translate("Resilience", result.factor.tab)))
                self.table.setItem(row, column, item)
        lines = [finding_text(f) for f in figures.findings]
        self.findings_label.setText(
            translate("Resilience", "<b>Also from your data</b> (95 % intervals; an association, not proof of cause):"
            "<br>") + ("<br>".join(lines) if lines else translate("Resilience", "Nothing with enough records yet.")))
        self.canvas.mark_stale()
        self.canvas.make_canvas()  # its size hint in the layout before the page shows
        self.placeholder.setVisible(False)
        self.content.setVisible(True)
        for _ in range(LAYOUT_ROUNDS):  # laid out now, before the chart's first draw
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    def _rows(self) -> list:
        return [(translate("Resilience", r.factor.label), c.result.difference, c.result.low, c.result.high)
                for r in self.results if (c := r.get("pleasantness", 0)).result is not None]

    def _draw(self, figure) -> None:
        import resilience_desktop.charts.plots.insights as plots  # only these (plots.X: every tab's charts)

        plots.draw_helps(figure.add_subplot(), self._rows())

    def _update(self, figure) -> bool:
        """Another period moves the kept chart (ChartCanvas: updating in place, issue 20)."""
        import resilience_desktop.charts.plots.insights as plots

        return plots.update_helps(figure.axes[0], self._rows())

    def _on_table_double_clicked(self, index) -> None:
        self.tab.context.signals.show_tab_requested.emit(self.results[index.row()].factor.tab)
