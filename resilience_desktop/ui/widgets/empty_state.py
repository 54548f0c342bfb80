"""A friendly centred message for a tab (or panel) with nothing in it yet."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _centred_label(text: str, object_name: str) -> QLabel:
    # Centred through rich text rather than Qt.AlignmentFlag: this panel is on
    # the start-up path, and first touching the Qt namespace costs ~40 ms.
    label = QLabel(f'<p align="center">{_escape(text)}</p>')
    label.setObjectName(object_name)
    label.setWordWrap(True)
    return label


class EmptyStatePanel(QWidget):
    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("empty_state_panel")
        heading = _centred_label(title, "empty_state_title")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        body = _centred_label(text, "empty_state_text")
        body.setMinimumWidth(420)
        body.setMaximumWidth(560)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(body)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(heading)
        layout.addLayout(row)
        layout.addStretch(2)
