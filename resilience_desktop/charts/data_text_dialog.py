"""A chart's data as plain text, for people who cannot see the picture."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout
from resilience_desktop.core.i18n import translate


class DataTextDialog(QDialog):
    def __init__(self, title: str, text: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("data_text_dialog")
        self.setWindowTitle(translate("Resilience", "{title}: the data as text").format(title=title))
        self.text_edit = QPlainTextEdit(text)
        self.text_edit.setObjectName("data_text_edit")
        self.text_edit.setReadOnly(True)
        self.text_edit.setAccessibleName(translate("Resilience", "{title}: the data as text").format(title=title))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(buttons)
        self.resize(560, 420)
