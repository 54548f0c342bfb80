"""Chart canvases of the People tab: the network (with hover names) and contacts over time."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolTip, QVBoxLayout, QWidget

from resilience_desktop.core import clock
from resilience_desktop.charts import plots
from resilience_desktop.charts.canvas import ChartCanvas
from resilience_desktop.charts.plots.people import NETWORK_AXES_RECT
from resilience_desktop.charts.plots.style import set_date_ticks
from resilience_desktop.services.people.charts import felt_supported, network_data, weekly_contacts
from resilience_desktop.services.people.contact_reading import contact_reading_for
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from resilience_desktop.ui.widgets.accessible import label_for

HOVER_PIXELS = 9
PERIODS = ((3, QT_TRANSLATE_NOOP("Resilience", "Last 3 months")),
           (6, QT_TRANSLATE_NOOP("Resilience", "Last 6 months")),
           (12, QT_TRANSLATE_NOOP("Resilience", "Last 12 months")),
           (24, QT_TRANSLATE_NOOP("Resilience", "Last 2 years")))
DEFAULT_MONTHS = 6


class NetworkCanvas(ChartCanvas):
    """Everyone unlabelled in the picture is named in a tooltip on hover."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent=parent, min_height=360)
        self.layout_info = None
        self._axes = None
        self._hover_connected = False

    def draw_figure(self, figure) -> None:
        figure.set_layout_engine("none")  # fixed rectangle: fast with 200 people
        self._axes = figure.add_axes(NETWORK_AXES_RECT)
        self.layout_info = plots.draw_people_network(self._axes, network_data(clock.today()))
        if not self._hover_connected:
            self.canvas.mpl_connect("motion_notify_event", self._on_canvas_motion)
            self._hover_connected = True

    def node_at(self, x_pixels: float, y_pixels: float) -> str | None:
        """Hover text of the node nearest to a display position, if close enough."""
        if self.layout_info is None or not self.layout_info.nodes or self._axes is None:
            return None
        import numpy as np

        nodes = self.layout_info.nodes
        points = self._axes.transData.transform(np.array([(x, y) for x, y, _t in nodes]))
        distances = np.hypot(points[:, 0] - x_pixels, points[:, 1] - y_pixels)
        nearest = int(distances.argmin())
        return nodes[nearest][2] if distances[nearest] <= HOVER_PIXELS else None

    def _on_canvas_motion(self, event) -> None:
        text = self.node_at(event.x, event.y) if event.inaxes is self._axes else None
        if text:
            QToolTip.showText(QCursor.pos(), text, self)
        else:
            QToolTip.hideText()


class ContactsChartCanvas(ChartCanvas):
    """Contacts per week (in person vs online) over how supported the person felt, both
    on one time axis (the same months line up) for the period chosen above them."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent=parent, min_height=360)
        self.months = DEFAULT_MONTHS

    def period(self) -> tuple[date, date]:
        end = clock.today()
        return end - timedelta(days=round(self.months * 30.44) - 1), end

    def draw_figure(self, figure) -> None:
        from matplotlib.dates import date2num

        start, end = self.period()
        weekly_ax, support_ax = figure.subplots(2, 1, sharex=True)
        plots.draw_contacts_per_week(weekly_ax, weekly_contacts(start, end))
        weekly_ax.set_title(translate("Resilience", "Contacts per week"), fontsize=10, loc="left")
        # From 30 days earlier, so the 30-day average is whole at the left edge (the axis
        # starts at `start`; the earlier dots fall outside it).
        plots.draw_felt_supported(support_ax, felt_supported(start - timedelta(days=29), end))
        support_ax.set_title(translate("Resilience", "How supported I felt after contacts"),
                             fontsize=10, loc="left")
        for ax in (weekly_ax, support_ax):
            if ax.axison:
                ax.set_xlim(date2num(start), date2num(end + timedelta(days=1)))
        self._label_months(start, end)

    def update_figure(self, figure) -> bool:
        """A period or data change: new bars and points on the kept Axes (ChartCanvas:
        updating in place); either chart empty before or after: drawn anew."""
        from matplotlib.dates import date2num

        if len(figure.axes) != 2:
            return False
        weekly_ax, support_ax = figure.axes
        start, end = self.period()
        if not (plots.update_contacts_per_week(weekly_ax, weekly_contacts(start, end))
                and plots.update_felt_supported(
                    support_ax, felt_supported(start - timedelta(days=29), end))):
            return False
        weekly_ax.set_xlim(date2num(start), date2num(end + timedelta(days=1)))  # shared x
        self._label_months(start, end)
        return True

    def _label_months(self, start: date, end: date) -> None:
        for ax in self.figure.axes:  # both label the months (sharex hides the top's)
            if ax.axison:
                set_date_ticks(ax, start, end)
                ax.tick_params(axis="x", labelbottom=True)


class ContactsOverTimePage(QWidget):
    """People › Over time: the reading, the period and the two charts on one time axis."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("contacts_over_time_page")
        self.reading_label = QLabel()
        self.reading_label.setObjectName("contacts_reading")
        self.reading_label.setWordWrap(True)
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("contacts_period_combo")
        for months, label in PERIODS:
            self.period_combo.addItem(translate("Resilience", label), months)
        self.period_combo.setCurrentIndex(self.period_combo.findData(DEFAULT_MONTHS))
        self.canvas = ContactsChartCanvas()
        self.canvas.setObjectName("contacts_canvas")
        self.period_combo.currentIndexChanged.connect(self._on_period_changed)
        row = QHBoxLayout()
        row.addWidget(self.reading_label, 1)
        row.addWidget(label_for(translate("Resilience", "&Show:"), self.period_combo))
        row.addWidget(self.period_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.canvas, 1)

    def refresh(self) -> None:
        """The data changed: a new reading now, the charts when next shown."""
        text = contact_reading_for(clock.today())
        self.reading_label.setText(text)
        self.canvas.set_reading(text)
        self.canvas.mark_stale()

    def _on_period_changed(self) -> None:
        self.canvas.months = self.period_combo.currentData()
        self.canvas.mark_stale()
