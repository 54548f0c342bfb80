"""The Journal tab: write (entry list + editor) and Charts.

The tab wires panels to services: it saves drafts (DraftAutosaver), saves,
deletes and restores entries, and emits ``journal_changed`` after each
successful write. Every failure is a sentence in ``status_label``.
"""

from __future__ import annotations


from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton,
                               QSplitter, QTabWidget, QVBoxLayout, QWidget)

from resilience_desktop.core import clock
from resilience_desktop.core.errors import UserFacingError
from resilience_desktop.services.journal import entries as journal
from resilience_desktop.services.journal import drafts as journal_drafts
from resilience_desktop.services.journal import revisions
from resilience_desktop.services.journal.drafts import MAIN_EDITOR
from resilience_desktop.services.journal.shapes import draft_from_entry, draft_from_input
from resilience_desktop.ui.journal.charts_panel import JournalChartsPanel
from resilience_desktop.ui.journal.draft_autosaver import DraftAutosaver
from resilience_desktop.ui.journal.editor_panel import EditorPanel
from resilience_desktop.ui.journal.entry_browser_panel import EntryBrowserPanel
from resilience_desktop.ui.widgets.base_tab import BaseTab
from resilience_desktop.services.dates import format_day_time
from resilience_desktop.core.i18n import translate
from resilience_desktop.ui.settings.theme import ERROR_STYLE
from resilience_desktop.core.log import get_logger

log = get_logger(__name__)
OK_STYLE = "color: #2e7d32;"


def _named(widget, name):
    widget.setObjectName(name)
    return widget


