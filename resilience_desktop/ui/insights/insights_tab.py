"""The Insights tab: self-checks, what helps me, strengths and good things."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from resilience_desktop.core import clock
from resilience_desktop.core.errors import UserFacingError
from resilience_desktop.services.insights import figures as insights_figures
from resilience_desktop.services.insights import rhythm
from resilience_desktop.services.insights.scales import get_scale
from resilience_desktop.services.preferences import get_preference, set_preference
from resilience_desktop.ui.insights.figures_loader import FiguresLoader
from resilience_desktop.ui.insights.helps_page import HelpsPage
from resilience_desktop.ui.insights.selfcheck_page import SelfCheckPage
from resilience_desktop.ui.insights.strengths_page import StrengthsPage
from resilience_desktop.ui.widgets.base_tab import BaseTab
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

ONE_PAGE_KEY = "insights.questionnaire_one_page"
# Once a page's figures are up, work out its other ranges ahead (_prefetch); off for
# --screenshot (ui/screenshots.py), which waits for background work and shows one range.
PREFETCH_OTHER_RANGES = True
SELFCHECKS, HELPS, STRENGTHS = PAGE_NAMES = ("self-checks", "what helps", "strengths")  # tab order
RANGES = ((QT_TRANSLATE_NOOP("Resilience", "Last year"), 365), (QT_TRANSLATE_NOOP("Resilience", "Last 2 years"), 730), (QT_TRANSLATE_NOOP("Resilience", "Last 5 years"), 1826), (QT_TRANSLATE_NOOP("Resilience", "All time"), None))


class InsightsTab(BaseTab):
    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.due_label = QLabel()
        self.due_label.setObjectName("due_label")
        self.range_combo = QComboBox()
        self.range_combo.setObjectName("range_combo")
        self.range_combo.setAccessibleName(translate("Resilience", "Period shown"))
        for label, days in RANGES:
            self.range_combo.addItem(translate("Resilience", label), days)
        self.range_combo.setCurrentIndex(1)
        self.range_combo.currentIndexChanged.connect(self._on_range_combo_changed)
        self.status_label = QLabel()
        self.status_label.setObjectName("status_label")
        self.pages = QTabWidget()
        self.pages.setObjectName("insights_pages")
        self.selfcheck_page = SelfCheckPage(self)
        self.pages.addTab(self.selfcheck_page, translate("Resilience", "Self-checks"))
        # The other pages are built when first shown (or asked for): the tab's first show
        # builds only the page it shows (issue 20). Until then an empty widget holds the place.
        self._builders = {HELPS: lambda: HelpsPage(self), STRENGTHS: lambda: StrengthsPage(self)}
        self._built: dict[str, QWidget] = {SELFCHECKS: self.selfcheck_page}
        self.pages.addTab(QWidget(), translate("Resilience", "What helps me"))
        self.pages.addTab(QWidget(), translate("Resilience", "Strengths and good things"))
        self.loader = FiguresLoader(self)  # figures per page and date range (issue 20)
        self._wanted: dict = {}  # page -> the key of the figures it waits for
        self._stale_pages: set[str] = set(PAGE_NAMES)
        self._due_stale = True
        self.pages.currentChanged.connect(self._on_pages_current_changed)
        header = QHBoxLayout()
        header.addWidget(self.due_label, 1)
        show_label = QLabel(translate("Resilience", "Show:"))
        show_label.setBuddy(self.range_combo)  # what a screen reader names the box by
        header.addWidget(show_label)
        header.addWidget(self.range_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.status_label)
        for signal in (context.signals.insights_changed, context.signals.data_replaced,
                       context.signals.journal_changed, context.signals.exercise_changed,
                       context.signals.people_changed, context.signals.calm_changed):
            self.listen(signal, self.refresh)
        self.listen(context.signals.preferences_changed, self._on_preferences_changed)

    # -- pages ------------------------------------------------------------
    @property
    def helps_page(self) -> HelpsPage:
        return self._page(HELPS)  # type: ignore[return-value]

    @property
    def strengths_page(self) -> StrengthsPage:
        return self._page(STRENGTHS)  # type: ignore[return-value]

    def _page(self, name: str) -> QWidget:
        """The page called name, built now if it was not yet: it takes its empty stand-in's
        place in the page tabs, the shown page staying shown."""
        page = self._built.get(name)
        if page is None:
            page = self._built[name] = self._builders[name]()
            index = PAGE_NAMES.index(name)
            stand_in, current = self.pages.widget(index), self.pages.currentIndex()
            title = self.pages.tabText(index)
            self.pages.blockSignals(True)  # the same page stays chosen: nothing to refresh
            self.pages.removeTab(index)
            self.pages.insertTab(index, page, title)
            self.pages.setCurrentIndex(current)
            self.pages.blockSignals(False)
            stand_in.deleteLater()
        return page

    # -- data -------------------------------------------------------------
    def date_range(self, days: int | None | bool = False) -> tuple[date | None, date]:
        """The chosen period's first and last day (or that of a range of days)."""
        today = clock.today()
        days = self.range_combo.currentData() if days is False else days
        return (None if days is None else today - timedelta(days=days - 1)), today

    def refresh(self) -> None:
        """The data changed: forget the kept figures; the shown page is worked out again now,
        the others (and a hidden tab) when they are next shown."""
        self.loader.clear()
        self._stale_pages = set(PAGE_NAMES)
        self._due_stale = True
        if self.isVisible():
            self._refresh_current_page()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self._refresh_current_page()

    def _refresh_due(self) -> None:
        self._due_stale = False
        due = rhythm.due_checks(clock.today())
        if due:
            self.due_label.setText(translate("Resilience", "Due: ") + "; ".join(check.label() for check in due)
                                   + translate("Resilience", ". Whenever suits you."))
        else:
            self.due_label.setText(translate("Resilience", "No self-check is due."))

    def _refresh_current_page(self) -> None:
        if self._due_stale:
            self._refresh_due()
        name = PAGE_NAMES[self.pages.currentIndex()]
        if name not in self._stale_pages:
            return
        self._stale_pages.discard(name)
        page = self._page(name)
        if name == STRENGTHS:
            page.refresh()  # type: ignore[attr-defined]
        else:
            self._load(page)

    def _job(self, page, days: int | None | bool = False) -> tuple:
        """The key and the work of a page's figures for the chosen range (or days)."""
        start, end = self.date_range(days)
        if page is self.selfcheck_page:
            today = clock.today()
            return (("self-checks", start, end, today),
                    lambda: insights_figures.selfcheck_figures(start, end, today))
        return ("what helps", start, end), lambda: insights_figures.helps_figures(start, end)

    def _load(self, page) -> None:
        """Show the page's figures for the chosen range: kept ones at once, else worked out
        on a worker thread behind the page's placeholder (or its previous figures)."""
        key, compute = self._job(page)
        self._wanted[page] = key
        if self.loader.kept(key) is None and page.placeholder.isVisible():
            page.show_placeholder(translate("Resilience", "Working out your figures…"))
        self.loader.load(key, compute, lambda figures: self._show(page, key, figures),
                         lambda error: self._failed(page, key, error))

    def _show(self, page, key, figures) -> None:
        if self._wanted.get(page) == key:  # not a range the person has moved away from
            page.show_figures(figures)
            self._prefetch(page)

    def _prefetch(self, page) -> None:
        """Work out the page's other ranges one after another on the worker, once the shown
        one is up: a later range change then only draws (issue 20: <= 100 ms). Kept until
        the data changes, like the shown range's; a failure here is silent (the range is
        worked out again, with its message, when chosen). Not for --screenshot
        (PREFETCH_OTHER_RANGES), whose pictures show one range each."""
        if not PREFETCH_OTHER_RANGES:
            return
        for index in range(self.range_combo.count()):
            key, compute = self._job(page, self.range_combo.itemData(index))
            if self.loader.kept(key) is None and not self.loader.working_on(key):
                self.loader.load(key, compute, lambda _figures: self._prefetch(page),
                                 lambda _error: None)
                return

    def _failed(self, page, key, error: BaseException) -> None:
        if self._wanted.get(page) != key:
            return
        # tried again when next shown or the range changes:
        self._stale_pages.add(SELFCHECKS if page is self.selfcheck_page else HELPS)
        reason = f" ({error})" if isinstance(error, UserFacingError) else ""
        page.show_placeholder(translate(
            "Resilience", "These figures could not be worked out{reason}. Your saved entries "
            "are safe. Choose another period or open this page again to try again.").format(
                reason=reason))

    def _on_pages_current_changed(self, _index: int) -> None:
        self._refresh_current_page()

    def canvases(self):
        return self.selfcheck_page.canvases() + [self.helps_page.canvas]

    # -- actions ------------------------------------------------------------
    def take_questionnaire(self, scale_id: str) -> None:
        from resilience_desktop.ui.insights.questionnaire_dialog import QuestionnaireDialog

        scale = get_scale(scale_id)
        dialog = QuestionnaireDialog(scale, self, get_preference(ONE_PAGE_KEY, False) is True)
        self.open_dialog = dialog  # tests reach the open dialog here
        dialog.finished.connect(lambda _result: self._on_questionnaire_finished(dialog))
        dialog.open()

    def _on_questionnaire_finished(self, dialog) -> None:
        one_page = dialog.page_check.isChecked()
        if one_page != (get_preference(ONE_PAGE_KEY, False) is True):
            set_preference(ONE_PAGE_KEY, one_page)
        if dialog.saved_id is not None:
            self.status_label.setText(translate("Resilience", "{short_name} saved.").format(short_name=dialog.scale.short_name))
            self.context.signals.insights_changed.emit()
        dialog.deleteLater()
        self.open_dialog = None

    def rhythm_changed(self, scale_id: str, days: int) -> None:
        rhythm.set_interval(scale_id, days)
        self.context.signals.preferences_changed.emit(rhythm.RHYTHM_KEY)

    def _on_preferences_changed(self, key: str) -> None:
        if key == rhythm.RHYTHM_KEY:
            self.refresh()

    def _on_range_combo_changed(self, _index: int) -> None:
        self._stale_pages |= {SELFCHECKS, HELPS}
        self._refresh_current_page()
