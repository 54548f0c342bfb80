"""JournalChartsPanel: the five journal charts, one per sub-tab, for a period."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from resilience_desktop.core import clock
from resilience_desktop.charts import plots
from resilience_desktop.charts.canvas import ChartCanvas
from resilience_desktop.services.journal import chart_readings
from resilience_desktop.services.journal import stats as journal_stats
from resilience_desktop.services.dates import week_start_preference
from resilience_desktop.ui.widgets.accessible import label_for
from resilience_desktop.ui.widgets.chart_reading import with_reading
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

PERIODS = ((QT_TRANSLATE_NOOP("Resilience", "Last 3 months"), 91), (QT_TRANSLATE_NOOP("Resilience", "Last 12 months"), 365), (QT_TRANSLATE_NOOP("Resilience", "Last 3 years"), 3 * 365),
           (QT_TRANSLATE_NOOP("Resilience", "Everything"), None))
SOURCE = (QT_TRANSLATE_NOOP("Resilience", "Affect labeling: Lieberman MD et al. Putting feelings into words. "
          "Psychological Science 2007;18(5):421-428."))


class JournalChartsPanel(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("period_combo")
        row.addWidget(label_for(translate("Resilience", "&Period:"), self.period_combo))
        for label, days in PERIODS:
            self.period_combo.addItem(translate("Resilience", label), days)
        self.period_combo.setCurrentIndex(1)
        row.addWidget(self.period_combo)
        row.addStretch(1)
        layout.addLayout(row)
        self.chart_tabs = QTabWidget()
        self.chart_tabs.setObjectName("chart_tabs")
        self.mood_canvas = self._add("mood_canvas", translate("Resilience", "Mood over time"), self._draw_mood,
                                     update=self._update_mood)
        self.pixels_canvas = self._add("pixels_canvas", translate("Resilience", "Year in pixels"),
                                       self._draw_pixels, update=self._update_pixels)
        self.words_canvas = self._add("words_canvas", translate("Resilience", "Emotion words"),
                                      self._draw_words, update=self._update_words)
        self.granularity_canvas = self._add("granularity_canvas", translate("Resilience", "Granularity"),
                                            self._draw_granularity, update=self._update_granularity)
        self.intensity_canvas = self._add("intensity_canvas", translate("Resilience", "Naming the feeling"),
                                          self._draw_intensity, SOURCE, update=self._update_intensity)
        self._kept: dict = {}  # (chart, period, today) -> its data; emptied when data changes
        layout.addWidget(self.chart_tabs, 1)
        self.period_combo.currentIndexChanged.connect(self._on_period_combo_changed)

    def _add(self, name: str, title: str, draw, source: str = "", update=None) -> ChartCanvas:
        """A chart sub-tab; a source, if given, is cited under that chart only."""
        canvas = ChartCanvas(draw, update=update)
        canvas.setObjectName(name)
        page = with_reading(canvas)  # a reading shows once the draw callback sets one
        page_layout = page.layout()
        if not source:
            self.chart_tabs.addTab(page, translate("Resilience", title))
            return canvas
        self.source_label = QLabel(source)
        self.source_label.setObjectName("source_label")
        self.source_label.setWordWrap(True)
        self.source_label.setStyleSheet("color: palette(placeholder-text); font-size: 9pt;")
        page_layout.addWidget(self.source_label)
        self.chart_tabs.addTab(page, translate("Resilience", title))
        return canvas

    def canvases(self) -> list[ChartCanvas]:
        return [self.mood_canvas, self.pixels_canvas, self.words_canvas,
                self.granularity_canvas, self.intensity_canvas]

    def mark_stale(self) -> None:
        """The journal changed: forget the kept data; the shown chart redraws now."""
        self._kept.clear()
        self._charts_stale()

    def _charts_stale(self) -> None:
        for canvas in self.canvases():  # only a shown one redraws now (ChartCanvas)
            canvas.mark_stale()

    def period_start(self):
        days = self.period_combo.currentData()
        return None if days is None else clock.today() - timedelta(days=days - 1)

    def _on_period_combo_changed(self, _index: int) -> None:
        self._charts_stale()

    def _data(self, chart: str, fetch):
        """A chart's data for the chosen period, fetched once until the journal changes
        (issue 20: flicking between periods only draws)."""
        key = (chart, self.period_combo.currentData(), clock.today())
        if key not in self._kept:
            self._kept[key] = fetch()
        return self._kept[key]

    # -- draw callbacks (figure -> axes -> plots) -----------------------------
    def _mood_days(self):
        days = self._data("mood", lambda: journal_stats.mood_by_day(self.period_start()))
        self.mood_canvas.set_reading(chart_readings.mood_reading(days, clock.today()))
        return days

    def _draw_mood(self, figure) -> None:
        plots.draw_mood_over_time(figure.add_subplot(), self._mood_days())

    def _update_mood(self, figure) -> bool:
        """A period or data change moves the kept lines (ChartCanvas: updating in place)."""
        return plots.update_mood_over_time(figure.axes[0], self._mood_days())

    def _pixels(self) -> tuple:
        """The period's mood per day and what the pixel chart is drawn with."""
        start, end = self.period_start(), clock.today()
        values = self._data("pixels", lambda: {
            m.day: m.pleasantness for m in journal_stats.mood_by_day(start, end)})
        # Kept with the data: counting a century's days took ~3 ms a period change.
        reading = self._data("pixels reading",
                             lambda: chart_readings.pixels_reading(values, start, end))
        self.pixels_canvas.set_reading(reading)
        return values, start, end, self.period_combo.currentText(), week_start_preference()

    def _draw_pixels(self, figure) -> None:
        plots.draw_year_in_pixels(figure.add_subplot(), *self._pixels())

    def _update_pixels(self, figure) -> bool:
        """A period change: the kept images take the new days (updating in place)."""
        return plots.update_year_in_pixels(figure.axes[0], *self._pixels())

    def _word_counts(self):
        counts = self._data("words", lambda: journal_stats.emotion_frequencies(self.period_start()))
        self.words_canvas.set_reading(chart_readings.words_reading(counts))
        return counts

    def _draw_words(self, figure) -> None:
        plots.draw_emotion_frequencies(figure.add_subplot(), self._word_counts())

    def _update_words(self, figure) -> bool:
        """A period change: new bars and names on the kept Axes (updating in place)."""
        return plots.update_emotion_frequencies(figure.axes[0], self._word_counts())

    def _granularity_months(self):
        months = self._data("granularity", lambda: journal_stats.granularity_by_month(
            self.period_start(), today=clock.today()))
        self.granularity_canvas.set_reading(chart_readings.granularity_reading(months))
        return months

    def _draw_granularity(self, figure) -> None:
        plots.draw_granularity(figure.add_subplot(), self._granularity_months())

    def _update_granularity(self, figure) -> bool:
        """A period change: new lines on the kept Axes (ChartCanvas: updating in place)."""
        return plots.update_granularity(figure.axes[0], self._granularity_months())

    def _intensity_months(self):
        return self._data("intensity", lambda: journal_stats.intensity_by_month(self.period_start()))

    def _draw_intensity(self, figure) -> None:
        plots.draw_intensity_drop(figure.add_subplot(), self._intensity_months())

    def _update_intensity(self, figure) -> bool:
        """A period change: new bars on the kept Axes (ChartCanvas: updating in place)."""
        return plots.update_intensity_drop(figure.axes[0], self._intensity_months())
