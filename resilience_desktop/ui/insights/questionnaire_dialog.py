"""QuestionnaireDialog: answer a self-check one question at a time or all on one
page, entirely from the keyboard (the answer's number keys; Up/Down or
Back/Next to move; Enter saves). An unanswered item blocks saving with a message."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QDialog, QFrame, QHBoxLayout, QLabel,
                               QPushButton, QRadioButton, QScrollArea, QVBoxLayout, QWidget)

from resilience_desktop.core.errors import ValidationError
from resilience_desktop.services.insights import responses, scale_translations
from resilience_desktop.services.insights.scales import NOT_A_DIAGNOSIS, Scale
from resilience_desktop.core.i18n import interface_language, translate

CURRENT_STYLE = "QFrame#item_frame { border: 2px solid #3f7f93; border-radius: 6px; }"
OTHER_STYLE = "QFrame#item_frame { border: 2px solid transparent; }"


class ItemWidget(QFrame):
    """One item: its text and one radio button per published answer."""

    def __init__(self, scale: Scale, number: int, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("item_frame")
        self.number = number
        self.setAccessibleName(translate("Resilience", "Item {number}").format(number=number))
        text = QLabel(translate("Resilience", "<b>{number} of {items}.</b> {number2}").format(number=number, items=len(scale.items), number2=scale.items[number - 1]))
        text.setObjectName(f"item_text_{number}")
        text.setWordWrap(True)
        self.group = QButtonGroup(self)
        row = QHBoxLayout()
        for value, label in scale.answers:
            button = QRadioButton(f"{value}  {label}")
            button.setObjectName(f"item_{number}_answer_{value}")
            button.setAccessibleName(translate("Resilience", "Item {number}: {label} ({value})").format(number=number, label=label, value=value))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # number keys answer; arrows move items
            self.group.addButton(button, value)
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(row)

    def value(self) -> int | None:
        checked = self.group.checkedId()
        return None if checked == -1 else checked

    def set_value(self, value: int) -> None:
        self.group.button(value).setChecked(True)


def _english_note(scale: Scale) -> str:
    """Questionnaire items are content, not interface: a scale is shown in another
    language only in a published, validated translation (services/insights/
    scale_translations.py); without one, in a translated window the scale stays in
    English and says why."""
    if interface_language() == "en" or scale_translations.is_translated(scale):
        return ""
    return "<p><i>" + translate(
        "Resilience", "The questions are shown in their original English: a questionnaire may "
        "only be used in a published, validated translation, and none is included yet.") + "</i></p>"


class QuestionnaireDialog(QDialog):
    def __init__(self, scale: Scale, parent=None, all_on_one_page: bool = False) -> None:
        super().__init__(parent)
        self.scale = scale = scale_translations.shown_scale(scale)
        self.saved_id: int | None = None
        self.current = 1
        self.setObjectName("questionnaire_dialog")
        self.setWindowTitle(scale.name)
        self.items = [ItemWidget(scale, n) for n in range(1, len(scale.items) + 1)]
        for item in self.items:
            item.group.idClicked.connect(lambda _v, n=item.number: self._on_item_answered(n))
        self.page_check = QCheckBox(translate("Resilience", "Show all questions on one page"))
        self.page_check.setObjectName("page_check")
        self.page_check.setChecked(all_on_one_page)
        self.page_check.toggled.connect(self._show_mode)
        self.message_label = QLabel()
        self.message_label.setObjectName("message_label")
        self.message_label.setStyleSheet("color: #a04000;")
        layout = QVBoxLayout(self)
        layout.addWidget(self._header())
        layout.addWidget(self.page_check)
        layout.addWidget(self._items_area(), 1)
        layout.addWidget(self.message_label)
        layout.addLayout(self._buttons())
        self.resize(760, 560 if all_on_one_page else 380)
        self._show_mode()

    def _header(self) -> QLabel:
        label = QLabel(
            translate("Resilience", "<p>{stem} Press <b>{keys_hint}</b> to answer; Up and Down move between questions; Enter saves.</p><p><i>{not_a_diagnosis}</i> <small>{citation}</small></p>").format(stem=self.scale.stem, keys_hint=self.scale.keys_hint(), not_a_diagnosis=translate("Resilience", NOT_A_DIAGNOSIS), citation=self.scale.citation)
            + _english_note(self.scale))
        label.setObjectName("header_label")
        label.setWordWrap(True)
        return label

    def _items_area(self) -> QScrollArea:
        holder = QWidget()
        column = QVBoxLayout(holder)
        for item in self.items:
            column.addWidget(item)
        column.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("items_scroll")
        self.scroll.setAccessibleName(translate("Resilience", "Questions"))
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(holder)
        return self.scroll

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.back_button = QPushButton(translate("Resilience", "Back"))
        self.back_button.setObjectName("back_button")
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(lambda: self.go_to(self.current - 1))
        self.next_button = QPushButton(translate("Resilience", "Next"))
        self.next_button.setObjectName("next_button")
        self.next_button.setAutoDefault(False)
        self.next_button.clicked.connect(lambda: self.go_to(self.current + 1))
        self.save_button = QPushButton(translate("Resilience", "Save"))
        self.save_button.setObjectName("save_button")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.submit)
        cancel = QPushButton(translate("Resilience", "Cancel"))
        cancel.setObjectName("cancel_button")
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        for button in (self.back_button, self.next_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(cancel)
        row.addWidget(self.save_button)
        return row

    # -- navigation -----------------------------------------------------
    def one_at_a_time(self) -> bool:
        return not self.page_check.isChecked()

    def _show_mode(self, *_args) -> None:
        self.back_button.setVisible(self.one_at_a_time())
        self.next_button.setVisible(self.one_at_a_time())
        self.go_to(self.current)

    def go_to(self, number: int) -> None:
        self.current = max(1, min(len(self.items), number))
        for item in self.items:
            item.setVisible(not self.one_at_a_time() or item.number == self.current)
            item.setStyleSheet(CURRENT_STYLE if item.number == self.current else OTHER_STYLE)
        self.back_button.setEnabled(self.current > 1)
        self.next_button.setEnabled(self.current < len(self.items))
        self.scroll.ensureWidgetVisible(self.items[self.current - 1])

    def _on_item_answered(self, number: int) -> None:
        self.message_label.clear()
        if number == self.current and number < len(self.items):
            self.go_to(number + 1)

    def answer(self, value: int) -> None:
        """Answer the current item (as its number key does) and move on."""
        if value not in self.scale.values:
            self.message_label.setText(translate("Resilience", "Answers are {keys_hint}.").format(keys_hint=self.scale.keys_hint()))
            return
        self.items[self.current - 1].set_value(value)
        self._on_item_answered(self.current)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        key, text = event.key(), event.text()
        if text.isdigit() and len(text) == 1:
            self.answer(int(text))
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
            self.go_to(self.current + 1)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace):
            self.go_to(self.current - 1)
        else:
            super().keyPressEvent(event)

    # -- saving -----------------------------------------------------------
    def answers(self) -> list[int | None]:
        return [item.value() for item in self.items]

    def submit(self) -> None:
        answers = self.answers()
        missing = [n for n, value in enumerate(answers, start=1) if value is None]
        if missing:
            self.message_label.setText(translate("Resilience", "Please answer item {missing} before saving.").format(missing=missing[0]))
            self.go_to(missing[0])
            return
        try:
            self.saved_id = responses.save_response(self.scale.id, answers)
        except ValidationError as error:
            self.message_label.setText(str(error))
            return
        self.accept()
