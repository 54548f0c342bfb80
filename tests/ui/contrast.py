"""Measure what a person sees: the WCAG contrast of every visible text, check-box
indicator and chart text in a window (issue 19 part 2).

``window_findings(window, screen)`` grabs the window as drawn and returns a
``Finding`` for every text below 4.5:1 (WCAG AA) and every check-box indicator
below 3:1 (WCAG 1.4.11, non-text contrast):

- the background is measured: the most common colour of the pixels under the text
  (so palettes, style sheets, card frames and item backgrounds all count);
- the text colours are those Qt is asked to paint (the widget's palette after its
  style sheet, and each colour of its rich text, links included) together with
  every colour actually drawn that none of those explains (a link that kept the
  old theme's blue); text that draws nothing at all reads as 1:1;
- a check-box indicator (QCheckBox, or a checkable item in a list) is its most
  contrasting pixel against the background around it;
- chart text: every visible matplotlib Text of a shown ChartCanvas, its colour
  (alpha blended) against the figure pixels under it;
- text in list, table and tree rows: each visible cell's colour (the model's
  ForegroundRole, else the palette's Text, HighlightedText when selected) against the
  pixels of its cell (alternating rows, selection and item backgrounds all count).

The colour arithmetic (WCAG ratio, background and inks of a patch of pixels) is
in tests/ui/pixel_colours.py.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QBrush, QColor, QPalette, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QCheckBox, QLabel,
                               QPushButton, QRadioButton, QStyle, QStyleOptionButton,
                               QStyleOptionViewItem, QToolButton, QWidget)

from tests.ui.pixel_colours import (INDICATOR_MINIMUM, TEXT_MINIMUM, Finding, background_of,
                                    blend, drawn_colours, hex_of, image_array, ratio,
                                    same_direction)


def expected_text_colours(widget: QWidget) -> list[tuple[QColor, str]]:
    """The colours Qt paints the widget's text in, each with a sample of its text."""
    palette = widget.palette()
    plain = palette.color(widget.foregroundRole())
    if isinstance(widget, QPushButton | QToolButton):
        plain = palette.color(QPalette.ColorRole.ButtonText)
    text = widget.text()
    if not isinstance(widget, QLabel) or not (
            widget.textFormat() == Qt.TextFormat.RichText
            or (widget.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text))):
        return [(plain, text.replace("&", "")[:40])]
    document = QTextDocument()
    document.setHtml(text)
    found: dict[str, tuple[QColor, str]] = {}
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            words = fragment.text().strip()
            if words:
                char_format = fragment.charFormat()
                if char_format.isAnchor() and not char_format.hasProperty(
                        char_format.Property.ForegroundBrush):
                    colour = palette.color(QPalette.ColorRole.Link)
                elif char_format.hasProperty(char_format.Property.ForegroundBrush):
                    colour = char_format.foreground().color()
                    if char_format.isAnchor() and colour == QColor("#0000ff"):
                        colour = palette.color(QPalette.ColorRole.Link)  # Qt's default link
                else:
                    colour = plain
                found.setdefault(colour.name(QColor.NameFormat.HexArgb), (colour, words[:40]))
            fragments += 1
        block = block.next()
    return list(found.values())


