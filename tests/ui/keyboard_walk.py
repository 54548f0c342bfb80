"""Walk a window's focus chain with the Tab key alone, as a keyboard user would.

``walk(start)`` presses Tab from ``start`` and collects ``focusWidget()``
until focus comes back to ``start`` (a full cycle), repeats a widget before
that (a trap: Tab keeps focus inside a table or a cycle that excludes the
rest), or stops moving.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (QAbstractButton, QApplication, QLabel, QPushButton, QTabBar,
                               QToolButton, QWidget)

MAX_STEPS = 300
#: Tab may stay in one widget for a few presses (a date edit steps through its
#: day, month and year sections first); more than this is a trap (a table's cells).
MAX_STEPS_IN_ONE_WIDGET = 6


@dataclass
class Walk:
    chain: list = field(default_factory=list)  # widgets in the order Tab reached them
    trap: QWidget | None = None  # where focus got stuck or looped, if it did

    def reached(self, widget: QWidget) -> bool:
        return any(w is widget for w in self.chain)


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def walk(start: QWidget, steps: int = MAX_STEPS) -> Walk:
    start.setFocus(Qt.FocusReason.TabFocusReason)
    _settle()
    result = Walk([QApplication.focusWidget() or start])
    first, stayed = result.chain[0], 0
    for _ in range(steps):
        current = QApplication.focusWidget()
        QTest.keyClick(current, Qt.Key.Key_Tab)
        _settle()
        focused = QApplication.focusWidget()
        stayed = stayed + 1 if focused is current else 0
        if focused is current and stayed <= MAX_STEPS_IN_ONE_WIDGET:
            continue  # still stepping through this widget's sections
        if focused is first:
            return result  # a full cycle (or a dialog with a single control)
        if focused is None or any(w is focused for w in result.chain):
            result.trap = focused or current
            return result
        result.chain.append(focused)
    result.trap = QApplication.focusWidget()
    return result


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader gets: set explicitly, from a buddy label, or a
    button's, tab's or link label's own text. (A combo box's current value is
    not a name, even though Qt offers it as one on Linux.)"""
    if widget.accessibleName():
        return widget.accessibleName()
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget and label.text():
            return QTextDocumentFragment.fromHtml(label.text()).toPlainText().replace("&", "")
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "").strip()
    if isinstance(widget, QTabBar):
        return widget.tabText(widget.currentIndex()).replace("&", "")
    if isinstance(widget, QLabel):
        return QTextDocumentFragment.fromHtml(widget.text()).toPlainText().strip()
    return ""


def actions_in(root: QWidget) -> list[QWidget]:
    """Every enabled push or tool button, and every label with links, a person can see."""
    shown = [w for w in root.findChildren(QWidget) if w.isVisible() and w.isEnabled()]
    buttons = [w for w in shown if isinstance(w, (QPushButton, QToolButton))]
    links = [w for w in shown if isinstance(w, QLabel) and "<a " in w.text()]
    return buttons + links


def unreached(walked: Walk, root: QWidget) -> list[QWidget]:
    """Actions in root that Tab never reached. A row of buttons in one QButtonGroup
    is one stop (arrow keys move inside it, as in a radio group)."""
    missing = []
    for widget in actions_in(root):
        group = widget.group() if isinstance(widget, QAbstractButton) else None
        members = group.buttons() if group is not None else [widget]
        if not any(walked.reached(member) for member in members):
            missing.append(widget)
    return missing


def describe(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    label = accessible_name(widget) or "(no name)"
    return f"{type(widget).__name__} '{widget.objectName()}' {label!r}"
