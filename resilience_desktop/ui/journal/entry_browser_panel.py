"""EntryBrowserPanel: search-as-you-type, filters, the entry list grouped by
month, and a calendar to jump to a day. Emits entry_chosen(id)."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QGridLayout, QHBoxLayout,
                               QLabel, QLineEdit, QListView, QPushButton, QToolButton,
                               QVBoxLayout, QWidget)

from resilience_desktop.core import clock
from resilience_desktop.services.journal import emotions
from resilience_desktop.services.journal import entries as journal
from resilience_desktop.services.journal import revisions
from resilience_desktop.services.journal import search as journal_search
from resilience_desktop.ui.journal.entry_list_model import ENTRY_ID_ROLE, EntryListModel
from resilience_desktop.ui.journal.html_delegate import HtmlItemDelegate
from resilience_desktop.services.dates import qt_display_format
from resilience_desktop.ui.widgets.accessible import label_for, named
from resilience_desktop.ui.widgets.date_fields import OneStopDateEdit, limit_to_date_range
from resilience_desktop.core.i18n import translate

SEARCH_DEBOUNCE_MS = 150
PAGE_SIZE = 200


def _named(widget, name):
    widget.setObjectName(name)
    return widget


class EntryBrowserPanel(QWidget):
    entry_chosen = Signal(int)
    review_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.search_edit = _named(QLineEdit(), "search_edit")
        self.search_edit.setPlaceholderText(translate("Resilience", "Search your journal…"))
        self.search_edit.setClearButtonEnabled(True)
        named(self.search_edit, translate("Resilience", "Search your journal"))
        self.filters_button = _named(QToolButton(), "filters_button")
        self.filters_button.setText(translate("Resilience", "Filters"))
        self.filters_button.setCheckable(True)
        row.addWidget(self.search_edit, 1)
        row.addWidget(self.filters_button)
        layout.addLayout(row)
        self.filters_box = _named(self._build_filters(), "filters_box")
        self.filters_box.setVisible(False)
        layout.addWidget(self.filters_box)
        self.result_label = _named(QLabel(), "result_label")
        self.result_label.setStyleSheet("color: palette(placeholder-text);")
        status = QHBoxLayout()
        status.addWidget(self.result_label, 1)
        self.review_button = _named(QPushButton(), "review_button")
        self.review_button.setToolTip(translate("Resilience", "Entries edited on two computers: choose which text "
                                      "to keep"))
        self.review_button.setStyleSheet("color: #b26a00; font-weight: 600;")
        self.review_button.setVisible(False)
        self.review_button.clicked.connect(lambda: self.review_requested.emit())  # noqa: PLW0108 - drops `checked`
        status.addWidget(self.review_button)
        layout.addLayout(status)
        self.model = EntryListModel(self)
        self.entry_list = _named(QListView(), "entry_list")
        self.entry_list.setModel(self.model)
        self.entry_list.setItemDelegate(HtmlItemDelegate(self.entry_list))
        self.entry_list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.entry_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.entry_list.setUniformItemSizes(True)
        named(self.entry_list, translate("Resilience", "Journal entries"), translate("Resilience", "Arrow keys choose an entry; Enter opens it"))
        layout.addWidget(self.entry_list, 1)
        jump = QHBoxLayout()
        self.jump_date_edit = _named(OneStopDateEdit(QDate(clock.today())), "jump_date_edit")
        jump.addWidget(label_for(translate("Resilience", "&Go to day:"), self.jump_date_edit))
        self.jump_date_edit.setCalendarPopup(True)
        limit_to_date_range(self.jump_date_edit)
        self.jump_date_edit.setDisplayFormat(qt_display_format())
        jump.addWidget(self.jump_date_edit, 1)
        layout.addLayout(jump)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self.search_timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.filters_button.toggled.connect(self.filters_box.setVisible)
        self.entry_list.clicked.connect(self._on_entry_list_clicked)
        self.entry_list.activated.connect(self._on_entry_list_clicked)
        self.jump_date_edit.dateChanged.connect(self._on_jump_date_edit_changed)

    def filter_widgets(self) -> list[QWidget]:
        """The filter controls in reading order (for the tab's keyboard order)."""
        return [self.from_check, self.from_date_edit, self.to_check, self.to_date_edit,
                self.kind_filter_combo, self.quadrant_filter_combo, self.tag_filter_edit,
                self.emotion_filter_edit]

    def _build_filters(self) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.from_check = _named(QCheckBox(translate("Resilience", "From")), "from_check")
        self.from_date_edit = _named(OneStopDateEdit(QDate(clock.today()).addYears(-1)), "from_date_edit")
        self.to_check = _named(QCheckBox(translate("Resilience", "To")), "to_check")
        self.to_date_edit = _named(OneStopDateEdit(QDate(clock.today())), "to_date_edit")
        for edit in (self.from_date_edit, self.to_date_edit):
            edit.setCalendarPopup(True)
            limit_to_date_range(edit)
            edit.setDisplayFormat(qt_display_format())
        self.kind_filter_combo = _named(QComboBox(), "kind_filter_combo")
        self.kind_filter_combo.addItem(translate("Resilience", "Any kind"), None)
        for key, label in journal.KIND_LABELS.items():
            self.kind_filter_combo.addItem(translate("Resilience", label), key)
        self.quadrant_filter_combo = _named(QComboBox(), "quadrant_filter_combo")
        self.quadrant_filter_combo.addItem(translate("Resilience", "Any mood"), None)
        for key, label in emotions.QUADRANT_LABELS.items():
            self.quadrant_filter_combo.addItem(translate("Resilience", label), key)
        self.tag_filter_edit = _named(QLineEdit(), "tag_filter_edit")
        self.tag_filter_edit.setPlaceholderText(translate("Resilience", "Tag"))
        self.emotion_filter_edit = _named(QLineEdit(), "emotion_filter_edit")
        self.emotion_filter_edit.setPlaceholderText(translate("Resilience", "Emotion word"))
        for widget, name in ((self.from_date_edit, translate("Resilience", "From date")), (self.to_date_edit, translate("Resilience", "To date")),
                             (self.kind_filter_combo, translate("Resilience", "Kind of entry")),
                             (self.quadrant_filter_combo, translate("Resilience", "Mood")),
                             (self.tag_filter_edit, translate("Resilience", "Tag")),
                             (self.emotion_filter_edit, translate("Resilience", "Emotion word"))):
            named(widget, translate("Resilience", "Filter: {name}").format(name=name))
        grid.addWidget(self.from_check, 0, 0)
        grid.addWidget(self.from_date_edit, 0, 1)
        grid.addWidget(self.to_check, 0, 2)
        grid.addWidget(self.to_date_edit, 0, 3)
        grid.addWidget(self.kind_filter_combo, 1, 0, 1, 2)
        grid.addWidget(self.quadrant_filter_combo, 1, 2, 1, 2)
        grid.addWidget(self.tag_filter_edit, 2, 0, 1, 2)
        grid.addWidget(self.emotion_filter_edit, 2, 2, 1, 2)
        for signal in (self.from_check.toggled, self.to_check.toggled,
                       self.from_date_edit.dateChanged, self.to_date_edit.dateChanged,
                       self.kind_filter_combo.currentIndexChanged,
                       self.quadrant_filter_combo.currentIndexChanged,
                       self.tag_filter_edit.textChanged, self.emotion_filter_edit.textChanged):
            signal.connect(self._on_search_edit_text_changed)
        return box

    def filters(self) -> journal_search.SearchFilters:
        return journal_search.SearchFilters(
            date_from=self.from_date_edit.date().toPython() if self.from_check.isChecked()
            else None,
            date_to=self.to_date_edit.date().toPython() if self.to_check.isChecked() else None,
            kind=self.kind_filter_combo.currentData(),
            tag=self.tag_filter_edit.text().strip() or None,
            emotion=self.emotion_filter_edit.text().strip() or None,
            quadrant=self.quadrant_filter_combo.currentData())

    def is_searching(self) -> bool:
        return bool(self.search_edit.text().strip()) or \
            self.filters() != journal_search.SearchFilters()

    def refresh(self) -> None:
        """Reload the list now (the search box or filters, or every entry)."""
        self.search_timer.stop()
        text = self.search_edit.text()
        to_review = revisions.entry_ids_to_review()
        self.model.set_to_review(to_review)
        self.review_button.setText(translate("Resilience", "{to_review} to review").format(to_review=len(to_review)))
        self.review_button.setVisible(bool(to_review))
        if self.is_searching():
            hits = journal_search.search_entries(text, self.filters())
            searched = journal_search.match_expression(text) is not None
            self.model.set_rows(hits, grouped=not searched, marked=searched)
            more = translate("Resilience", " (the best ones)") if len(hits) >= journal_search.DEFAULT_LIMIT else ""
            self.result_label.setText(translate("Resilience", "{hits} found{more}").format(hits=translate('Resilience', '%n entries', '%n entry', len(hits)), more=more) if hits
                                      else translate("Resilience", "Nothing found. Try fewer or shorter words."))
        else:
            entries = journal.list_entries(limit=PAGE_SIZE)
            self.model.set_rows(entries, grouped=True, fetch_more=self._next_page)
            count = journal.entry_count() if len(entries) >= PAGE_SIZE else len(entries)
            self.result_label.setText(translate("Resilience", "%n entries", "%n entry", count) if entries else
                                      translate("Resilience", "No entries yet. Start writing on the right."))

    @staticmethod
    def _next_page(last):
        return journal.list_entries(limit=PAGE_SIZE, after=last)

    def select_entry(self, entry_id: int) -> None:
        row = self.model.row_of_entry(entry_id)
        if row >= 0:
            index = self.model.index(row)
            self.entry_list.setCurrentIndex(index)
            self.entry_list.scrollTo(index)

    def _on_search_edit_text_changed(self, *_args) -> None:
        self.search_timer.start()

    def _on_entry_list_clicked(self, index) -> None:
        entry_id = index.data(ENTRY_ID_ROLE)
        if entry_id is not None:
            self.entry_chosen.emit(entry_id)

    def _on_jump_date_edit_changed(self, qdate: QDate) -> None:
        row = self.model.row_on_or_before(qdate.toPython())
        if row >= 0:
            index = self.model.index(row)
            self.entry_list.scrollTo(index, QListView.ScrollHint.PositionAtTop)
            self.entry_list.setCurrentIndex(index)
