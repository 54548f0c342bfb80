"""The Calm tab."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from resilience_desktop.ui.widgets.base_tab import BaseTab
from resilience_desktop.ui.widgets.empty_state import EmptyStatePanel


class CalmTab(BaseTab):
    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(EmptyStatePanel("Calm", "Paced breathing, a meditation timer and guided imagery to settle your body when things feel too much."))
