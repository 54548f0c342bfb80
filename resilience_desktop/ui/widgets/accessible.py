"""Names for assistive technology: every control a person can reach says what it is."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget
from resilience_desktop.core.i18n import translate


def named(widget: QWidget, name: str, description: str = "") -> QWidget:
    """Give widget the name a screen reader announces (and an optional description)."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(translate("Resilience", description))
    return widget


def label_for(text: str, widget: QWidget) -> QLabel:
    """A visible label linked to widget (its buddy: Alt+mnemonic focuses widget)."""
    label = QLabel(translate("Resilience", text))
    label.setBuddy(widget)
    if not widget.accessibleName():
        widget.setAccessibleName(text.replace("&", "").rstrip(": "))
    return label
