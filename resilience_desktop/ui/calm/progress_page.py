"""ProgressPage: minutes practised per week, stress change per practice, recent practices."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QSplitter, QTabWidget, QVBoxLayout, QWidget)

from resilience_desktop.charts import plots
from resilience_desktop.charts.canvas import ChartCanvas
from resilience_desktop.core.errors import UserFacingError
from resilience_desktop.services.calm import chart_readings as calm_readings
from resilience_desktop.services.calm import charts as calm_charts
from resilience_desktop.services.calm.meditation import clock_text
from resilience_desktop.services.calm.sessions import (DeletedPractice, delete_practice,
                                                       list_practices, restore_practice)
from resilience_desktop.services.dates import format_day, week_start_preference
from resilience_desktop.services.wording import best_change_reading
from resilience_desktop.ui.widgets.chart_reading import reading_label, with_reading
from resilience_desktop.ui.widgets.selection_buttons import enable_with_selection
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

RANGES = ((QT_TRANSLATE_NOOP("Resilience", "Last 12 weeks"), 12), (QT_TRANSLATE_NOOP("Resilience", "Last 26 weeks"), 26), (QT_TRANSLATE_NOOP("Resilience", "Last year"), 52),
          (QT_TRANSLATE_NOOP("Resilience", "Last 2 years"), 104), (QT_TRANSLATE_NOOP("Resilience", "All time"), None))
RECENT = 50


def draw_stress_change(figure, changes=None) -> None:
    plots.draw_stress_change(figure.add_subplot(),
                             calm_charts.stress_changes() if changes is None else changes)


class ProgressPage(QWidget):
    changed = Signal()  # a practice was deleted or restored

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("progress_page")
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summary_label")
        self.range_combo = QComboBox()
        self.range_combo.setObjectName("calm_range_combo")
        self.range_combo.setAccessibleName(translate("Resilience", "Weeks shown"))
        for label, weeks in RANGES:
            self.range_combo.addItem(translate("Resilience", label), weeks)
        self.range_combo.setCurrentIndex(1)
        self.range_combo.currentIndexChanged.connect(lambda _i: self.weekly_canvas.mark_stale())
        self.weekly_canvas = ChartCanvas(self._draw_weekly, update=self._update_weekly)
        self._weeks_kept: dict = {}  # (weeks shown, today) -> weeks; emptied when data changes
        self.weekly_canvas.setObjectName("weekly_canvas")
        self.stress_canvas = ChartCanvas(self._draw_stress_change)
        self.stress_canvas.setObjectName("stress_canvas")
        self.chart_tabs = QTabWidget()
        self.chart_tabs.setObjectName("calm_chart_tabs")
        weekly_page = QWidget()
        column = QVBoxLayout(weekly_page)
        column.setContentsMargins(0, 4, 0, 0)
        row = QHBoxLayout()
        show_label = QLabel(translate("Resilience", "Show:"))
        show_label.setBuddy(self.range_combo)  # what a screen reader names the box by
        row.addWidget(show_label)
        row.addWidget(self.range_combo)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(reading_label(self.weekly_canvas))
        column.addWidget(self.weekly_canvas)
        self.chart_tabs.addTab(weekly_page, translate("Resilience", "Minutes per week"))
        self.chart_tabs.addTab(with_reading(self.stress_canvas), translate("Resilience", "Stress change"))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.chart_tabs)
        splitter.addWidget(self._build_recent())
        splitter.setSizes([700, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(splitter, 1)
        self._stale_list = True
        self._undo: list[DeletedPractice] = []

    def _build_recent(self) -> QWidget:
        self.recent_list = QListWidget()
        self.recent_list.setObjectName("recent_list")
        self.recent_list.setAccessibleName(translate("Resilience", "Recent practices"))
        self.delete_button = QPushButton(translate("Resilience", "Delete"))
        self.delete_button.setObjectName("calm_delete_button")
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.undo_button = QPushButton(translate("Resilience", "Undo"))
        self.undo_button.setObjectName("calm_undo_button")
        self.undo_button.clicked.connect(self._on_undo_button_clicked)
        self.undo_button.hide()
        enable_with_selection(self.recent_list, self.delete_button)
        self.status_label = QLabel()
        self.status_label.setObjectName("progress_status_label")
        self.status_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.delete_button)
        row.addWidget(self.undo_button)
        row.addWidget(self.status_label, 1)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.recent_list, 1)
        column.addLayout(row)
        return box

    def _weeks(self):
        """The chosen range's weeks, worked out once per range until the data changes."""
        from resilience_desktop.core import clock

        key = (self.range_combo.currentData(), clock.today(), week_start_preference())
        if key not in self._weeks_kept:
            self._weeks_kept[key] = calm_charts.weekly_minutes(key[0], week_start=key[2])
        weeks = self._weeks_kept[key]
        self.weekly_canvas.set_reading(calm_readings.practice_reading(weeks))
        return weeks

    def _draw_weekly(self, figure) -> None:
        plots.draw_weekly_practice(figure.add_subplot(), self._weeks())

    def _update_weekly(self, figure) -> bool:
        """A range change moves the kept bars (ChartCanvas: updating in place, issue 20)."""
        return plots.update_weekly_practice(figure.axes[0], self._weeks())

    def _draw_stress_change(self, figure) -> None:
        changes = calm_charts.stress_changes()
        self.stress_canvas.set_reading(best_change_reading(changes, better_when_higher=False))
        draw_stress_change(figure, changes)

    def mark_stale(self) -> None:
        self._stale_list = True
        self._weeks_kept.clear()
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
            translate("Resilience", "This week: <b>{minutes}</b> minutes over <b>%n</b> practices.", "This week: <b>{minutes}</b> minutes over <b>%n</b> practice.", count).format(minutes=round(minutes)) if count else
            translate("Resilience", "No practice yet this week. The charts show the weeks before."))
        self.recent_list.clear()
        for row in list_practices(RECENT):
            stress = ""
            if row.stress_before is not None and row.stress_after is not None:
                stress = translate("Resilience", " · stress {stress_before}→{stress_after}").format(stress_before=row.stress_before, stress_after=row.stress_after)
            item = QListWidgetItem(f"{format_day(row.started_at)} {row.started_at:%H:%M} · "
                                   f"{row.label} · {clock_text(row.actual_seconds)}{stress}")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.recent_list.addItem(item)
        self._stale_list = False

    def _on_delete_button_clicked(self) -> None:
        item = self.recent_list.currentItem()
        if item is None:
            self.status_label.setText(translate("Resilience", "Choose a practice in the list to delete it."))
            return
        try:
            deleted = delete_practice(item.data(Qt.ItemDataRole.UserRole))
        except UserFacingError as error:
            self.status_label.setText(str(error))
            return
        self._undo.append(deleted)
        self.undo_button.show()
        self.status_label.setText(translate("Resilience", "Deleted {label}.").format(label=deleted.label))
        self.changed.emit()

    def _on_undo_button_clicked(self) -> None:
        if not self._undo:
            return
        deleted = self._undo.pop()
        restore_practice(deleted)
        self.undo_button.setVisible(bool(self._undo))
        self.status_label.setText(translate("Resilience", "Restored {label}.").format(label=deleted.label))
        self.changed.emit()
