"""Check boxes people can see in every theme.

Fusion outlines a check box (and the tick box of a checkable list item) in the
window colour made 40 % darker: on a dark palette that is the colour of the box's
own fill, so the box disappears (issue 19); on the light one it is 2.2:1. This
proxy style draws the outline again in the text colour mixed with the window
colour, at least 3:1 against both (WCAG 1.4.11; tests/ui/test_contrast.py)."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory

TEXT_SHARE = 0.65  # of the text colour in the outline (the rest: the window colour)
OUTLINED = {QStyle.PrimitiveElement.PE_IndicatorCheckBox,
            QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck}


def outline_colour(palette: QPalette) -> QColor:
    text = palette.color(QPalette.ColorRole.Text)
    window = palette.color(QPalette.ColorRole.Window)
    return QColor(*(round(TEXT_SHARE * a + (1 - TEXT_SHARE) * b) for a, b in
                    ((text.red(), window.red()), (text.green(), window.green()),
                     (text.blue(), window.blue()))))


class VisibleIndicatorStyle(QProxyStyle):
    """The application's style, with check-box outlines that show on any palette."""

    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # noqa: N802 (Qt API)
        super().drawPrimitive(element, option, painter, widget)
        if element not in OUTLINED or option.rect.width() < 4:
            return
        painter.save()
        painter.setRenderHint(painter.RenderHint.Antialiasing, True)
        painter.setBrush(QColor(0, 0, 0, 0))
        painter.setPen(QPen(outline_colour(option.palette), 1))
        painter.drawRoundedRect(QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2)
        painter.restore()


_installed: VisibleIndicatorStyle | None = None


def install_indicator_style(app: QApplication) -> None:
    """Wrap the application's style once (a second call changes nothing)."""
    global _installed
    if _installed is not None and app.style() is _installed:
        return
    base = QStyleFactory.create(app.style().name()) or QStyleFactory.create("Fusion")
    _installed = VisibleIndicatorStyle(base)
    app.setStyle(_installed)
