"""ReviewDialog: "Review edits from two computers". For each entry edited on two
computers, the entry's text now (the later edit, which won the merge) and the other
version side by side, with "Keep this one" under each and "Keep both (merge by hand)".

Keeping one text marks the entry reviewed; the other text stays in the entry's
history. "Keep both" puts the other text under this one and asks the Journal to open
the entry (``open_entry_requested``) so the person can merge by hand. Calls services
only (services/journal/revisions.py); emits ``journal_changed`` after each choice.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QGridLayout, QLabel, QListWidget,
                               QListWidgetItem, QPlainTextEdit, QPushButton, QVBoxLayout)

from resilience_desktop.core.errors import UserFacingError
from resilience_desktop.services.dates import format_day
from resilience_desktop.services.journal import revisions
from resilience_desktop.ui.widgets.accessible import named
from resilience_desktop.core.i18n import translate
from resilience_desktop.ui.settings.theme import ERROR_STYLE

UID_ROLE = Qt.ItemDataRole.UserRole + 1


def item_label(item: revisions.ReviewItem) -> str:
    where = translate("Resilience", " (and on {device})").format(device=item.device) if item.device else ""
    title = item.title or "(untitled)"
    return translate("Resilience", "{entry_date}  {title} — edited on two computers{where}").format(entry_date=format_day(item.entry_date), title=title, where=where)


def _text(title: str, body: str) -> str:
    return f"{title}\n\n{body}" if title else body


class ReviewDialog(QDialog):
    open_entry_requested = Signal(int)

    def __init__(self, signals, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("review_dialog")
        self.setWindowTitle(translate("Resilience", "Review edits from two computers"))
        self.resize(900, 560)
        self._signals = signals
        self._items: dict[str, revisions.ReviewItem] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("Resilience", "These entries were changed on two computers before they "
                                "synced. Choose the text to keep; the other stays in the "
                                "entry's history.")))
        self.review_list = QListWidget()
        self.review_list.setObjectName("review_list")
        named(self.review_list, translate("Resilience", "Entries to review"))
        self.review_list.setMaximumHeight(140)
        layout.addWidget(self.review_list)
        self.empty_label = QLabel(translate("Resilience", "Nothing to review: every entry has one text."))
        self.empty_label.setObjectName("empty_label")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty_label)
        layout.addLayout(self._build_sides(), 1)
        self.error_label = QLabel()
        self.error_label.setObjectName("error_label")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        self.keep_both_button = QPushButton(translate("Resilience", "Keep both (merge by hand)"))
        self.keep_both_button.setObjectName("keep_both_button")
        layout.addWidget(self.keep_both_button, 0, Qt.AlignmentFlag.AlignRight)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.review_list.currentItemChanged.connect(self._show_selected)
        self.keep_this_button.clicked.connect(self._on_keep_this_button_clicked)
        self.keep_other_button.clicked.connect(self._on_keep_other_button_clicked)
        self.keep_both_button.clicked.connect(self._on_keep_both_button_clicked)
        self.refresh()

    def _build_sides(self) -> QGridLayout:
        grid = QGridLayout()
        self.this_label = QLabel(translate("Resilience", "The entry now (the later edit)"))
        self.other_label = QLabel(translate("Resilience", "The other version"))
        self.this_text = QPlainTextEdit()
        self.other_text = QPlainTextEdit()
        self.keep_this_button = QPushButton(translate("Resilience", "Keep this one"))
        self.keep_other_button = QPushButton(translate("Resilience", "Keep this one"))
        for column, (label, text, button, side) in enumerate((
                (self.this_label, self.this_text, self.keep_this_button, "this"),
                (self.other_label, self.other_text, self.keep_other_button, "other"))):
            text.setObjectName(f"{side}_text")
            text.setReadOnly(True)
            button.setObjectName(f"keep_{side}_button")
            named(text, translate("Resilience", "The entry's text now") if side == "this" else translate("Resilience", "The other version"))
            named(button, translate("Resilience", "Keep the entry's text now") if side == "this"
                  else translate("Resilience", "Keep the other version"))
            grid.addWidget(label, 0, column)
            grid.addWidget(text, 1, column)
            grid.addWidget(button, 2, column)
        return grid

    def refresh(self) -> None:
        self.review_list.clear()
        items = revisions.entries_to_review()
        self._items = {item.entry_uid: item for item in items}
        for item in items:
            row = QListWidgetItem(item_label(item))
            row.setData(UID_ROLE, item.entry_uid)
            self.review_list.addItem(row)
        self.empty_label.setVisible(not items)
        if items:
            self.review_list.setCurrentRow(0)
        else:
            self._show_selected()

    def selected(self) -> revisions.ReviewItem | None:
        row = self.review_list.currentItem()
        return self._items.get(row.data(UID_ROLE)) if row else None

    def _show_selected(self, *_args) -> None:
        item = self.selected()
        other = item.other if item else None
        self.this_text.setPlainText(_text(item.title, item.body) if item else "")
        if other is not None:
            self.other_text.setPlainText(_text(other.title, other.body))
        else:
            self.other_text.setPlainText("" if item is None else
                                         translate("Resilience", "(The other computer's text was not kept.)"))
        where = (other.device if other else None) or (item.device if item else None)
        self.other_label.setText(translate("Resilience", "The other version, written on {where}").format(where=where) if where
                                 else translate("Resilience", "The other version"))
        self.keep_this_button.setEnabled(item is not None)
        self.keep_other_button.setEnabled(other is not None)
        self.keep_both_button.setEnabled(other is not None)

    def _apply(self, action) -> object:
        item = self.selected()
        if item is None:
            return None
        try:
            result = action(item)
        except UserFacingError as error:
            self.error_label.setText(translate("Resilience", "Not changed: {error}").format(error=error))
            return None
        self.error_label.clear()
        self._signals.journal_changed.emit()
        self.refresh()
        return result

    def _on_keep_this_button_clicked(self) -> None:
        self._apply(lambda item: revisions.keep_current_text(item.entry_uid))

    def _on_keep_other_button_clicked(self) -> None:
        self._apply(lambda item: revisions.keep_other_text(item.entry_uid, item.other.uid))

    def _on_keep_both_button_clicked(self) -> None:
        entry_id = self._apply(
            lambda item: revisions.keep_both_texts(item.entry_uid, item.other.uid))
        if entry_id is not None:
            self.open_entry_requested.emit(entry_id)
            self.accept()
