"""The Today tab."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from resilience_desktop.ui.widgets.base_tab import BaseTab
from resilience_desktop.ui.widgets.empty_state import EmptyStatePanel


class TodayTab(BaseTab):
    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(EmptyStatePanel("Today", "Your day at a glance will live here: a quick mood check-in, what is due with the people you care about, and a gentle look back at hard times you came through."))
