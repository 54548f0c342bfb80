"""Chart canvases of the People tab: the network (with hover names) and contacts over time."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QToolTip

from resilience_desktop.core import clock
from resilience_desktop.charts import plots
from resilience_desktop.charts.canvas import ChartCanvas
from resilience_desktop.charts.plots.people import NETWORK_AXES_RECT
from resilience_desktop.services.people.charts import felt_supported, network_data, weekly_contacts
from resilience_desktop.core.i18n import translate

HOVER_PIXELS = 9
WEEKS_SHOWN = 26
SUPPORT_DAYS_SHOWN = 365


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
    """Contacts per week (in person vs online) and how supported the user felt."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent=parent, min_height=360)

    def draw_figure(self, figure) -> None:
        end = clock.today()
        weekly_ax, support_ax = figure.subplots(2, 1)
        plots.draw_contacts_per_week(
            weekly_ax, weekly_contacts(end - timedelta(weeks=WEEKS_SHOWN) + timedelta(days=1), end))
        weekly_ax.set_title(translate("Resilience", "Contacts per week, last {weeks_shown} weeks").format(weeks_shown=WEEKS_SHOWN), fontsize=10, loc="left")
        plots.draw_felt_supported(
            support_ax, felt_supported(end - timedelta(days=SUPPORT_DAYS_SHOWN - 1), end))
        support_ax.set_title(translate("Resilience", "How supported I felt after contacts, last 12 months"),
                             fontsize=10, loc="left")
