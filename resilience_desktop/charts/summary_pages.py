"""Pagination of the summary PDF (QtGui only): a running header (the period) and
"Page n of m" on every page, and no section heading left at a page bottom with its
content on the next page (the heading moves to the next page with it)."""

from __future__ import annotations

from resilience_desktop.core.i18n import translate

RESOLUTION = 96  # layout in screen-like pixels: text stays vector, images keep their pixels
MARGIN = 0.55 * RESOLUTION  # ~14 mm
BAND = 0.35 * RESOLUTION  # room for the header and the footer lines


def _sections(document):
    """[(heading block, [following blocks up to the next heading])] for h2 headings."""
    sections, block = [], document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() == 2:
            sections.append((block, []))
        elif sections:
            sections[-1][1].append(block)
        block = block.next()
    return sections


def _span_end(layout, blocks, page_height: float):
    """The block the heading must share a page with: the section's first image, or its
    end, or (when that is taller than a page) just the next block."""
    for block in blocks:
        if block.text().strip() == "\ufffc":  # an image (object replacement character)
            return block
    end = blocks[-1] if blocks else None
    if end is not None and (layout.blockBoundingRect(end).bottom()
                            - layout.blockBoundingRect(blocks[0]).top()) > page_height * 0.8:
        return blocks[0]
    return end


def keep_headings_with_content(document, page_height: float) -> None:
    from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextFormat

    layout = document.documentLayout()
    for heading, blocks in _sections(document):
        end = _span_end(layout, blocks, page_height)
        if end is None:
            continue
        top = layout.blockBoundingRect(heading).top()
        bottom = layout.blockBoundingRect(end).bottom()
        if int(top // page_height) != int((bottom - 1) // page_height):
            page_break = QTextBlockFormat()
            page_break.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            QTextCursor(heading).mergeBlockFormat(page_break)


def paint_pages(document, writer, header: str) -> None:
    from PySide6.QtCore import QRectF, QSizeF, Qt
    from PySide6.QtGui import QFont, QPainter

    writer.setResolution(RESOLUTION)
    width, height = writer.width(), writer.height()
    body = QSizeF(width - 2 * MARGIN, height - 2 * MARGIN - 2 * BAND)
    document.documentLayout().setPaintDevice(writer)
    document.setPageSize(body)
    keep_headings_with_content(document, body.height())
    # A page break set above re-lays the document out lazily, from the changed block on,
    # and stopped short of the last section (its blocks had no height and were not
    # painted): setting the page size again lays the whole document out at once.
    document.setPageSize(QSizeF(body))
    pages = document.pageCount()
    painter = QPainter(writer)
    small = QFont(document.defaultFont())
    small.setPointSizeF(8.5)
    for index in range(pages):
        if index:
            writer.newPage()
        painter.setFont(small)
        top_band = QRectF(MARGIN, MARGIN, body.width(), BAND)
        painter.drawText(top_band, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, header)
        bottom_band = QRectF(MARGIN, height - MARGIN - BAND, body.width(), BAND)
        painter.drawText(bottom_band, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                         translate("Resilience", "Page {page} of {pages}").format(
                             page=index + 1, pages=pages))
        painter.save()
        painter.translate(MARGIN, MARGIN + BAND - index * body.height())
        document.drawContents(painter, QRectF(0, index * body.height(), body.width(),
                                              body.height()))
        painter.restore()
    painter.end()
