"""EmotionPickerPanel: the vocabulary as checkable words, the mood
quadrant's words first (all reachable), definitions as tooltips, and a box
to add one's own word."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QHBoxLayout, QLineEdit, QListView, QListWidget,
                               QListWidgetItem, QPushButton, QVBoxLayout, QWidget)

from resilience_desktop.charts.plots.style import QUADRANT_COLOURS
from resilience_desktop.core.errors import ValidationError
from resilience_desktop.services.journal import emotions
from resilience_desktop.core.i18n import translate


class EmotionPickerPanel(QWidget):
    changed = Signal()
    problem = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.word_list = QListWidget()
        self.word_list.setObjectName("word_list")
        self.word_list.setFlow(QListView.Flow.LeftToRight)
        self.word_list.setWrapping(True)
        self.word_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.word_list.setSpacing(0)
        self.word_list.setToolTip(translate("Resilience", "Tick the words that fit; hover a word for its meaning."))
        self.word_list.setAccessibleName(translate("Resilience", "Name the feeling: emotion words"))
        self.word_list.setAccessibleDescription(translate("Resilience", "Arrow keys move, Space ticks a word"))
        layout.addWidget(self.word_list, 1)
        row = QHBoxLayout()
        self.own_word_edit = QLineEdit()
        self.own_word_edit.setObjectName("own_word_edit")
        self.own_word_edit.setPlaceholderText(translate("Resilience", "Your own word…"))
        self.own_word_edit.setAccessibleName(translate("Resilience", "Your own emotion word"))
        self.add_word_button = QPushButton(translate("Resilience", "Add"))
        self.add_word_button.setAccessibleName(translate("Resilience", "Add your own emotion word"))
        self.add_word_button.setObjectName("add_word_button")
        row.addWidget(self.own_word_edit, 1)
        row.addWidget(self.add_word_button)
        layout.addLayout(row)
        self._quadrant: str | None = None
        self._checked: list[str] = []
        self._filling = False
        self.word_list.itemChanged.connect(self._on_word_list_item_changed)
        self.add_word_button.clicked.connect(self._on_add_word_button_clicked)
        self.own_word_edit.returnPressed.connect(self._on_add_word_button_clicked)
        self._fill()

    def set_quadrant(self, quadrant: str | None) -> None:
        if quadrant != self._quadrant:
            self._quadrant = quadrant
            self._fill()

    def checked_words(self) -> list[str]:
        return list(self._checked)

    def set_checked_words(self, words: list[str]) -> None:
        self._checked = list(dict.fromkeys(words))
        self._fill()

    def words_in_order(self) -> list[str]:
        return [self.word_list.item(i).text() for i in range(self.word_list.count())]

    def _fill(self) -> None:
        self._filling = True
        self.word_list.clear()
        ordered = emotions.ordered_for_quadrant(self._quadrant)
        known = {e.word for e in ordered}
        extra = [emotions.Emotion(w, emotions.NEUTRAL, "", True) for w in self._checked
                 if w not in known]
        for emotion in ordered + extra:
            item = QListWidgetItem(emotion.word)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if emotion.word in self._checked
                               else Qt.CheckState.Unchecked)
            definition = emotion.definition or translate("Resilience", "your own word")
            item.setToolTip(f"{emotion.word}: {definition}")
            colour = QColor(QUADRANT_COLOURS.get(emotion.quadrant, "#9e9e9e"))
            colour.setAlpha(60 if emotion.quadrant == self._quadrant else 28)
            item.setBackground(colour)
            self.word_list.addItem(item)
        self._set_grid_size()
        self._filling = False

    def _set_grid_size(self) -> None:
        """Columns as wide as the longest word plus its tick box, with air around."""
        metrics = self.word_list.fontMetrics()
        words = self.words_in_order() or ["word"]
        widest = max(metrics.horizontalAdvance(word) for word in words)
        self.word_list.setGridSize(QSize(widest + 40, metrics.height() + 12))

    def _on_word_list_item_changed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        word = item.text()
        if item.checkState() == Qt.CheckState.Checked and word not in self._checked:
            self._checked.append(word)
        elif item.checkState() != Qt.CheckState.Checked and word in self._checked:
            self._checked.remove(word)
        self.changed.emit()

    def _on_add_word_button_clicked(self) -> None:
        try:
            emotion = emotions.add_custom_word(self.own_word_edit.text(),
                                               self._quadrant or emotions.NEUTRAL)
        except ValidationError as error:
            self.problem.emit(str(error))
            return
        self.own_word_edit.clear()
        if emotion.word not in self._checked:
            self._checked.append(emotion.word)
        self._fill()
        self.changed.emit()