def _text_rect(widget: QWidget) -> QRect:
    if isinstance(widget, QCheckBox | QRadioButton):
        element = (QStyle.SubElement.SE_CheckBoxContents if isinstance(widget, QCheckBox)
                   else QStyle.SubElement.SE_RadioButtonContents)
        return widget.style().subElementRect(element, _button_option(widget), widget)
    if isinstance(widget, QPushButton | QToolButton):
        inner = widget.rect().adjusted(3, 3, -3, -3)
        if isinstance(widget, QPushButton) and widget.isFlat():
            return inner  # no bevel: the text may sit anywhere (links)
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextShowMnemonic
        text = widget.fontMetrics().boundingRect(inner, flags, widget.text())
        if not widget.icon().isNull() and widget.iconSize().width() > 0:
            # icon, a gap, then the text, centred together (the platform theme of a real
            # X11 session gives dialog buttons icons): the text sits right of the icon
            text.translate((widget.iconSize().width() + 4) // 2, 0)
        return text.adjusted(-4, 0, 4, 0).intersected(inner)  # air: "1" is mostly ink
    return widget.contentsRect()


def _button_option(widget) -> QStyleOptionButton:
    option = QStyleOptionButton()
    option.initFrom(widget)
    option.text = widget.text()
    option.icon = widget.icon()
    option.iconSize = widget.iconSize()
    return option


def _window_rect(widget: QWidget, rect: QRect, window: QWidget) -> QRect:
    """rect (in widget's coordinates) in window's, clipped by every parent (scroll areas)."""
    shown = rect.translated(widget.mapTo(window, QPoint(0, 0)))
    parent = widget
    while parent is not None and parent is not window:
        shown = shown.intersected(parent.rect().translated(parent.mapTo(window, QPoint(0, 0))))
        parent = parent.parentWidget()
    return shown


def _crop(image: np.ndarray, rect: QRect) -> np.ndarray:
    top, left = max(rect.top(), 0), max(rect.left(), 0)
    return image[top:rect.bottom() + 1, left:rect.right() + 1]


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__} '{widget.objectName()}'"


def _text_findings(widget, screen, image, window) -> list[Finding]:
    rect = _window_rect(widget, _text_rect(widget), window)
    pixels = _crop(image, rect)
    if pixels.size == 0:
        return []
    background = background_of(pixels)
    expected = [(blend(colour, background), sample)
                for colour, sample in expected_text_colours(widget)]
    drawn = drawn_colours(pixels, background)
    if not drawn:  # text that draws nothing: invisible, whatever the palette says
        return [Finding(screen, _name(widget), expected[0][1], hex_of(expected[0][0]),
                        hex_of(background), 1.0)]
    colours = list(expected)
    if _has_bevel(widget):
        drawn = []  # a button face's gradient is not text: its palette colour is measured
    for colour in drawn:
        if not any(same_direction(colour, want, background) for want, _ in expected):
            colours.append((colour, f"{expected[0][1]} (drawn)"))
    return [Finding(screen, _name(widget), sample, hex_of(colour), hex_of(background),
                    ratio(colour, background))
            for colour, sample in colours if ratio(colour, background) < TEXT_MINIMUM]


def _has_bevel(widget: QWidget) -> bool:
    if isinstance(widget, QPushButton):
        return not widget.isFlat()
    return isinstance(widget, QToolButton) and not widget.autoRaise()


def _indicator_finding(widget: QCheckBox, screen, image, window) -> list[Finding]:
    option = _button_option(widget)
    box = widget.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, widget)
    around = _crop(image, _window_rect(widget, _text_rect(widget), window))
    return _box_finding(_crop(image, _window_rect(widget, box, window)), around, screen,
                        _name(widget), widget.text().replace("&", ""))


def _box_finding(box, around, screen, name, what) -> list[Finding]:
    if box.size == 0 or around.size == 0:
        return [Finding(screen, name, f"{what} (no check box)", "-", "-", 1.0)]
    background = background_of(around)
    flat = box.reshape(-1, 3)
    ratios = [ratio(pixel, background) for pixel in np.unique(flat, axis=0)]
    best = int(np.argmax(ratios))
    if ratios[best] >= INDICATOR_MINIMUM:
        return []
    return [Finding(screen, name, f"{what} (check box)", hex_of(np.unique(flat, axis=0)[best]),
                    hex_of(background), ratios[best])]


def _item_indicator_findings(view: QAbstractItemView, screen, image, window) -> list[Finding]:
    model, found = view.model(), []
    if model is None:
        return found
    viewport = view.viewport()
    for row in range(min(model.rowCount(), 200)):
        index = model.index(row, 0)
        if not (model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable):
            continue
        rect = view.visualRect(index)
        if not viewport.rect().intersects(rect):
            continue
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.rect = rect
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        box = view.style().subElementRect(
            QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view)
        around = rect.adjusted(0, 0, 0, 0)
        found += _box_finding(_crop(image, _window_rect(viewport, box, window)),
                              _crop(image, _window_rect(viewport, around, window)), screen,
                              _name(view), str(model.data(index)))
        if found:
            return found  # one row tells: the rest look the same
    return found


#: Enough rows and columns to see every kind of row a view draws, few enough to stay quick.
ROWS_MEASURED, COLUMNS_MEASURED = 40, 12


