"""Pieces the Today tab's cards share: a card frame with a heading and a link to a tab."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout
from resilience_desktop.core.i18n import translate

# Set once on the Today page (one style sheet to parse, not one per card).
CARD_STYLE = ("QFrame[todayCard=\"true\"] { background: palette(base); border: 1px solid palette(mid); border-radius: 8px; }")


def set_shown(widget, shown: bool) -> None:
    """setVisible only on a change (each call relayouts the card)."""
    parent = widget.parentWidget()
    if parent is None or widget.isVisibleTo(parent) != shown:
        widget.setVisible(shown)


def text_label(text: str = "", name: str = "", muted: bool = False) -> QLabel:
    label = QLabel(translate("Resilience", text))
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    if name:
        label.setObjectName(name)
    if muted:
        label.setStyleSheet("color: palette(placeholder-text);")
    return label


class TodayCard(QFrame):
    """A titled card; ``link_clicked`` asks for the tab named by ``tab``."""

    link_clicked = Signal(str)

    def __init__(self, name: str, title: str, tab: str = "", link_text: str = "",
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(translate("Resilience", title))
        self.setProperty("todayCard", True)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(14, 10, 14, 12)
        self.body.setSpacing(6)
        header = QHBoxLayout()
        self.title_label = QLabel(f"<b>{title}</b>")
        self.title_label.setObjectName(f"{name}_title")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title_label.setFont(font)
        header.addWidget(self.title_label, 1)
        self.link_button = None
        if tab:
            self.link_button = QPushButton(translate("Resilience", link_text) or translate("Resilience", "Open {tab} →").format(tab=tab))
            self.link_button.setObjectName(f"{name}_link")
            self.link_button.setAccessibleName(translate("Resilience", link_text) or translate("Resilience", "Open the {tab} tab").format(tab=tab))
            self.link_button.setFlat(True)
            self.link_button.setCursor(Qt.CursorShape.PointingHandCursor)
            self.link_button.clicked.connect(lambda: self.link_clicked.emit(tab))
            header.addWidget(self.link_button)
        self.body.addLayout(header)
