"""Pieces the Today tab's cards share: a card frame with a heading and a link to a tab."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout
from resilience_desktop.core.i18n import translate

# No style sheets on Today (the tab shown at most starts): one on the page made every
# widget of it go through Qt's style-sheet style, ~35 ms of the start (docs/performance.md).
# Cards paint their own rounded box in the palette's base and mid colours instead, and
# muted text uses the palette's placeholder colour as its foreground role.
CARD_RADIUS = 8


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
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
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
        self.setContentsMargins(1, 1, 1, 1)  # the 1 px border painted below
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

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """The card: a rounded box in the palette's base colour, a 1 px mid-colour edge."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        palette = self.palette()
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5),
                                CARD_RADIUS, CARD_RADIUS)
        painter.end()