def _cell_colour(view: QAbstractItemView, index) -> QColor:
    """The colour Qt paints a cell's text in: the model's ForegroundRole, else the palette's."""
    wanted = index.data(Qt.ItemDataRole.ForegroundRole)
    if isinstance(wanted, QBrush):
        return wanted.color()
    if isinstance(wanted, QColor):
        return wanted
    selection = view.selectionModel()
    selected = selection is not None and selection.isSelected(index)
    role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
    return view.palette().color(role)


def _column_count(model) -> int:
    try:
        return model.columnCount()
    except TypeError:  # a list model (QListWidget's) keeps columnCount private: one column
        return 1


def _item_text_findings(view: QAbstractItemView, screen, image, window) -> list[Finding]:
    """Each visible cell's text colour against the pixels of its cell (one finding a view)."""
    model = view.model()
    if model is None:
        return []
    viewport = view.viewport()
    for row in range(min(model.rowCount(), ROWS_MEASURED)):
        for column in range(min(_column_count(model), COLUMNS_MEASURED)):
            index = model.index(row, column)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            rect = view.visualRect(index)
            if (not isinstance(text, str) or not text.strip() or rect.isEmpty()
                    or not viewport.rect().contains(rect.center())):
                continue
            pixels = _crop(image, _window_rect(viewport, rect.adjusted(1, 1, -1, -1), window))
            if pixels.size == 0:
                continue
            background = background_of(pixels)
            colour = blend(_cell_colour(view, index), background)
            value = ratio(colour, background)
            if value < TEXT_MINIMUM:
                return [Finding(screen, f"{_name(view)} row {row + 1}", text[:40],
                                hex_of(colour), hex_of(background), value)]
    return []


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and not _window_rect(widget, widget.rect(), widget.window()).isEmpty()


def widget_findings(window: QWidget, screen: str) -> list[Finding]:
    """Every text and check box of window below its minimum, as drawn now."""
    focused = window.focusWidget()
    if focused is not None:
        focused.clearFocus()  # a focus frame is not text
    image = image_array(window.grab().toImage())
    found: list[Finding] = []
    for widget in window.findChildren(QWidget):
        if not _shown(widget) or not widget.isEnabled():
            continue  # disabled controls are exempt (WCAG 1.4.3)
        if isinstance(widget, QLabel | QAbstractButton) and widget.text().strip():
            found += _text_findings(widget, screen, image, window)
        if isinstance(widget, QCheckBox):
            found += _indicator_finding(widget, screen, image, window)
        if isinstance(widget, QAbstractItemView):
            found += _item_indicator_findings(widget, screen, image, window)
            found += _item_text_findings(widget, screen, image, window)
    return found


def chart_findings(window: QWidget, screen: str) -> list[Finding]:
    """Every visible chart text below 4.5:1 against the figure pixels under it."""
    from matplotlib.colors import to_rgba
    from matplotlib.text import Text

    from resilience_desktop.charts.canvas import ChartCanvas

    found = []
    for canvas in window.findChildren(ChartCanvas):
        if not _shown(canvas):
            continue
        canvas.draw_now()
        renderer = canvas.figure.canvas.get_renderer()
        pixels = np.asarray(canvas.figure.canvas.buffer_rgba())[:, :, :3].astype(np.int16)
        height = pixels.shape[0]
        for text in canvas.figure.findobj(Text):
            if not text.get_visible() or not text.get_text().strip():
                continue
            box = text.get_window_extent(renderer)
            top, bottom = int(height - box.y1), int(height - box.y0) + 1
            crop = pixels[max(top, 0):bottom, max(int(box.x0), 0):int(box.x1) + 1]
            if crop.size == 0:
                continue
            background = background_of(crop)
            red, green, blue, alpha = to_rgba(text.get_color(), text.get_alpha())
            colour = tuple(alpha * c * 255 + (1 - alpha) * b
                           for c, b in zip((red, green, blue), background))
            value = ratio(colour, background)
            if value < TEXT_MINIMUM:
                found.append(Finding(screen, f"chart {canvas.accessibleName()!r}",
                                     text.get_text()[:40], hex_of(colour), hex_of(background),
                                     value))
    return found
