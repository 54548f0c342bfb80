"""Keyboard defaults every widget of the app gets, wherever it is built.

Applied once per widget when Qt polishes it (see ``AppKeyboardFilter`` in
ui/support/help_lines_dialog.py), so tabs and dialogs written later are
covered without remembering:

- tables, trees and lists never keep Tab: it moves on to the next control
  (arrow keys still move between cells), so a table is no keyboard trap;
- text boxes never swallow Tab: it moves on (a tab character is rarely what
  a person means in a form or a journal entry);
- a tab bar with keyboard focus shows it plainly: the current tab's title
  turns the highlight colour (the style's own focus frame is faint);
- a tab bar tells screen readers when its current tab changes: its accessible
  name is the current tab's title, and without a NameChanged event Orca kept
  announcing the tab shown before ("Calm" while Journal showed).
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleEvent, QColor
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


def announce_current_tab(bar: QTabBar) -> None:
    """Tell assistive technology the tab list's name (its current tab) changed."""
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleEvent(bar, QAccessible.Event.NameChanged))


def mark_focused_tab(bar: QTabBar) -> None:
    """Colour the current tab's title while the bar has focus (called on focus
    changes by the app's event filter, and when the current tab changes)."""
    focused = bar.hasFocus()
    palette = bar.palette()
    highlight = palette.highlight().color()
    # Readable on either theme: a darker accent on light windows, a lighter one on dark.
    dark_window = palette.window().color().lightness() < 128
    highlight = highlight.lighter(160) if dark_window else highlight.darker(160)
    for index in range(bar.count()):
        marked = focused and index == bar.currentIndex()
        bar.setTabTextColor(index, highlight if marked else QColor())
