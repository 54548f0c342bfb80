"""HistoryDialog: an entry's earlier texts by date, each shown in full, and
"Restore this version" (asks first; the current text is kept in the history).

Calls services only (services/journal/revisions.py). Emits ``journal_changed`` after
a restore and closes with Accepted, so the Journal reloads the entry.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QMessageBox, QPlainTextEdit, QPushButton,
                               QSplitter, QVBoxLayout)

from resilience_desktop.core.errors import UserFacingError
from resilience_desktop.services.dates import format_day_time
from resilience_desktop.services.journal import revisions
from resilience_desktop.ui.widgets.accessible import named
from resilience_desktop.core.i18n import translate

UID_ROLE = Qt.ItemDataRole.UserRole + 1


def revision_label(revision: revisions.Revision) -> str:
    when = format_day_time(revision.written_at)
    if revision.reason == revisions.REASON_SYNC_CONFLICT:
        where = f" on {revision.device}" if revision.device else translate("Resilience", " on another computer")
        return translate("Resilience", "{when} — written{where} (edited on two computers)").format(when=when, where=where)
    return translate("Resilience", "{when} — replaced by a later save").format(when=when)


def revision_text(revision: revisions.Revision) -> str:
    return f"{revision.title}\n\n{revision.body}" if revision.title else revision.body


class HistoryDialog(QDialog):
    def __init__(self, entry_uid: str, signals, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("history_dialog")
        self.setWindowTitle(translate("Resilience", "Entry history"))
        self.resize(760, 480)
        self._entry_uid, self._signals = entry_uid, signals
        self._by_uid: dict[str, revisions.Revision] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(
            translate("Resilience", "Each time you save a change, the earlier text is kept here. After {thin_after_days} days one version a day is kept.").format(thin_after_days=revisions.THIN_AFTER_DAYS)))
        self.empty_label = QLabel(translate("Resilience", "No earlier versions of this entry yet."))
        self.empty_label.setObjectName("empty_label")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty_label, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.revision_list = QListWidget()
        self.revision_list.setObjectName("revision_list")
        named(self.revision_list, translate("Resilience", "Earlier versions"), translate("Resilience", "Newest first"))
        self.revision_text = QPlainTextEdit()
        self.revision_text.setObjectName("revision_text")
        self.revision_text.setReadOnly(True)
        named(self.revision_text, translate("Resilience", "Text of the chosen version"))
        self.splitter.addWidget(self.revision_list)
        self.splitter.addWidget(self.revision_text)
        self.splitter.setSizes([300, 460])
        layout.addWidget(self.splitter, 1)
        row = QHBoxLayout()
        self.restore_button = QPushButton(translate("Resilience", "Restore this version…"))
        self.restore_button.setObjectName("restore_button")
        row.addWidget(self.restore_button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.revision_list.currentItemChanged.connect(self._on_revision_list_changed)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.refresh()

    def refresh(self) -> None:
        self.revision_list.clear()
        kept = revisions.list_revisions(self._entry_uid)
        self._by_uid = {revision.uid: revision for revision in kept}
        for revision in kept:
            item = QListWidgetItem(revision_label(revision))
            item.setData(UID_ROLE, revision.uid)
            self.revision_list.addItem(item)
        self.empty_label.setVisible(not kept)
        self.splitter.setVisible(bool(kept))
        self.restore_button.setEnabled(bool(kept))
        if kept:
            self.revision_list.setCurrentRow(0)

    def selected(self) -> revisions.Revision | None:
        item = self.revision_list.currentItem()
        return self._by_uid.get(item.data(UID_ROLE)) if item else None

    def _on_revision_list_changed(self, *_args) -> None:
        revision = self.selected()
        self.revision_text.setPlainText(revision_text(revision) if revision else "")

    def _on_restore_button_clicked(self) -> None:
        revision = self.selected()
        if revision is None:
            return
        answer = QMessageBox.question(
            self, translate("Resilience", "Restore this version?"),
            translate("Resilience", "The entry's text becomes this earlier version. The current text is kept "
            "in the history, so you can go back to it."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            revisions.restore_revision(revision.uid)
        except UserFacingError as error:
            QMessageBox.warning(self, translate("Resilience", "Not restored"), str(error))
            return
        self._signals.journal_changed.emit()
        self.accept()
