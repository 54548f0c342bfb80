"""File → Sync… → "Show older versions…": the texts of notes other than entries (a
person's, a group's, a contact's, a session's, a strength's) that lost a merge because
two computers edited the note (issue 18). Each is shown beside what the note says now,
and "Copy older text" puts it on the clipboard, to paste into the note where it lives.
Calls services/sync/note_revisions.py only; entries keep theirs in Journal → History.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QApplication, QDialog, QDialogButtonBox, QHBoxLayout, QLabel,
                               QListWidget, QPlainTextEdit, QPushButton, QSplitter,
                               QVBoxLayout, QWidget)

from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from resilience_desktop.services.dates import format_day_time
from resilience_desktop.services.sync.note_revisions import KeptNote, kept_notes
from resilience_desktop.ui.widgets.accessible import label_for

# What a note belongs to, by table (services/sync/schema.TEXT_COLUMNS).
NOTE_KINDS = {
    "person": QT_TRANSLATE_NOOP("Resilience", "Note on a person"),
    "social_group": QT_TRANSLATE_NOOP("Resilience", "Note on a group"),
    "contact": QT_TRANSLATE_NOOP("Resilience", "Note on a contact"),
    "exercise_session": QT_TRANSLATE_NOOP("Resilience", "Note on an exercise session"),
    "calm_session": QT_TRANSLATE_NOOP("Resilience", "Note on a calm session"),
    "insights_strength": QT_TRANSLATE_NOOP("Resilience", "Description of a strength"),
    "insights_strength_example": QT_TRANSLATE_NOOP("Resilience", "Example of a strength"),
}


def note_label(kept: KeptNote) -> str:
    kind = translate("Resilience", NOTE_KINDS.get(kept.revision.table, QT_TRANSLATE_NOOP("Resilience", "Note")))
    owner = f" · {kept.owner}" if kept.owner else ""
    where = kept.revision.device or translate("Resilience", "another computer")
    return translate("Resilience", "{kind}{owner} — written on {where}, {when}").format(
        kind=kind, owner=owner, where=where, when=format_day_time(kept.revision.written_at))


def _text_view(name: str, accessible: str) -> QPlainTextEdit:
    view = QPlainTextEdit()
    view.setObjectName(name)
    view.setReadOnly(True)
    view.setAccessibleName(accessible)
    return view


class NoteVersionsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("note_versions_dialog")
        self.setWindowTitle(translate("Resilience", "Older versions of notes"))
        self.resize(760, 480)
        self.kept = kept_notes()
        layout = QVBoxLayout(self)
        intro = QLabel(translate("Resilience", "When two computers changed the same note before they synced, one text won; the other is kept here. Copy it and paste what you want to keep into the note."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.note_list = QListWidget()
        self.note_list.setObjectName("note_list")
        layout.addWidget(label_for(translate("Resilience", "&Older versions (newest first):"), self.note_list))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.note_list)
        self.older_text = _text_view("older_text", translate("Resilience", "Older text"))
        self.text_now = _text_view("text_now", translate("Resilience", "The note now"))
        texts = QWidget()
        row = QHBoxLayout(texts)
        row.setContentsMargins(0, 0, 0, 0)
        for title, view in ((translate("Resilience", "Older text:"), self.older_text),
                            (translate("Resilience", "The note now:"), self.text_now)):
            column = QVBoxLayout()
            column.addWidget(label_for(title, view))
            column.addWidget(view)
            row.addLayout(column)
        splitter.addWidget(texts)
        layout.addWidget(splitter, 1)
        layout.addWidget(self._build_buttons())
        for kept in self.kept:
            self.note_list.addItem(note_label(kept))
        self.note_list.currentRowChanged.connect(self._on_note_list_row_changed)
        if self.kept:
            self.note_list.setCurrentRow(0)
        self.copy_button.setEnabled(bool(self.kept))

    def _build_buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(translate("Resilience", "&Copy older text"))
        self.copy_button.setObjectName("copy_button")
        box.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        box.rejected.connect(self.reject)
        return box

    def _on_note_list_row_changed(self, row: int) -> None:
        kept = self.kept[row] if 0 <= row < len(self.kept) else None
        self.older_text.setPlainText(kept.revision.text if kept else "")
        self.text_now.setPlainText(
            "" if kept is None else kept.text_now if kept.text_now is not None
            else translate("Resilience", "(this note is not on this computer)"))

    def _on_copy_button_clicked(self) -> None:
        QApplication.clipboard().setText(self.older_text.toPlainText())
