"""The Strengths and good things page: strengths in the person's own words with
examples from their entries, and the weekly three good things."""

from __future__ import annotations

from PySide6.QtWidgets import (QGroupBox, QHBoxLayout, QInputDialog, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
                               QVBoxLayout, QWidget)

from resilience_desktop.core import clock
from resilience_desktop.core.errors import ValidationError
from resilience_desktop.services.insights import strengths as st
from resilience_desktop.core.i18n import month_name, translate


def _button(name: str, text: str, slot) -> QPushButton:
    button = QPushButton(translate("Resilience", text))
    button.setObjectName(name)
    button.clicked.connect(slot)
    return button



def _day_month_year(day) -> str:
    """'5 Mar 2026', the month in the interface language (QLocale)."""
    return f"{day.day} {month_name(day.month, short=True)} {day.year}"

class StrengthsPage(QWidget):
    def __init__(self, tab) -> None:
        super().__init__()
        self.tab = tab
        self.setObjectName("strengths_page")
        self.rows: list[st.StrengthRow] = []
        layout = QHBoxLayout(self)
        layout.addWidget(self._build_strengths(), 3)
        layout.addWidget(self._build_good_things(), 2)

    # -- building -----------------------------------------------------------
    def _build_strengths(self) -> QGroupBox:
        box = QGroupBox(translate("Resilience", "My strengths, in my own words"))
        self.strength_list = QListWidget()
        self.strength_list.setObjectName("strength_list")
        self.strength_list.setAccessibleName(translate("Resilience", "Strengths"))
        self.strength_list.currentRowChanged.connect(self._on_strength_list_current_row_changed)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("strength_name_edit")
        self.name_edit.setPlaceholderText(translate("Resilience", "A strength, e.g. “I keep going”"))
        self.name_edit.setAccessibleName(translate("Resilience", "Strength name"))
        self.description_edit = QPlainTextEdit()
        self.description_edit.setObjectName("strength_description_edit")
        self.description_edit.setAccessibleName(translate("Resilience", "What this strength means to me"))
        self.description_edit.setPlaceholderText(translate("Resilience", "What it looks like when you use it…"))
        self.description_edit.setMaximumHeight(80)
        self.examples_list = QListWidget()
        self.examples_list.setObjectName("examples_list")
        self.examples_list.setAccessibleName(translate("Resilience", "Examples from my entries"))
        self.examples_list.setWordWrap(True)
        self.examples_list.setSpacing(4)
        buttons = QHBoxLayout()
        for button in (_button("new_strength_button", translate("Resilience", "New"), self._on_new_strength_button_clicked),
                       _button("save_strength_button", translate("Resilience", "Save strength"),
                               self._on_save_strength_button_clicked),
                       _button("delete_strength_button", translate("Resilience", "Delete"),
                               self._on_delete_strength_button_clicked),
                       _button("add_example_button", translate("Resilience", "Add an example from my entries…"),
                               self._on_add_example_button_clicked)):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.strength_list)
        right = QVBoxLayout()
        right.addWidget(self.name_edit)
        right.addWidget(self.description_edit)
        right.addWidget(QLabel(translate("Resilience", "Examples from my entries:")))
        right.addWidget(self.examples_list, 1)
        row = QHBoxLayout()
        row.addLayout(left, 2)
        row.addLayout(right, 3)
        column = QVBoxLayout(box)
        column.addLayout(row, 1)
        column.addLayout(buttons)
        return box

    def _build_good_things(self) -> QGroupBox:
        box = QGroupBox(translate("Resilience", "Three good things this week"))
        self.good_things_status = QLabel()
        self.good_things_status.setObjectName("good_things_status")
        self.good_things_status.setWordWrap(True)
        prompt = QLabel(translate("Resilience", "What went well, and why did it happen? Saved as a journal entry "
                        "of the gratitude kind."))
        prompt.setWordWrap(True)
        self.thing_edits = []
        column = QVBoxLayout(box)
        column.addWidget(self.good_things_status)
        column.addWidget(prompt)
        for number in range(1, 4):
            edit = QLineEdit()
            edit.setObjectName(f"good_thing_{number}_edit")
            edit.setAccessibleName(translate("Resilience", "Good thing {number}").format(number=number))
            edit.setPlaceholderText(f"{number}.")
            self.thing_edits.append(edit)
            column.addWidget(edit)
        column.addWidget(_button("save_good_things_button", translate("Resilience", "Save to my journal"),
                                 self._on_save_good_things_button_clicked))
        self.page_status = QLabel()
        self.page_status.setObjectName("strengths_status")
        self.page_status.setWordWrap(True)
        column.addWidget(self.page_status)
        column.addStretch(1)
        return box

    # -- data -------------------------------------------------------------------
    def refresh(self) -> None:
        current = self.selected()
        self.rows = st.list_strengths()
        self.strength_list.blockSignals(True)
        self.strength_list.clear()
        for row in self.rows:
            self.strength_list.addItem(QListWidgetItem(f"{row.name} ({len(row.examples)})"))
        self.strength_list.blockSignals(False)
        ids = [row.id for row in self.rows]
        self.strength_list.setCurrentRow(ids.index(current.id) if current and current.id in ids
                                         else (0 if ids else -1))
        self._show_selected()
        today = clock.today()
        last = st.last_good_things(today)
        if st.good_things_due(today):
            self.good_things_status.setText(translate("Resilience", "Not written this week yet — whenever suits you."))
        else:
            self.good_things_status.setText(translate("Resilience", "Written this week ({day} {month}). You can always add more.").format(day=last.day, month=month_name(last.month, short=True)))

    def selected(self) -> st.StrengthRow | None:
        row = self.strength_list.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _show_selected(self) -> None:
        strength = self.selected()
        self.name_edit.setText(strength.name if strength else "")
        self.description_edit.setPlainText(strength.description if strength else "")
        self.examples_list.clear()
        for example in (strength.examples if strength else []):
            when = f"{_day_month_year(example.entry_date)}: " if example.entry_date else ""
            self.examples_list.addItem(f"{when}{example.excerpt or example.note}")

    def _changed(self, message: str, journal: bool = False) -> None:
        self.page_status.setText(translate("Resilience", message))
        signals = self.tab.context.signals
        (signals.journal_changed if journal else signals.insights_changed).emit()

    # -- handlers -----------------------------------------------------------------
    def _on_strength_list_current_row_changed(self, _row: int) -> None:
        self._show_selected()

    def _on_new_strength_button_clicked(self) -> None:
        self.strength_list.setCurrentRow(-1)
        self._show_selected()
        self.name_edit.setFocus()

    def _on_save_strength_button_clicked(self) -> None:
        strength = self.selected()
        try:
            st.save_strength(self.name_edit.text(), self.description_edit.toPlainText(),
                             strength.id if strength else None)
        except ValidationError as error:
            self.page_status.setText(str(error))
            return
        if strength is None:
            self.strength_list.setCurrentRow(-1)
        self._changed(translate("Resilience", "Strength saved."))
        if strength is None:
            self.strength_list.setCurrentRow(self.strength_list.count() - 1)

    def _on_delete_strength_button_clicked(self) -> None:
        strength = self.selected()
        if strength is None:
            self.page_status.setText(translate("Resilience", "Choose a strength in the list first."))
            return
        st.delete_strength(strength.id)
        self._changed(translate("Resilience", "Deleted “{name}”.").format(name=strength.name))

    def _on_add_example_button_clicked(self) -> None:
        strength = self.selected()
        if strength is None:
            self.page_status.setText(translate("Resilience", "Save the strength first, then add examples."))
            return
        suggestions = st.suggest_entries(strength)
        if not suggestions:
            self.page_status.setText(translate("Resilience", "No journal entries to pick from yet."))
            return
        labels = [f"{_day_month_year(day)}: {text}" for _id, day, text in suggestions]
        label, ok = QInputDialog.getItem(self, translate("Resilience", "Add an example"),
                                         translate("Resilience", "An entry that shows “{name}”:").format(name=strength.name), labels, 0,
                                         False)
        if ok:
            self.add_example(strength.id, suggestions[labels.index(label)][0])

    def add_example(self, strength_id: int, entry_id: int) -> None:
        try:
            st.add_example(strength_id, entry_id)
        except ValidationError as error:
            self.page_status.setText(str(error))
            return
        self._changed(translate("Resilience", "Example added."))

    def _on_save_good_things_button_clicked(self) -> None:
        try:
            st.save_three_good_things([e.text() for e in self.thing_edits], clock.today())
        except ValidationError as error:
            self.page_status.setText(str(error))
            return
        for edit in self.thing_edits:
            edit.clear()
        self._changed(translate("Resilience", "Saved to your journal as “Three good things”."), journal=True)
