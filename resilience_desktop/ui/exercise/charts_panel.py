"""ExerciseChartsPanel: the four exercise charts, each a lazily drawn ChartCanvas."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

from resilience_desktop.charts import plots
from resilience_desktop.charts.canvas import ChartCanvas
from resilience_desktop.services.exercise import chart_readings
from resilience_desktop.services.exercise import charts as exercise_charts
from resilience_desktop.services.wording import best_change_reading
from resilience_desktop.ui.widgets.accessible import label_for
from resilience_desktop.ui.widgets.chart_reading import reading_label, with_reading
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

GUIDELINE_RANGES = ((QT_TRANSLATE_NOOP("Resilience", "Last 12 weeks"), 12), (QT_TRANSLATE_NOOP("Resilience", "Last 26 weeks"), 26), (QT_TRANSLATE_NOOP("Resilience", "Last year"), 52),
                    (QT_TRANSLATE_NOOP("Resilience", "Last 2 years"), 104), (QT_TRANSLATE_NOOP("Resilience", "All time"), None))


def draw_weekly_guideline(figure, weeks: int | None = 26, data=None) -> None:
    plots.draw_weekly_guideline(figure.add_subplot(),
                                exercise_charts.weekly_guideline_data(weeks) if data is None
                                else data)


def draw_activity_mix(figure, items=None) -> None:
    plots.draw_activity_mix(figure.add_subplot(),
                            exercise_charts.activity_mix_data() if items is None else items,
                            exercise_charts.MIX_WEEKS)


def draw_mood_change(figure, changes=None) -> None:
    plots.draw_mood_change(figure.add_subplot(),
                           exercise_charts.mood_change_data() if changes is None else changes)


def draw_minutes_vs_mood(figure, data=None) -> None:
    plots.draw_minutes_vs_mood(figure.add_subplot(),
                               exercise_charts.minutes_mood_data() if data is None else data)


class ExerciseChartsPanel(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("charts_panel")
        self.chart_tabs = QTabWidget()
        self.chart_tabs.setObjectName("chart_tabs")
        self.guideline_canvas = ChartCanvas(self._draw_guideline, update=self._update_guideline)
        self._guideline_cache: dict = {}  # (range, today) -> weeks; emptied when data changes
        self.mix_canvas = ChartCanvas(self._draw_activity_mix)
        self.mood_change_canvas = ChartCanvas(self._draw_mood_change)
        self.minutes_mood_canvas = ChartCanvas(self._draw_minutes_vs_mood)
        for name, canvas in (("guideline_canvas", self.guideline_canvas),
                             ("mix_canvas", self.mix_canvas),
                             ("mood_change_canvas", self.mood_change_canvas),
                             ("minutes_mood_canvas", self.minutes_mood_canvas)):
            canvas.setObjectName(name)
        self.range_combo = QComboBox()
        self.range_combo.setObjectName("range_combo")
        for label, weeks in GUIDELINE_RANGES:
            self.range_combo.addItem(translate("Resilience", label), weeks)
        self.range_combo.setCurrentIndex(1)
        self.range_combo.currentIndexChanged.connect(self._on_range_combo_changed)
        guideline_page = QWidget()
        page_layout = QVBoxLayout(guideline_page)
        page_layout.setContentsMargins(0, 4, 0, 0)
        row = QHBoxLayout()
        row.addWidget(label_for(translate("Resilience", "&Show:"), self.range_combo))
        row.addWidget(self.range_combo)
        row.addStretch(1)
        page_layout.addLayout(row)
        page_layout.addWidget(reading_label(self.guideline_canvas))
        page_layout.addWidget(self.guideline_canvas)
        self.chart_tabs.addTab(guideline_page, translate("Resilience", "Guideline"))
        self.chart_tabs.addTab(with_reading(self.mix_canvas), translate("Resilience", "Activity mix"))
        self.chart_tabs.addTab(with_reading(self.mood_change_canvas),
                               translate("Resilience", "Mood change"))
        self.chart_tabs.addTab(with_reading(self.minutes_mood_canvas),
                               translate("Resilience", "Minutes and mood"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chart_tabs)

    def canvases(self) -> list[ChartCanvas]:
        return [self.guideline_canvas, self.mix_canvas, self.mood_change_canvas,
                self.minutes_mood_canvas]

    def mark_stale(self) -> None:
        self._guideline_cache.clear()
        for canvas in self.canvases():
            canvas.mark_stale()

    def _guideline_weeks(self):
        """The chosen range's weeks, fetched once per range until the data changes."""
        from resilience_desktop.core import clock

        key = (self.range_combo.currentData(), clock.today())
        if key not in self._guideline_cache:
            self._guideline_cache[key] = exercise_charts.weekly_guideline_data(key[0])
        return self._guideline_cache[key]

    def _draw_guideline(self, figure) -> None:
        weeks = self._guideline_weeks()
        self.guideline_canvas.set_reading(chart_readings.guideline_reading(list(weeks)))
        draw_weekly_guideline(figure, data=weeks)

    def _update_guideline(self, figure) -> bool:
        """A range change moves the kept bars (ChartCanvas: updating in place)."""
        weeks = self._guideline_weeks()
        self.guideline_canvas.set_reading(chart_readings.guideline_reading(list(weeks)))
        return plots.update_weekly_guideline(figure.axes[0], weeks)

    def _draw_activity_mix(self, figure) -> None:
        items = exercise_charts.activity_mix_data()
        self.mix_canvas.set_reading(chart_readings.mix_reading(list(items),
                                                               exercise_charts.MIX_WEEKS))
        draw_activity_mix(figure, items)

    def _draw_mood_change(self, figure) -> None:
        changes = exercise_charts.mood_change_data()
        self.mood_change_canvas.set_reading(best_change_reading(changes))
        draw_mood_change(figure, changes)

    def _draw_minutes_vs_mood(self, figure) -> None:
        data = exercise_charts.minutes_mood_data()
        self.minutes_mood_canvas.set_reading(chart_readings.minutes_mood_reading(list(data.points)))
        draw_minutes_vs_mood(figure, data)

    def _on_range_combo_changed(self, _index: int) -> None:
        self.guideline_canvas.mark_stale()
