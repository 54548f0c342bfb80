"""LookingBackPanel: the due "Looking back" card for a hard time, and the
"On this day" line (entries from this date in earlier years)."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from resilience_desktop.services.journal import followups
from resilience_desktop.ui.widgets.text import shorten


class LookingBackPanel(QWidget):
    answer_requested = Signal(object)  # FollowUp
    entry_chosen = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._cards: list[followups.FollowUp] = []
        self._hidden: set[tuple[int, str]] = set()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.card_frame = QFrame()
        self.card_frame.setObjectName("card_frame")
        self.card_frame.setStyleSheet("QFrame#card_frame { background: #eef6f8;"
                                      " border: 1px solid #9cc7d3; border-radius: 6px; }")
        card = QHBoxLayout(self.card_frame)
        self.card_label = QLabel()
        self.card_label.setObjectName("card_label")
        self.card_label.setWordWrap(True)
        self.answer_button = QPushButton("Write a reflection")
        self.answer_button.setObjectName("answer_button")
        self.later_button = QPushButton("Not now")
        self.later_button.setObjectName("later_button")
        card.addWidget(self.card_label, 1)
        card.addWidget(self.answer_button)
        card.addWidget(self.later_button)
        layout.addWidget(self.card_frame)
        self.on_this_day_label = QLabel()
        self.on_this_day_label.setObjectName("on_this_day_label")
        self.on_this_day_label.setWordWrap(True)
        self.on_this_day_label.linkActivated.connect(self._on_on_this_day_label_link)
        layout.addWidget(self.on_this_day_label)
        self.answer_button.clicked.connect(self._on_answer_button_clicked)
        self.later_button.clicked.connect(self._on_later_button_clicked)

    def refresh(self) -> None:
        self._cards = [c for c in followups.due_follow_ups()
                       if (c.entry_id, c.stage) not in self._hidden]
        self.card_frame.setVisible(bool(self._cards))
        if self._cards:
            card = self._cards[0]
            what = html.escape(card.title or shorten(card.preview, 80))
            self.card_label.setText(
                f"<b>{card.heading}</b> ({card.entry_date:%d %b %Y}: <i>{what}</i>)<br>"
                f"{followups.FOLLOW_UP_QUESTIONS}")
        entries = followups.on_this_day()
        self.on_this_day_label.setVisible(bool(entries))
        links = " · ".join(
            f"<a href='{e.id}'>{e.entry_date.year}: "
            f"{html.escape(e.title or shorten(e.preview, 40) or 'untitled')}</a>" for e in entries)
        self.on_this_day_label.setText(f"<b>On this day:</b> {links}")

    def _on_answer_button_clicked(self) -> None:
        if self._cards:
            self.answer_requested.emit(self._cards[0])

    def _on_later_button_clicked(self) -> None:
        if self._cards:
            self._hidden.add((self._cards[0].entry_id, self._cards[0].stage))
            self.refresh()

    def _on_on_this_day_label_link(self, link: str) -> None:
        self.entry_chosen.emit(int(link))
