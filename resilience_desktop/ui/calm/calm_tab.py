"""The Calm tab: paced breathing, a meditation timer, guided imagery, grounding, progress.

Every timed page reads elapsed time from one injectable clock
(``set_clock``; the real one is time.monotonic). Sound is played only by
ui/calm/sound.py, which loads QtMultimedia the first time a cue plays.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout

from resilience_desktop.services.calm import custom
from resilience_desktop.services.calm.clock import MonotonicClock
from resilience_desktop.ui.calm.breathe_page import BreathePage
from resilience_desktop.ui.calm.grounding_page import GroundingPage
from resilience_desktop.ui.calm.imagery_page import ImageryPage
from resilience_desktop.ui.calm.meditate_page import MeditatePage
from resilience_desktop.ui.calm.progress_page import ProgressPage
from resilience_desktop.ui.widgets.base_tab import BaseTab
from resilience_desktop.core.i18n import translate


class CalmTab(BaseTab):
    def __init__(self, context, parent=None, clock=None) -> None:
        super().__init__(context, parent)
        clock = clock or MonotonicClock()
        self.breathe_page = BreathePage(context, clock)
        self.meditate_page = MeditatePage(context, clock)
        self.imagery_page = ImageryPage(context, clock)
        self.grounding_page = GroundingPage(context, clock)
        self.progress_page = ProgressPage()
        self.pages = QTabWidget()
        self.pages.setObjectName("calm_pages")
        for page, title in ((self.breathe_page, translate("Resilience", "&Breathe")), (self.meditate_page, translate("Resilience", "&Meditate")),
                            (self.imagery_page, translate("Resilience", "&Imagery")), (self.grounding_page, translate("Resilience", "&Grounding")),
                            (self.progress_page, translate("Resilience", "P&rogress"))):
            page.setAccessibleName(title.replace("&", ""))
            self.pages.addTab(page, translate("Resilience", title))
        self.pages.currentChanged.connect(self._on_pages_current_changed)
        self.progress_page.changed.connect(context.signals.calm_changed.emit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.listen(context.signals.calm_changed, self._on_calm_changed)
        self.listen(context.signals.data_replaced, self._on_data_replaced)

    def practice_pages(self):
        return (self.breathe_page, self.meditate_page, self.imagery_page, self.grounding_page)

    def set_clock(self, clock) -> None:
        for page in self.practice_pages():
            page.set_clock(clock)

    def breathe_now(self) -> None:
        """Ctrl+B: the pacer on the last used pattern, ready for Space."""
        self.pages.setCurrentWidget(self.breathe_page)
        if not self.breathe_page.active:
            self.breathe_page.select_pattern(custom.last_used_pattern().name)
        self.breathe_page.start_button.setFocus()

    def _on_pages_current_changed(self, _index: int) -> None:
        page = self.pages.currentWidget()
        button = getattr(page, "start_button", None)
        if button is not None:
            button.setFocus()

    def _on_calm_changed(self) -> None:
        self.breathe_page.refresh_summary()
        self.progress_page.mark_stale()

    def _on_data_replaced(self) -> None:
        self.breathe_page.reload_patterns()
        self._on_calm_changed()

    def can_close(self) -> bool:
        """Closing the window leaves focus mode, ends a running practice and logs it."""
        for page in self.practice_pages():
            page.leave_focus()
            if page.active:
                page.stop()
        return True
