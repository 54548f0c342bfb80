"""Make a changed setting take effect in an open window, without a restart."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView

from resilience_desktop.services import dates, settings


def _rebuild_item_text(window) -> None:
    """Views ask their models again while painting; models that cache text drop it."""
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        while model is not None and not hasattr(model, "clear_cache") and \
                hasattr(model, "sourceModel"):
            model = model.sourceModel()
        if model is not None and hasattr(model, "clear_cache"):
            model.clear_cache()
        view.viewport().update()


def apply_preference(window, key: str) -> None:
    if key == settings.THEME:
        from resilience_desktop.charts.canvas import ChartCanvas
        from resilience_desktop.ui.settings.theme import apply_theme

        apply_theme(settings.load_settings()[settings.THEME])
        for canvas in window.findChildren(ChartCanvas):
            canvas.mark_stale()  # charts take their colours from the palette
        _rebuild_item_text(window)
    elif key == settings.DATE_FORMAT:
        dates.set_date_format(None)
        _rebuild_item_text(window)
    elif key == settings.CADENCES:
        window.context.signals.people_changed.emit()  # statuses depend on the cadence
