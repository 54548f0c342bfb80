"""The Insights tab."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from resilience_desktop.ui.widgets.base_tab import BaseTab
from resilience_desktop.ui.widgets.empty_state import EmptyStatePanel


class InsightsTab(BaseTab):
    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(EmptyStatePanel("Insights", "Once you have a few weeks of entries, exercise and contacts, this is where you will see what seems to help you."))
