"""Pieces the People dialogs share: a save-or-show-the-problem dialog and a people checklist."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QVBoxLayout, QWidget)

from resilience_desktop.core.errors import UserFacingError
from resilience_desktop.core.i18n import translate
from resilience_desktop.ui.settings.theme import ERROR_STYLE


class SaveDialog(QDialog):
    """OK calls ``save(self.value())``; a UserFacingError is shown in the dialog, which stays open."""

    def __init__(self, title: str, save: Callable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Resilience", title))
        self._save = save
        self.error_label = QLabel()
        self.error_label.setObjectName("error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                           | QDialogButtonBox.StandardButton.Cancel)
        self.button_box.setObjectName("button_box")
        self.button_box.accepted.connect(self._on_button_box_accepted)
        self.button_box.rejected.connect(self.reject)

    def finish_layout(self, layout) -> None:
        layout.addWidget(self.error_label)
        layout.addWidget(self.button_box)

    def save_button(self):
        return self.button_box.button(QDialogButtonBox.StandardButton.Save)

    def value(self):
        raise NotImplementedError

    def _on_button_box_accepted(self) -> None:
        try:
            self._save(self.value())
        except UserFacingError as error:
            self.error_label.setText(str(error))
            self.error_label.show()
            return
        self.accept()


class PeopleChecklist(QWidget):
    """A filterable list of people with a tick box each."""

    def __init__(self, people: list[tuple[int, str]], checked: set[int] = frozenset(),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("filter_edit")
        self.filter_edit.setAccessibleName(translate("Resilience", "Find a person by name"))
        self.filter_edit.setPlaceholderText(translate("Resilience", "Find a name…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.list_widget = QListWidget()
        self.list_widget.setAccessibleName(translate("Resilience", "People: tick who was there"))
        self.list_widget.setObjectName("list_widget")
        for person_id, name in people:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, person_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person_id in checked
                               else Qt.CheckState.Unchecked)
            self.list_widget.addItem(item)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list_widget)

    def _items(self):
        return [self.list_widget.item(i) for i in range(self.list_widget.count())]

    def checked_ids(self) -> list[int]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self._items()
                if item.checkState() == Qt.CheckState.Checked]

    def set_person_checked(self, person_id: int, checked: bool) -> None:
        for item in self._items():
            if item.data(Qt.ItemDataRole.UserRole) == person_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _on_filter_edit_text_changed(self, text: str) -> None:
        needle = text.casefold().strip()
        for item in self._items():
            item.setHidden(bool(needle) and needle not in item.text().casefold())
