"""The Exercise tab."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from resilience_desktop.ui.widgets.base_tab import BaseTab
from resilience_desktop.ui.widgets.empty_state import EmptyStatePanel


class ExerciseTab(BaseTab):
    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(EmptyStatePanel("Exercise", "Log walks, swims, yoga and more, and see your week against the WHO activity guideline. Some activity is better than none."))