class JournalTab(BaseTab):
    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self._dirty = False
        self.last_deleted_id: int | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        self.view_tabs = _named(QTabWidget(), "view_tabs")
        self.view_tabs.setDocumentMode(True)
        self.view_tabs.addTab(self._build_write_page(), translate("Resilience", "Write"))
        self.charts_panel = _named(JournalChartsPanel(), "charts_panel")
        self.view_tabs.addTab(self.charts_panel, translate("Resilience", "Charts"))
        outer.addWidget(self.view_tabs)
        self.autosaver = DraftAutosaver(self._save_draft, context.session, self)
        self._connect()
        self._build_shortcuts()
        self._set_tab_order()
        QTimer.singleShot(0, self, revisions.thin_revisions)  # after the first paint
        self._offer_unsaved_draft()
        self.browser.refresh()

    # -- building -----------------------------------------------------------------
    def _build_write_page(self) -> QWidget:
        splitter = _named(QSplitter(Qt.Orientation.Horizontal), "write_splitter")
        self.browser = _named(EntryBrowserPanel(), "browser")
        splitter.addWidget(self.browser)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(6, 0, 0, 0)
        self.draft_banner = _named(QFrame(), "draft_banner")
        # Fixed warm colours in light and dark themes alike, text included.
        self.draft_banner.setStyleSheet("QFrame#draft_banner { background: #fff4e5;"
                                        " border: 1px solid #f0c36d; border-radius: 6px; }"
                                        " QFrame#draft_banner QLabel { color: #3d2b00; }")
        banner = QHBoxLayout(self.draft_banner)
        self.draft_banner_label = _named(QLabel(), "draft_banner_label")
        self.discard_draft_button = _named(QPushButton(translate("Resilience", "Discard draft")), "discard_draft_button")
        banner.addWidget(self.draft_banner_label, 1)
        banner.addWidget(self.discard_draft_button)
        self.draft_banner.setVisible(False)
        column.addWidget(self.draft_banner)
        self.editor = _named(EditorPanel(), "editor")
        column.addWidget(self.editor, 1)
        column.addLayout(self._build_button_row())
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 950])
        return splitter

    def _build_button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.status_label = _named(QLabel(), "status_label")
        self.status_label.setWordWrap(True)
        self.undo_delete_button = _named(QPushButton(translate("Resilience", "Undo delete")), "undo_delete_button")
        self.undo_delete_button.setVisible(False)
        self.new_button = _named(QPushButton(translate("Resilience", "New entry")), "new_button")
        self.new_button.setToolTip(translate("Resilience", "Start a new entry (Ctrl+N)"))
        self.trash_button = _named(QPushButton(translate("Resilience", "Trash…")), "trash_button")
        self.history_button = _named(QPushButton(translate("Resilience", "History…")), "history_button")
        self.history_button.setToolTip(translate("Resilience", "Earlier versions of this entry; restore one"))
        self.delete_button = _named(QPushButton(translate("Resilience", "Delete")), "delete_button")
        self.save_button = _named(QPushButton(translate("Resilience", "Save")), "save_button")
        self.save_button.setToolTip(translate("Resilience", "Save the entry (Ctrl+S)"))
        self.save_button.setDefault(True)
        row.addWidget(self.status_label, 1)
        for button in (self.undo_delete_button, self.new_button, self.trash_button,
                       self.history_button, self.delete_button, self.save_button):
            row.addWidget(button)
        return row

    def _connect(self) -> None:
        self.editor.changed.connect(self._on_editor_changed)
        self.editor.focus_left.connect(self.autosaver.flush)
        self.editor.emotion_picker.problem.connect(self.show_error)
        self.browser.entry_chosen.connect(self.open_entry)
        self.save_button.clicked.connect(self.save)
        self.new_button.clicked.connect(self.new_entry)
        self.delete_button.clicked.connect(self.delete_current)
        self.undo_delete_button.clicked.connect(self.undo_delete)
        self.trash_button.clicked.connect(self._on_trash_button_clicked)
        self.history_button.clicked.connect(self.show_history)
        self.browser.review_requested.connect(self.show_review)
        self.discard_draft_button.clicked.connect(self._on_discard_draft_button_clicked)
        self.listen(self.context.signals.journal_changed, self._on_journal_changed)
        self.listen(self.context.signals.data_replaced, self._on_journal_changed)
        # The Today tab asks for an entry (check-in, on this day) or a reflection.
        self.listen(self.context.signals.journal_entry_requested, self._on_entry_requested)
        self.listen(self.context.signals.reflection_requested, self._on_looking_back_answer)

    def _set_tab_order(self) -> None:
        """Keyboard order: the editor first (two Tab presses from the tab bar to the
        date, five to the text), then Save and the other buttons, then the list."""
        editor, browser = self.editor, self.browser
        picker = editor.emotion_picker
        chain = [self.view_tabs.tabBar(), self.discard_draft_button, editor.date_edit,
                 editor.kind_combo, editor.title_edit, editor.body_edit, editor.mood_pad,
                 editor.clear_mood_button, editor.intensity_before_spin, picker.word_list,
                 picker.own_word_edit, picker.add_word_button, editor.intensity_after_spin,
                 editor.tags_edit, self.save_button, self.undo_delete_button, self.new_button,
                 self.delete_button, self.trash_button, self.history_button,
                 browser.review_button, browser.search_edit, browser.filters_button,
                 *browser.filter_widgets(), browser.entry_list,
                 browser.jump_date_edit]
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)

    def _build_shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in ((QKeySequence.StandardKey.New, self.new_entry),
                           (QKeySequence.StandardKey.Save, self.save),
                           (QKeySequence.StandardKey.Undo, self.undo_delete)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)

    # -- status -------------------------------------------------------------------
    def show_error(self, message: str) -> None:
        self.status_label.setStyleSheet(ERROR_STYLE)
        self.status_label.setText(translate("Resilience", message))

    def show_info(self, message: str) -> None:
        self.status_label.setStyleSheet(OK_STYLE)
        self.status_label.setText(translate("Resilience", message))

    # -- drafts -------------------------------------------------------------------
    def _offer_unsaved_draft(self) -> None:
        draft = journal_drafts.load_draft(MAIN_EDITOR)
        if draft is None or not draft.has_text():
            return
        self.editor.load_draft(draft)
        self._dirty = True
        when = format_day_time(draft.saved_at) if draft.saved_at else "earlier"
        self.draft_banner_label.setText(
            translate("Resilience", "Here is the draft you had not saved yet (last kept {when}). Carry on writing and Save, or discard it.").format(when=when))
        self.draft_banner.setVisible(True)

    def _on_editor_changed(self) -> None:
        self._dirty = True
        self.autosaver.touch()
        if self.status_label.text() and not self.status_label.text().startswith("Draft"):
            self.status_label.clear()

    def _save_draft(self) -> bool:
        state = self.editor.draft_state()
        try:
            if state.has_text() or state.entry_id is not None:
                saved_at = journal_drafts.save_draft(state, MAIN_EDITOR)
                self.show_info(translate("Resilience", "Draft kept {saved_at:%H:%M:%S}").format(saved_at=saved_at))
            else:
                journal_drafts.discard_draft(MAIN_EDITOR)
        except Exception as error:  # the disk, a lock...: keep typing, say so
            log.error("draft save failed: %s", type(error).__name__)
            self.show_error(translate("Resilience", "The draft could not be kept ({error}). Your text is still here.").format(error=error))
            return False
        return True

    def _on_discard_draft_button_clicked(self) -> None:
        answer = QMessageBox.question(self, translate("Resilience", "Discard the draft?"),
                                      translate("Resilience", "Throw away the text of this unsaved draft?"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.autosaver.cancel()
        journal_drafts.discard_draft(MAIN_EDITOR)
        self._dirty = False
        self.draft_banner.setVisible(False)
        self.editor.start_new()
        self.show_info(translate("Resilience", "Draft discarded."))

    def can_close(self) -> bool:
        """The window is closing: keep what is typed (drafts are never lost)."""
        self.autosaver.flush()
        return True

    # -- entries ------------------------------------------------------------------
    def save(self) -> bool:
        try:
            entry_id = journal.save_entry(self.editor.entry_input(), self.editor.entry_id,
                                          draft_editor=MAIN_EDITOR)
        except UserFacingError as error:
            self.show_error(translate("Resilience", "Not saved: {error}").format(error=error))
            return False
        except Exception as error:  # database trouble: keep the text, tell the user
            log.error("entry save failed: %s", type(error).__name__)
            self.show_error(translate("Resilience", "Not saved: {error}. Your text is still here.").format(error=error))
            return False
        self.autosaver.cancel()
        self._dirty = False
        self.editor.entry_id = entry_id
        self.draft_banner.setVisible(False)
        self.context.signals.journal_changed.emit()
        self.browser.select_entry(entry_id)
        self.show_info(translate("Resilience", "Saved {now:%H:%M:%S}").format(now=clock.now()))
        return True

    def _leave_current(self) -> bool:
        """Before showing something else: save a changed entry, drop an empty one."""
        if not self._dirty:
            return True
        if not self.editor.draft_state().has_text() and self.editor.entry_id is None:
            self.autosaver.cancel()
            journal_drafts.discard_draft(MAIN_EDITOR)
            self._dirty = False
            return True
        return self.save()

    def open_entry(self, entry_id: int) -> None:
        if entry_id == self.editor.entry_id and not self._dirty:
            return
        if not self._leave_current():
            return
        try:
            entry = journal.get_entry(entry_id)
        except UserFacingError as error:
            self.show_error(str(error))
            return
        self.editor.load_draft(draft_from_entry(entry))
        self._dirty = False
        self.draft_banner.setVisible(False)
        self.browser.select_entry(entry_id)
        self.status_label.clear()

    def new_entry(self, kind: str = "free") -> None:
        if not self._leave_current():
            return
        self.editor.start_new(kind if isinstance(kind, str) else "free")
        self.draft_banner.setVisible(False)
        self.editor.body_edit.setFocus()

    def delete_current(self) -> None:
        entry_id = self.editor.entry_id
        if entry_id is None:
            if self.editor.draft_state().has_text():
                self._on_discard_draft_button_clicked()
            return
        journal.delete_entry(entry_id)
        self.autosaver.cancel()
        journal_drafts.discard_draft(MAIN_EDITOR)
        self._dirty = False
        self.last_deleted_id = entry_id
        self.editor.start_new()
        self.context.signals.journal_changed.emit()
        self.undo_delete_button.setVisible(True)
        self.show_info(translate("Resilience", "Moved to the Trash. Press Ctrl+Z or Undo delete to bring it back."))

    def undo_delete(self) -> None:
        if self.last_deleted_id is None:
            return
        entry_id, self.last_deleted_id = self.last_deleted_id, None
        journal.restore_entry(entry_id)
        self.undo_delete_button.setVisible(False)
        self.context.signals.journal_changed.emit()
        self.open_entry(entry_id)
        self.show_info(translate("Resilience", "Entry restored."))

    def _on_looking_back_answer(self, card) -> None:
        if not self._leave_current():
            return
        from resilience_desktop.services.journal import followups

        reflection = followups.reflection_input(card, body="")
        self.editor.load_draft(draft_from_input(reflection))
        self.view_tabs.setCurrentIndex(0)
        self.editor.body_edit.setFocus()
        self.show_info(translate("Resilience", "Write your reflection, then Save."))

    def _on_trash_button_clicked(self) -> None:
        from resilience_desktop.ui.journal.trash_dialog import TrashDialog

        dialog = TrashDialog(self.context.signals, self)
        dialog.exec()

    def show_history(self) -> None:
        """The open entry's earlier texts (saves a change first); reloads after a restore."""
        if self.editor.entry_id is None:
            self.show_info(translate("Resilience", "Save the entry first: its history starts with the next change."))
            return
        if not self._leave_current():
            return
        from resilience_desktop.services.journal.lookup import uid_of
        from resilience_desktop.ui.journal.history_dialog import HistoryDialog

        entry_id = self.editor.entry_id
        if HistoryDialog(uid_of(entry_id), self.context.signals, self).exec():
            self.reload_entry(entry_id)
            self.show_info(translate("Resilience", "Earlier version restored; the text it replaced is in History."))

    def show_review(self) -> None:
        """The entries edited on two computers (saves a change in the editor first)."""
        if not self._leave_current():
            return
        from resilience_desktop.ui.journal.review_dialog import ReviewDialog

        dialog = ReviewDialog(self.context.signals, self)
        dialog.open_entry_requested.connect(self.reload_entry)
        dialog.exec()
        if self.editor.entry_id is not None and not self._dirty:
            self.reload_entry(self.editor.entry_id)

    def reload_entry(self, entry_id: int) -> None:
        """Show the entry as saved now (after a restore or a review)."""
        if self._dirty and not self._leave_current():
            return
        self.editor.entry_id = None  # so open_entry loads it again
        self.open_entry(entry_id)

    def _on_entry_requested(self, entry_id: int) -> None:
        self.view_tabs.setCurrentIndex(0)
        self.open_entry(entry_id)
        self.editor.body_edit.setFocus()

    def _on_journal_changed(self) -> None:
        self.browser.refresh()
        self.charts_panel.mark_stale()
