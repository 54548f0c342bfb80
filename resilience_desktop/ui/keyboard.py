"""Keyboard defaults every widget of the app gets, wherever it is built.

Applied once per widget when Qt polishes it (see ``AppKeyboardFilter`` in
ui/app_keyboard.py), so tabs and dialogs written later are
covered without remembering:

- tables, trees and lists never keep Tab: it moves on to the next control
  (arrow keys still move between cells), so a table is no keyboard trap;
- text boxes never swallow Tab: it moves on (a tab character is rarely what
  a person means in a form or a journal entry);
- a tab bar with keyboard focus shows it plainly: a 2 px frame is drawn
  round the current tab and its title turns the highlight colour (the
  style's own focus mark is faint or missing), in light and dark themes;
- a tab bar tells screen readers when its current tab changes: its accessible
  name is the current tab's title, and without a NameChanged event Orca kept
  announcing the tab shown before ("Calm" while Journal showed).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAccessible, QAccessibleEvent, QColor, QPainter, QPen
from PySide6.QtWidgets import QAbstractItemView, QPlainTextEdit, QTabBar, QTextEdit


def apply_keyboard_defaults(widget) -> None:
    """Called for every widget when Qt polishes it."""
    if isinstance(widget, QAbstractItemView):
        widget.setTabKeyNavigation(False)
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
        widget.setTabChangesFocus(True)
    elif isinstance(widget, QTabBar):
        widget.currentChanged.connect(lambda _index, bar=widget: mark_focused_tab(bar))
        widget.currentChanged.connect(lambda _index, bar=widget: announce_current_tab(bar))
        widget.installEventFilter(_TabFocusFrame(widget))


def announce_current_tab(bar: QTabBar) -> None:
    """Tell assistive technology the tab list's name (its current tab) changed."""
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleEvent(bar, QAccessible.Event.NameChanged))


def focus_colour(bar: QTabBar) -> QColor:
    """The highlight, readable on either theme: darker on light windows, lighter on dark."""
    palette = bar.palette()
    highlight = palette.highlight().color()
    dark_window = palette.window().color().lightness() < 128
    return highlight.lighter(160) if dark_window else highlight.darker(160)


def mark_focused_tab(bar: QTabBar) -> None:
    """Colour the current tab's title while the bar has focus (called on focus
    changes by the app's event filter, and when the current tab changes)."""
    focused = bar.hasFocus()
    highlight = focus_colour(bar)
    for index in range(bar.count()):
        marked = focused and index == bar.currentIndex()
        bar.setTabTextColor(index, highlight if marked else QColor())
    bar.update()  # the focus frame comes and goes with focus


class _TabFocusFrame(QObject):
    """Draws the focus frame round a focused tab bar's current tab, on top of the
    style's own painting (QTabBar is built inside QTabWidget, so no subclass)."""

    def eventFilter(self, bar, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() != QEvent.Type.Paint or not bar.hasFocus() or bar.currentIndex() < 0:
            return False
        bar.event(event)  # the style paints the tabs first
        painter = QPainter(bar)
        painter.setPen(QPen(focus_colour(bar), 2))
        painter.drawRect(bar.tabRect(bar.currentIndex()).adjusted(2, 2, -2, -2))
        painter.end()
        return True
