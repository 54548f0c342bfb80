"""Make a changed setting take effect in an open window, without a restart."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView

from resilience_desktop.services import dates, settings


def apply_preference(window, key: str) -> None:
    if key == settings.THEME:
        from resilience_desktop.charts.canvas import ChartCanvas
        from resilience_desktop.ui.settings.theme import apply_theme

        apply_theme(settings.load_settings()[settings.THEME])
        for canvas in window.findChildren(ChartCanvas):
            canvas.mark_stale()  # charts take their colours from the palette
    elif key == settings.DATE_FORMAT:
        dates.set_date_format(None)
        for view in window.findChildren(QAbstractItemView):
            view.viewport().update()  # tables ask their models again while painting
    elif key == settings.CADENCES:
        window.context.signals.people_changed.emit()  # statuses depend on the cadence
