"""PatternDialog: add, change and delete the user's own breathing patterns."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton,
                               QVBoxLayout)

from resilience_desktop.core.errors import UserFacingError
from resilience_desktop.services.calm import custom
from resilience_desktop.core.i18n import translate
from resilience_desktop.ui.settings.theme import ERROR_STYLE


class PatternDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("pattern_dialog")
        self.setWindowTitle(translate("Resilience", "My breathing patterns"))
        self.changed = False
        self.pattern_list = QListWidget()
        self.pattern_list.setObjectName("pattern_list")
        self.pattern_list.setAccessibleName(translate("Resilience", "My patterns"))
        self.pattern_list.currentItemChanged.connect(self._on_pattern_list_current_changed)
        form = self._build_form()
        self.message_label = QLabel()
        self.message_label.setObjectName("message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(ERROR_STYLE)
        buttons = QHBoxLayout()
        self.new_button = self._button("new_button", translate("Resilience", "Ne&w"), self._on_new_button_clicked)
        self.save_button = self._button("save_button", translate("Resilience", "&Save"), self._on_save_button_clicked)
        self.delete_button = self._button("delete_button", translate("Resilience", "&Delete"),
                                          self._on_delete_button_clicked)
        for button in (self.new_button, self.save_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("Resilience", "In, hold, out, hold: 0 to 20 seconds each; a pattern needs "
                                "an in-breath and an out-breath.")))
        layout.addWidget(self.pattern_list)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self._fill_list()
        self._on_new_button_clicked()

    def _build_form(self) -> QFormLayout:
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("name_edit")
        self.name_edit.setAccessibleName(translate("Resilience", "Pattern name"))
        self.name_edit.setMaxLength(custom.MAX_NAME)
        form = QFormLayout()
        form.addRow(translate("Resilience", "&Name:"), self.name_edit)
        self.spins = {}
        for field, label in custom.FIELDS:
            spin = QDoubleSpinBox()
            spin.setObjectName(f"{field}_spin")
            spin.setAccessibleName(translate("Resilience", "{label}, seconds").format(label=label))
            spin.setRange(0, custom.MAX_SECONDS)
            spin.setDecimals(1)
            spin.setSingleStep(0.5)
            spin.setSuffix(" s")
            self.spins[field] = spin
            form.addRow(translate("Resilience", "{label}:").format(
                label=translate("Resilience", label)), spin)
        return form

    def _button(self, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(translate("Resilience", text))
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _fill_list(self, select_id: int | None = None) -> None:
        self.pattern_list.clear()
        for pattern in custom.custom_patterns():
            item = QListWidgetItem(f"{pattern.name} ({pattern.timing_text()})")
            item.setData(Qt.ItemDataRole.UserRole, pattern)
            self.pattern_list.addItem(item)
            if pattern.pattern_id == select_id:
                self.pattern_list.setCurrentItem(item)

    def current_pattern(self):
        item = self.pattern_list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _on_pattern_list_current_changed(self, current, _previous) -> None:
        pattern = None if current is None else current.data(Qt.ItemDataRole.UserRole)
        if pattern is None:
            return
        self.name_edit.setText(pattern.name)
        for field, spin in self.spins.items():
            spin.setValue(getattr(pattern, field))
        self.delete_button.setEnabled(True)
        self.message_label.clear()

    def _on_new_button_clicked(self) -> None:
        self.pattern_list.setCurrentItem(None)
        self.name_edit.clear()
        for field, spin in self.spins.items():
            spin.setValue({"inhale": 4, "exhale": 6}.get(field, 0))
        self.delete_button.setEnabled(False)
        self.name_edit.setFocus()

    def _on_save_button_clicked(self) -> None:
        current = self.current_pattern()
        data = custom.PatternInput(self.name_edit.text(),
                                   *(self.spins[field].value() for field, _ in custom.FIELDS))
        try:
            saved_id = custom.save_pattern(data, current.pattern_id if current else None)
        except UserFacingError as error:
            self.message_label.setText(str(error))
            return
        self.changed = True
        self._fill_list(saved_id)
        self.message_label.setText("")

    def _on_delete_button_clicked(self) -> None:
        current = self.current_pattern()
        if current is None:
            return
        try:
            custom.delete_pattern(current.pattern_id)
        except UserFacingError as error:
            self.message_label.setText(str(error))
            return
        self.changed = True
        self._fill_list()
        self._on_new_button_clicked()
