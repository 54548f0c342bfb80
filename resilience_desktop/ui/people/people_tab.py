"""The People tab."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from resilience_desktop.ui.widgets.base_tab import BaseTab
from resilience_desktop.ui.widgets.empty_state import EmptyStatePanel


class PeopleTab(BaseTab):
    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(EmptyStatePanel("People", "The people and groups who support you, when you last spoke, and who it might be time to call."))
