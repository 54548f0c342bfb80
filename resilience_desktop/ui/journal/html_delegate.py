"""HtmlItemDelegate: paints a list row from its HTML_ROLE rich text."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument, QTextOption
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from resilience_desktop.ui.journal.entry_list_model import HTML_ROLE


class HtmlItemDelegate(QStyledItemDelegate):
    def _document(self, option, index) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(4)
        option_no_wrap = QTextOption()
        option_no_wrap.setWrapMode(QTextOption.WrapMode.NoWrap)
        document.setDefaultTextOption(option_no_wrap)
        document.setHtml(index.data(HTML_ROLE) or "")
        document.setTextWidth(max(50, option.rect.width()))
        return document

    def paint(self, painter, option, index) -> None:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        options.text = ""
        style = options.widget.style() if options.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, options, painter,
                              options.widget)
        document = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(QPalette.ColorRole.Text,
                                     option.palette.color(QPalette.ColorRole.HighlightedText))
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(option.rect.translated(-option.rect.topLeft()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        """Every row (month headers too) is two lines high: uniform sizes keep
        long lists fast."""
        line = option.fontMetrics.height()
        return QSize(option.rect.width(), 2 * line + 14)
