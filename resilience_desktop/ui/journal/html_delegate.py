"""HtmlItemDelegate: paints a list row from its HTML_ROLE rich text.

Rows never wrap: a line wider than the list is cut at a word boundary and
ends with "…" (formatting, e.g. search marks, is kept)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import (QAbstractTextDocumentLayout, QFontMetricsF, QPalette, QTextCursor,
                           QTextDocument, QTextLine, QTextOption)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from resilience_desktop.ui.journal.entry_list_model import HTML_ROLE

DOCUMENT_MARGIN = 4
ELLIPSIS = "…"
LINE_SEPARATOR = "\u2028"


class HtmlItemDelegate(QStyledItemDelegate):
    def _document(self, option, index) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(DOCUMENT_MARGIN)
        option_no_wrap = QTextOption()
        option_no_wrap.setWrapMode(QTextOption.WrapMode.NoWrap)
        document.setDefaultTextOption(option_no_wrap)
        document.setHtml(index.data(HTML_ROLE) or "")
        document.setTextWidth(max(50, option.rect.width()))
        elide_lines(document, option.rect.width() - 2 * DOCUMENT_MARGIN)
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


def elide_lines(document: QTextDocument, width: float) -> None:
    """Cut every laid-out line wider than width at a word boundary and end it with "…"."""
    document.documentLayout()  # make sure the text is laid out
    ellipsis_width = QFontMetricsF(document.defaultFont()).horizontalAdvance(ELLIPSIS) + 2
    cuts = []  # (start, end) document positions to replace by "…"
    block = document.begin()
    while block.isValid():
        layout, text = block.layout(), block.text()
        for number in range(layout.lineCount()):
            line = layout.lineAt(number)
            if line.naturalTextWidth() <= width:
                continue
            end = line.textStart() + line.textLength()
            if end > line.textStart() and text[end - 1:end] == LINE_SEPARATOR:
                end -= 1
            fit = line.xToCursor(max(0.0, width - ellipsis_width),
                                 QTextLine.CursorPosition.CursorBetweenCharacters)
            fit = max(line.textStart(), min(fit, end))
            space = text.rfind(" ", line.textStart(), fit + 1)
            cut = space if space > line.textStart() else fit
            while cut > line.textStart() and text[cut - 1] in " ,;:.-—":
                cut -= 1
            cuts.append((block.position() + cut, block.position() + end))
        block = block.next()
    for start, end in reversed(cuts):
        cursor = QTextCursor(document)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(ELLIPSIS)
