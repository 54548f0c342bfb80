"""One-tap stress ratings (0–10), always optional: before a practice and after it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QWidget
from resilience_desktop.core.i18n import translate


class StressTaps(QWidget):
    """A row of 0–10 buttons; tapping the chosen one again clears it."""

    chosen = Signal(object)  # int or None

    def __init__(self, prompt: str, name: str, parent=None, skip_text: str = "") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(translate("Resilience", prompt))
        self.value: int | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.prompt_label = QLabel(translate("Resilience", prompt))
        layout.addWidget(self.prompt_label)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        self.buttons = []
        for number in range(11):
            button = QPushButton(str(number))
            button.setObjectName(f"{name}_{number}")
            button.setAccessibleName(translate("Resilience", "Stress {number} of 10").format(number=number))
            button.setCheckable(True)
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("10") + 18)
            button.installEventFilter(self)
            self.group.addButton(button, number)
            self.buttons.append(button)
            layout.addWidget(button)
        self.group.idClicked.connect(self._on_group_id_clicked)
        self.skip_button = None
        if skip_text:
            self.skip_button = QPushButton(translate("Resilience", skip_text))
            self.skip_button.setObjectName(f"{name}_skip")
            self.skip_button.clicked.connect(lambda: self.chosen.emit(None))
            layout.addWidget(self.skip_button)
        layout.addStretch(1)
        self.setToolTip(translate("Resilience", "0 = not stressed at all, 10 = the most stressed you can imagine. "
                        "Optional."))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        """Left and Right move between the numbers, like a row of radio buttons."""
        arrows = (Qt.Key.Key_Left, Qt.Key.Key_Right)
        if event.type() == QEvent.Type.ShortcutOverride and event.key() in arrows:
            event.accept()  # the arrows belong to this row, not to a page shortcut
            return True
        if event.type() == QEvent.Type.KeyPress and watched in self.buttons:
            step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(event.key())
            if step is not None:
                index = min(10, max(0, self.buttons.index(watched) + step))
                self.buttons[index].setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)

    def _on_group_id_clicked(self, number: int) -> None:
        self.set_value(None if self.value == number else number)
        self.chosen.emit(self.value)

    def set_value(self, value: int | None) -> None:
        self.value = value
        for number, button in enumerate(self.buttons):
            button.setChecked(number == value)

    def clear(self) -> None:
        self.set_value(None)
