"""Every chart offers its data as text: accessible description and a dialog."""

from __future__ import annotations

from datetime import date

from matplotlib.figure import Figure
from PySide6.QtCore import Qt

from resilience_desktop.charts import plots
from resilience_desktop.charts.canvas import ChartCanvas, font_scale
from resilience_desktop.charts.plots.describe import describe_figure
from resilience_desktop.services.journal.stats import MonthValue, WordCount


def test_bars_lines_and_titles_are_described():
    figure = Figure()
    plots.draw_emotion_frequencies(figure.add_subplot(),
                                   [WordCount("calm", 9, "low_pleasant"),
                                    WordCount("anxious", 4, "high_unpleasant")])
    text = describe_figure(figure)
    assert "Emotion words by frequency" in text
    assert "calm: 9" in text and "anxious: 4" in text
    figure = Figure()
    plots.draw_granularity(figure.add_subplot(),
                           [MonthValue(date(2026, m, 1), float(m + 10)) for m in (1, 2, 3)])
    text = describe_figure(figure)
    assert "01 Jan 2026: 11" in text and "01 Mar 2026: 13" in text


def test_an_empty_chart_says_so():
    figure = Figure()
    plots.draw_granularity(figure.add_subplot(), [])
    assert "Name some feelings" in describe_figure(figure)


def _draw_words(figure):
    plots.draw_emotion_frequencies(figure.add_subplot(), [WordCount("calm", 9, "low_pleasant")])


def test_canvas_is_named_described_and_shows_its_data_on_enter(qtbot):
    canvas = ChartCanvas(_draw_words)
    qtbot.addWidget(canvas)
    canvas.resize(500, 300)
    canvas.show()
    qtbot.waitExposed(canvas)
    assert canvas.accessibleName() == "Chart: Emotion words by frequency"
    assert "calm: 9" in canvas.accessibleDescription()
    assert canvas.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert canvas.show_data_action in canvas.actions()  # also on right click
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    dialog = canvas.findChild(object, "data_text_dialog")
    assert dialog is not None and dialog.isVisible()
    assert "calm: 9" in dialog.text_edit.toPlainText()
    dialog.close()


def test_chart_text_follows_the_font_size(qtbot):
    canvas = ChartCanvas(_draw_words)
    qtbot.addWidget(canvas)
    canvas.resize(500, 300)
    canvas.show()
    qtbot.waitExposed(canvas)
    normal_dpi = canvas.figure.dpi / canvas.canvas.device_pixel_ratio
    font = canvas.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    canvas.setFont(font)
    qtbot.waitUntil(lambda: canvas.figure.dpi / canvas.canvas.device_pixel_ratio
                    > normal_dpi * 1.4)
    width, height = canvas.figure.get_size_inches() * canvas.figure.dpi
    assert abs(width - canvas.canvas.width() * canvas.canvas.device_pixel_ratio) < 2
    assert font_scale(13.5) == 1.5 and font_scale(100) == 3.0


def test_weekly_bars_and_per_activity_means_are_described():
    from resilience_desktop.services.exercise.stats import WeekSummary

    figure = Figure()
    weeks = [WeekSummary(date(2026, 11, 16), moderate_minutes=120, vigorous_minutes=10),
             WeekSummary(date(2026, 11, 23), moderate_minutes=90)]
    plots.draw_weekly_guideline(figure.add_subplot(), weeks)
    text = describe_figure(figure)
    assert "moderate minutes: 16 Nov 2026: 120; 23 Nov 2026: 90" in text
    assert "vigorous minutes (× 2): 16 Nov 2026: 20" in text
    figure = Figure()
    plots.draw_mood_change(figure.add_subplot(), {"Walk": [1, 3], "Yoga": [2]})
    text = describe_figure(figure)
    assert "Walk (n=2): 2" in text and "Yoga (n=1): 2" in text


def test_a_chart_without_a_title_is_named_after_its_tab(qtbot):
    from PySide6.QtWidgets import QTabWidget

    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    canvas = ChartCanvas(lambda figure: figure.add_subplot().plot([1, 2], [3, 4]))
    tabs.addTab(canvas, "&Network")
    tabs.resize(400, 300)
    tabs.show()
    qtbot.waitExposed(tabs)
    assert canvas.accessibleName() == "Chart: Network"


def test_the_description_is_read_from_the_chart_when_first_asked_for(qtbot):
    """Not at every draw (issue 20), yet what a screen reader hears is the same: the
    reading, the data as text, the hint; through Qt's accessibility once focused."""
    from PySide6.QtGui import QAccessible

    canvas = ChartCanvas(_draw_words)
    qtbot.addWidget(canvas)
    canvas.resize(500, 300)
    canvas.show()
    qtbot.waitExposed(canvas)
    assert canvas._summary is None  # drawn, not yet described
    canvas.set_reading("Calm came up most.")
    expected = ("Calm came up most. " + describe_figure(canvas.figure)[:2000]
                + " (Enter shows the data as text.)")
    assert canvas.accessibleDescription() == expected
    assert canvas.text_summary == describe_figure(canvas.figure)
    canvas.mark_stale()  # drawn again: to be described again
    assert canvas._summary is None
    canvas.setFocus()
    qtbot.waitUntil(canvas.hasFocus)
    interface = QAccessible.queryAccessibleInterface(canvas)
    assert interface.text(QAccessible.Text.Description) == expected


def test_a_chart_drawn_before_a_screen_reader_listened_is_described_when_shown(
        qtbot, monkeypatch):
    from PySide6.QtGui import QAccessible

    from resilience_desktop.charts import canvas as canvas_module

    canvas = ChartCanvas(_draw_words)
    qtbot.addWidget(canvas)
    canvas.resize(500, 300)
    canvas.show()
    qtbot.waitExposed(canvas)
    canvas.hide()
    interface = QAccessible.queryAccessibleInterface(canvas)
    assert interface.text(QAccessible.Text.Description) == ""  # nobody listened
    monkeypatch.setattr(canvas_module.QAccessible, "isActive", staticmethod(lambda: True))
    canvas.show()
    assert "calm: 9" in interface.text(QAccessible.Text.Description)
