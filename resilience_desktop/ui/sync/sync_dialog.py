"""File → Sync…: choose the sync folder, its passphrase and this computer's name; see the
other computers; "Sync now" and "Stop syncing on this computer" (issue 18).

A folder with no sync folder file yet is created with a new passphrase (asked twice);
a sync folder this journal has not joined asks for its passphrase; another journal's
folder and a mistyped one get a plain message. The sync itself runs on the window's
SyncController (a worker thread), so the status line follows it too. Calls
services/sync/setup.py only.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QListWidget, QPushButton, QVBoxLayout, QWidget)

from resilience_desktop.core.errors import UserFacingError
from resilience_desktop.core.i18n import translate
from resilience_desktop.services.sync import setup
from resilience_desktop.ui.sync.controller import when_text
from resilience_desktop.ui.sync.report_text import report_lines
from resilience_desktop.ui.widgets.accessible import label_for, named


def _password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class SyncDialog(QDialog):
    def __init__(self, context, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync_dialog")
        self.setWindowTitle(translate("Resilience", "Sync"))
        self.context, self.controller = context, controller
        layout = QVBoxLayout(self)
        intro = QLabel(translate("Resilience", "Keep this journal the same on several computers through a folder that a sync tool you already use carries between them (Syncthing, Nextcloud, Dropbox, a USB stick). Resilience only reads and writes the folder; everything in it is encrypted with the folder's passphrase, except notes you drop into its inbox folder from a phone."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(self._build_form())
        layout.addWidget(label_for(translate("Resilience", "Computers in this folder:"), self.computers_list))
        layout.addWidget(self.computers_list)
        layout.addLayout(self._build_note_versions_row())
        self.message_label = QLabel()
        self.message_label.setObjectName("message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.hide()  # shown with a message (a screen reader skips no empty text)
        layout.addWidget(self.message_label)
        layout.addWidget(self._build_buttons())
        controller.finished.connect(self._on_controller_finished)
        controller.failed.connect(self._on_controller_failed)
        controller.busy_changed.connect(self._on_controller_busy_changed)
        self.refresh()

    def _build_form(self) -> QFormLayout:
        form = QFormLayout()
        self.folder_edit = named(QLineEdit(), translate("Resilience", "Sync folder"))
        self.folder_edit.setObjectName("folder_edit")
        self.folder_edit.editingFinished.connect(self.show_folder_kind)
        self.choose_button = QPushButton(translate("Resilience", "&Choose…"))
        self.choose_button.setObjectName("choose_button")
        self.choose_button.clicked.connect(self.choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.choose_button)
        form.addRow(label_for(translate("Resilience", "Sync &folder:"), self.folder_edit), row)
        self.passphrase_edit = _password_edit("passphrase_edit")
        self.repeat_edit = _password_edit("repeat_edit")
        self.passphrase_label = label_for(translate("Resilience", "Folder &passphrase:"), self.passphrase_edit)
        self.repeat_label = label_for(translate("Resilience", "&Repeat passphrase:"), self.repeat_edit)
        form.addRow(self.passphrase_label, self.passphrase_edit)
        form.addRow(self.repeat_label, self.repeat_edit)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("name_edit")
        self.name_edit.setMaxLength(setup.NAME_LIMIT)
        form.addRow(label_for(translate("Resilience", "This computer's &name:"), self.name_edit), self.name_edit)
        self.last_label = QLabel()
        self.last_label.setObjectName("last_sync_label")
        form.addRow(QLabel(translate("Resilience", "Last sync:")), self.last_label)
        self.computers_list = QListWidget()
        self.computers_list.setObjectName("computers_list")
        self.computers_list.setMaximumHeight(120)
        return form

    def _build_note_versions_row(self) -> QHBoxLayout:
        """Shown when notes other than entries lost a merge: their texts are kept."""
        self.note_versions_label = QLabel()
        self.note_versions_label.setObjectName("note_versions_label")
        self.note_versions_button = QPushButton(translate("Resilience", "Show &older versions…"))
        self.note_versions_button.setObjectName("note_versions_button")
        self.note_versions_button.clicked.connect(self.show_note_versions)
        row = QHBoxLayout()
        row.addWidget(self.note_versions_label, 1)
        row.addWidget(self.note_versions_button)
        return row

    def show_note_versions(self) -> None:
        from resilience_desktop.ui.sync.note_versions_dialog import NoteVersionsDialog

        dialog = NoteVersionsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _build_buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.sync_button = box.addButton(translate("Resilience", "&Sync now"), QDialogButtonBox.ButtonRole.ActionRole)
        self.sync_button.setObjectName("sync_button")
        self.stop_button = box.addButton(translate("Resilience", "S&top syncing on this computer"),
                                         QDialogButtonBox.ButtonRole.ActionRole)
        self.stop_button.setObjectName("stop_button")
        self.sync_button.clicked.connect(self.sync_now)
        self.stop_button.clicked.connect(self.stop_syncing)
        box.rejected.connect(self.reject)
        return box

    # -- what the dialog shows -----------------------------------------------------
    def refresh(self) -> None:
        view = setup.overview()
        self.folder_edit.setText(str(view.folder) if view.folder else "")
        self.folder_edit.setReadOnly(view.folder is not None)
        self.choose_button.setEnabled(view.folder is None)
        self.stop_button.setEnabled(view.folder is not None)
        self.name_edit.setText(view.name)
        self.last_label.setText(when_text(view.last_sync_ms) if view.last_sync_ms
                                else translate("Resilience", "never"))
        self.computers_list.clear()
        for computer in view.computers:
            when = (when_text(computer.synced_ms) if computer.synced_ms
                    else translate("Resilience", "never"))
            text = (translate("Resilience", "{name} (this computer) — last synced {when}") if computer.this
                    else translate("Resilience", "{name} — last synced {when}"))
            self.computers_list.addItem(text.format(name=computer.name, when=when))
        self.note_versions_label.setText(translate(
            "Resilience", "%n older versions of notes kept (edited on two computers).",
            "%n older version of a note kept (edited on two computers).", view.note_versions))
        for widget in (self.note_versions_label, self.note_versions_button):
            widget.setVisible(view.note_versions > 0)
        self.show_folder_kind()

    def show_folder_kind(self) -> None:
        """Ask for the passphrase (twice for a new folder) only when it is needed."""
        kind = setup.JOINED
        text = self.folder_edit.text().strip()
        if text:
            try:
                kind = setup.folder_kind(setup.check_folder(text, self.context.paths.data_dir))
            except UserFacingError:
                kind = setup.JOIN if not self.folder_edit.isReadOnly() else setup.JOINED
        for widget in (self.passphrase_label, self.passphrase_edit):
            widget.setVisible(bool(text) and kind != setup.JOINED)
        for widget in (self.repeat_label, self.repeat_edit):
            widget.setVisible(bool(text) and kind == setup.NEW)
        self.kind = kind

    def folder(self) -> Path:
        return Path(self.folder_edit.text().strip())

    def say(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    # -- actions ---------------------------------------------------------------------
    def choose_folder(self) -> None:
        from resilience_desktop.ui.widgets.output_choice import ask_sync_folder

        chosen = ask_sync_folder(self, translate("Resilience", "Choose the sync folder"))
        if chosen:
            self.folder_edit.setText(chosen)
            self.show_folder_kind()

    def sync_now(self) -> None:
        try:
            folder = setup.check_folder(self.folder_edit.text(), self.context.paths.data_dir)
            kind = setup.folder_kind(folder)
            secret = self._secret(kind, folder)
            name = setup.clean_name(self.name_edit.text())
            if kind == setup.JOINED:
                setup.rename_computer(name)
        except UserFacingError as error:
            self.say(str(error))
            return
        self.say(translate("Resilience", "Syncing…"))
        if not self.controller.sync_now(secret, name, folder):
            self.say(translate("Resilience", "A sync is already running; try again when it ends."))

    def _secret(self, kind: str, folder) -> str | None:
        if kind == setup.JOINED:
            return None
        secret = self.passphrase_edit.text()
        if not secret:
            raise UserFacingError(translate("Resilience", "Type the sync folder's passphrase."))
        if kind == setup.NEW and secret != self.repeat_edit.text():
            raise UserFacingError(translate("Resilience", "The two passphrases differ. Type the same passphrase twice."))
        return secret

    def stop_syncing(self) -> None:
        if self.controller.busy:
            self.say(translate("Resilience", "A sync is running; try again when it ends."))
            return
        setup.stop_syncing()
        self.controller.stop_watching()
        self.controller.show_idle_status()
        self.refresh()
        self.say(translate("Resilience", "This computer no longer syncs. The folder and the other computers keep their copies; choose a folder to sync again."))

    def _on_controller_busy_changed(self, busy: bool) -> None:
        self.sync_button.setEnabled(not busy)
        self.stop_button.setEnabled(not busy and self.folder_edit.isReadOnly())

    def _on_controller_finished(self, report) -> None:
        self.passphrase_edit.clear()
        self.repeat_edit.clear()
        self.refresh()
        self.say("\n".join(report_lines(report)))

    def _on_controller_failed(self, error) -> None:
        self.say(str(error) if isinstance(error, UserFacingError)
                 else translate("Resilience", "The sync failed unexpectedly; the log has details. Nothing was lost."))
