"""What helps me draws its chart once, at the size the window's layouts give it, not
first at its minimum height and again after the page has settled (issue 20)."""

from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from resilience_desktop.charts.canvas import ChartCanvas
from resilience_desktop.ui.insights.insights_tab import InsightsTab
from resilience_desktop.ui.widgets import background


def test_the_chart_is_drawn_once_at_its_final_size(context, qtbot, monkeypatch):
    draws = []
    drawn = ChartCanvas._on_canvas_drawn

    def record(canvas, event):
        if canvas.objectName() == "helps_canvas":
            draws.append(canvas.canvas.size().toTuple())
        drawn(canvas, event)

    monkeypatch.setattr(ChartCanvas, "_on_canvas_drawn", record)
    holder = QWidget()  # as the window holds a tab (ui/main_window.py: a scroll area)
    QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
    tab = InsightsTab(context)
    holder.layout().addWidget(tab)
    area = QScrollArea()
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(holder)
    qtbot.addWidget(area)
    area.resize(1280, 760)
    area.show()
    tab.pages.setCurrentIndex(1)  # What helps me
    page = tab.helps_page
    qtbot.waitUntil(background.idle, timeout=30_000)
    qtbot.waitUntil(lambda: page.canvas.canvas is not None and bool(draws), timeout=30_000)
    qtbot.wait(50)  # any later layout turn and its draw
    assert draws == [page.canvas.canvas.size().toTuple()]
    assert page.canvas.height() > page.canvas.minimumHeight()
