"""SummaryDialog: File → Export summary (PDF)… — choose the dates and the journal
entries to share (none unless ticked), preview, then save a user-only PDF."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QDateEdit, QDialog, QHBoxLayout, QLabel,
                               QListWidget, QListWidgetItem, QPushButton, QSplitter,
                               QTextBrowser, QVBoxLayout, QWidget)

from resilience_desktop.core import clock
from resilience_desktop.services.dates import format_day
from resilience_desktop.services.insights.summary import check_range, gather
from resilience_desktop.services.journal.entries import summaries
from resilience_desktop.ui.widgets.text import shorten
from resilience_desktop.ui.widgets.date_fields import limit_to_date_range
from resilience_desktop.core.i18n import translate

ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole
MAX_LISTED = 1000


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


class SummaryDialog(QDialog):
    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.saved_path: Path | None = None
        self.setObjectName("summary_dialog")
        self.setWindowTitle(translate("Resilience", "Export summary (PDF)"))
        today = clock.today()
        self.from_edit = self._date_edit("from_edit", today - timedelta(days=90), translate("Resilience", "From"))
        self.to_edit = self._date_edit("to_edit", today, translate("Resilience", "To"))
        self.entry_list = QListWidget()
        self.entry_list.setObjectName("entry_list")
        self.entry_list.setAccessibleName(translate("Resilience", "Journal entries to include"))
        self.preview = QTextBrowser()
        self.preview.setObjectName("preview")
        self.preview.setAccessibleName(translate("Resilience", "Preview of the summary"))
        self.message_label = QLabel()
        self.message_label.setObjectName("message_label")
        self.message_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self._range_row())
        layout.addWidget(self._body(), 1)
        layout.addWidget(self.message_label)
        layout.addLayout(self._buttons())
        self.resize(1000, 700)
        self.from_edit.dateChanged.connect(self._on_range_changed)
        self.to_edit.dateChanged.connect(self._on_range_changed)
        self.load_entries()
        self._previewed = False
        from PySide6.QtCore import QTimer

        self._preview_timer = QTimer(self, singleShot=True, interval=400)
        self._preview_timer.timeout.connect(self.update_preview)
        self.entry_list.itemChanged.connect(self._on_entry_ticked)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if not self._previewed:  # the first preview once the dialog is on screen
            self._previewed = True
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, self, self.update_preview)

    def _date_edit(self, name: str, day: date, label: str) -> QDateEdit:
        edit = QDateEdit(_qdate(day))
        edit.setObjectName(name)
        edit.setAccessibleName(translate("Resilience", label))
        edit.setCalendarPopup(True)
        limit_to_date_range(edit)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _range_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("Resilience", "From")))
        row.addWidget(self.from_edit)
        row.addWidget(QLabel(translate("Resilience", "to")))
        row.addWidget(self.to_edit)
        row.addStretch(1)
        return row

    def _body(self) -> QSplitter:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(translate("Resilience", "Tick the journal entries you want to share. Nothing else from your "
                      "journal goes into the summary."))
        hint.setWordWrap(True)
        column.addWidget(hint)
        column.addWidget(self.entry_list, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setSizes([350, 650])
        return splitter

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.preview_button = QPushButton(translate("Resilience", "Update preview"))
        self.preview_button.setObjectName("preview_button")
        self.preview_button.clicked.connect(self.update_preview)
        self.save_button = QPushButton(translate("Resilience", "Save PDF…"))
        self.save_button.setObjectName("save_button")
        self.save_button.clicked.connect(self._on_save_button_clicked)
        close = QPushButton(translate("Resilience", "Close"))
        close.setObjectName("close_button")
        close.clicked.connect(self.reject)
        row.addWidget(self.preview_button)
        row.addStretch(1)
        row.addWidget(close)
        row.addWidget(self.save_button)
        return row

    # -- data -------------------------------------------------------------
    def date_range(self) -> tuple[date, date]:
        return _date(self.from_edit.date()), _date(self.to_edit.date())

    def ticked_entry_ids(self) -> list[int]:
        return [self.entry_list.item(i).data(ENTRY_ID_ROLE) for i in range(self.entry_list.count())
                if self.entry_list.item(i).checkState() == Qt.CheckState.Checked]

    def load_entries(self) -> None:
        ticked = set(self.ticked_entry_ids())
        start, end = self.date_range()
        self.entry_list.clear()
        rows = summaries("deleted_at IS NULL AND entry_date >= ? AND entry_date <= ?",
                         (start.isoformat(), end.isoformat()), limit=MAX_LISTED)
        for row in rows:
            text = f"{format_day(row.entry_date)}  {shorten(row.title or row.preview, 70)}"
            item = QListWidgetItem(translate("Resilience", text))
            item.setData(ENTRY_ID_ROLE, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if row.id in ticked
                               else Qt.CheckState.Unchecked)
            self.entry_list.addItem(item)

    def _gather(self):
        start, end = self.date_range()
        try:
            check_range(start, end)
        except ValueError as error:
            self.message_label.setText(str(error))
            return None
        return gather(start, end, self.ticked_entry_ids())

    def update_preview(self) -> None:
        from resilience_desktop.charts.summary_pdf import build_document

        data = self._gather()
        if data is None:
            return
        document = build_document(data)
        document.setParent(self.preview)
        self.preview.setDocument(document)
        self.message_label.setText(translate("Resilience", "Preview with {entries} chosen entries.").format(entries=len(data.entries)))

    def _on_range_changed(self, _date) -> None:
        self.load_entries()

    def _on_entry_ticked(self, _item) -> None:
        """The count follows the ticks at once; the preview follows a moment later."""
        self.message_label.setText(
            translate("Resilience", "Chosen entries: %n; updating the preview…",
                      n=len(self.ticked_entry_ids())))
        self._preview_timer.start()

    def _on_save_button_clicked(self) -> None:
        start, end = self.date_range()
        suggested = str(Path.home() / f"resilience-summary-{start}-to-{end}.pdf")
        from resilience_desktop.ui.widgets.output_choice import ask_save_path, confirm_output

        path, _ = ask_save_path(self, translate("Resilience", "Save summary"), suggested, translate("Resilience", "PDF files (*.pdf)"))
        if not path:
            return
        force = confirm_output(self, path, self.context.paths.data_dir)
        if force is not None:
            self.save_to(Path(path), force=force)

    def save_to(self, path: Path, force: bool = False) -> bool:
        from resilience_desktop.charts.summary_pdf import write_summary_pdf

        data = self._gather()
        if data is None:
            return False
        from resilience_desktop.core.output_path import OutputRefused

        try:
            write_summary_pdf(data, path, self.context.paths.data_dir, force=force)
        except OutputRefused as error:
            self.message_label.setText(str(error))
            return False
        except OSError as error:
            self.message_label.setText(translate("Resilience", "Could not save {name}: {error}. Nothing was written.").format(name=path.name, error=error.strerror or error))
            return False
        self.saved_path = path
        self.message_label.setText(translate("Resilience", "Saved to {path} (readable only by you).").format(path=path))
        return True
