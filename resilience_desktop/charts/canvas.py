"""ChartCanvas: a QWidget owning a matplotlib Figure, drawn lazily.

matplotlib is imported the first time a canvas becomes visible, never at
start-up. Subclass and implement ``draw_figure(figure)`` (or pass a
callable), then call ``mark_stale()`` whenever the data changes: the canvas
redraws with ``draw_idle()`` only when visible and stale.

Accessibility, the same for every chart: the canvas takes keyboard focus, is
named after its title ("Chart: …"), carries its data as text
(``charts/plots/describe.py``) in its accessible description, and shows that
text on Enter, Space, the context-menu key or a right click ("Show data as
text…"). The text is read back from the figure when first asked for, not at every
draw (~3 ms a chart, issue 20): at once while assistive technology listens
(``QAccessible.isActive()``; a chart drawn before it listened, when next shown), else
when the chart takes focus, its description or ``text_summary`` is read, or its data is
shown as text — the same words.

Updating in place (issue 20): a canvas given ``update(figure) -> bool`` (or a
subclass overriding ``update_figure``) keeps its
Axes between redraws; when the data changes it calls ``update`` first, which
moves the existing artists' data and returns True, or returns False when the
chart's shape changed (empty <-> data, another kind of chart) and the canvas
rebuilds the figure from ``draw``. A theme or font change always rebuilds. While
the layout holds, an update is drawn over the kept pixels of the frame text
(``charts/blit.py``) rather than in full. Chart text follows the app's font size: the figure's dpi scales
with the widget font (``REFERENCE_POINT_SIZE`` is the size the charts were
designed at).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAccessible, QAction
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from resilience_desktop.charts.blit import FrameBlitter
from resilience_desktop.charts.layout_cache import LayoutCache, layout_pending
from resilience_desktop.charts.plots.style import chart_rc, localise_tick_numbers
from resilience_desktop.charts.warm_up import skip_artist_docs
from resilience_desktop.core.i18n import translate

BASE_DPI = 100
FOCUS_FRAME = 3  # px of highlight around a chart that has keyboard focus
REFERENCE_POINT_SIZE = 9.0  # the widget font size the charts' text sizes were chosen at


def font_scale(point_size: float) -> float:
    """How much bigger chart text is drawn for a font of point_size (0.75–3)."""
    if point_size <= 0:
        return 1.0
    return max(0.75, min(3.0, point_size / REFERENCE_POINT_SIZE))


class ChartCanvas(QWidget):
    reading_changed = Signal(str)

    def __init__(self, draw: Callable | None = None, parent: QWidget | None = None,
                 min_height: int = 220, update: Callable | None = None) -> None:
        super().__init__(parent)
        self._draw_callback = draw
        self._update_callback = update
        self._blitter = FrameBlitter()
        self._built_style = None  # the (theme, dpi) the figure's artists were made with
        self._stale = True
        self._shows_figure = False  # the canvas's pixels are the figure as it is now
        self._layout_cache = LayoutCache()
        self.figure = None
        self.canvas = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.setMinimumHeight(min_height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._summary: str | None = ""  # the data as text; None: to be read from the figure
        self._description_due = False  # the accessible description waits for _summary
        self.reading = ""  # the one-line reading shown above the chart, if any
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(translate("Resilience", "Chart"))
        self.show_data_action = QAction(translate("Resilience", "Show data as text…"), self)
        self.show_data_action.setObjectName("show_data_action")
        self.show_data_action.triggered.connect(self.show_data_as_text)
        self.addAction(self.show_data_action)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    # -- for subclasses -------------------------------------------------
    def draw_figure(self, figure) -> None:
        if self._draw_callback is not None:
            self._draw_callback(figure)

    def update_figure(self, figure) -> bool:
        """Move the kept artists to the new data (module doc); False: rebuild instead."""
        return self._update_callback is not None and bool(self._update_callback(figure))

    # -- public ---------------------------------------------------------
    def mark_stale(self) -> None:
        """Data changed: redraw now if visible, else on next show."""
        self._stale = True
        if self.isVisible():
            self.redraw()

    def redraw(self) -> None:
        """Rebuild (or update in place) the figure contents and schedule a paint."""
        updated_in_place = self._rebuild()
        # While the layout holds, rendered now over the frame text's kept pixels:
        if updated_in_place and not layout_pending(self.figure) and self._blitter.draw(self.canvas):
            self._shows_figure = True
            self.canvas.update()
            return
        self.canvas.draw_idle()

    def _rebuild(self) -> bool:
        """Bring the figure up to date; True when its artists were updated in place."""
        self._ensure_canvas()
        self._shows_figure = False
        if self._update_in_place():
            return True
        self._blitter.forget()
        for ax in list(self.figure.axes):
            # Figure.clear() would first clear() each axes, rebuilding its ticks
            # only to throw them away (~10 ms an axes): remove them directly.
            self.figure.delaxes(ax)
        self.figure.clear()
        self.figure.set_layout_engine("constrained")
        with self._theme_rc():
            self.figure.set_facecolor(self.palette().window().color().name())  # the theme may have changed
            self.draw_figure(self.figure)  # may opt out with set_layout_engine("none")
            localise_tick_numbers(self.figure)
        self._built_style = self._style()
        self._choose_layout()
        self._stale = False
        self._describe()
        return False

    def _theme_rc(self):
        """The chart colours of the window's theme, while artists are made or moved."""
        from matplotlib import rc_context

        background = self.palette().window().color()
        return rc_context(chart_rc(background.lightness() < 128, background.name()))

    def _style(self) -> tuple:
        return (self.palette().window().color().name(), self.figure._original_dpi)

    def _update_in_place(self) -> bool:
        """Move the kept artists to the new data (module doc); False: rebuild instead."""
        if not self.figure.axes or self._built_style != self._style():
            return False
        with self._theme_rc():
            if not self.update_figure(self.figure):
                return False
        self._choose_layout(rebuilt=False)
        self._stale = False
        self._describe()
        return True

    # -- accessibility ---------------------------------------------------
    def _describe(self) -> None:
        """The figure changed: its name now (cheap), its data as text when first asked for."""
        from resilience_desktop.charts.plots.describe import chart_title

        self._summary = None
        title = chart_title(self.figure) or self._tab_title()
        self.setAccessibleName(translate("Resilience", "Chart: {title}").format(title=title) if title else translate("Resilience", "Chart"))
        self._description_due = True
        self._announce_if_listened()

    def _announce_if_listened(self) -> None:
        if self.hasFocus() or QAccessible.isActive():  # someone may read it now
            self._set_description()

    @property
    def text_summary(self) -> str:
        """The chart's data as text (charts/plots/describe.py), read from the figure once
        after each change."""
        if self._summary is None:
            from resilience_desktop.charts.plots.describe import describe_figure

            self._summary = describe_figure(self.figure)
        return self._summary

    def _set_description(self) -> None:
        if self._description_due:
            self._description_due = False
            reading = f"{self.reading} " if self.reading else ""
            self.setAccessibleDescription(reading + self.text_summary[:2000] + " "
                                          + translate("Resilience", "(Enter shows the data as text.)"))

    def accessibleDescription(self) -> str:  # noqa: N802 (Qt API)
        """As set at the last change (built now if nobody had asked yet)."""
        self._set_description()
        return super().accessibleDescription()

    def set_reading(self, text: str) -> None:
        """The sentence shown above the chart (ui/widgets/chart_reading.py); screen
        readers hear it first. Draw callbacks call it with the data they draw."""
        if text != self.reading:
            self.reading = text
            self.reading_changed.emit(text)
        if self.figure is not None and not self._stale:
            self._description_due = True  # the reading leads the description
            self._announce_if_listened()

    def _tab_title(self) -> str:
        """The title of the sub-tab that holds this chart (for a chart without one)."""
        from PySide6.QtWidgets import QTabWidget

        child, parent = self, self.parentWidget()
        while parent is not None:
            owner = parent.parentWidget()
            if isinstance(owner, QTabWidget) and owner.indexOf(child) >= 0:
                return owner.tabText(owner.indexOf(child)).replace("&", "")
            child, parent = parent, owner
        return ""

    def show_data_as_text(self):
        """A dialog with the chart's data as text (returned for tests)."""
        if self._stale or self.canvas is None:
            self._rebuild()
        from resilience_desktop.charts.data_text_dialog import DataTextDialog

        dialog = DataTextDialog(self.accessibleName(), self.text_summary, self)
        dialog.open()
        return dialog

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.show_data_as_text()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self._set_description()  # before the focus is announced
        super().focusInEvent(event)
        self._layout.setContentsMargins(*[FOCUS_FRAME] * 4)  # room for the focus frame

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().focusOutEvent(event)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().paintEvent(event)
        if self.hasFocus():  # the figure fills the middle: the margin is the frame
            from PySide6.QtGui import QPainter

            painter = QPainter(self)
            painter.fillRect(self.rect(), self.palette().highlight())

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.canvas is not None:
            self._apply_font_scale()
            self.mark_stale()

    def _apply_font_scale(self) -> None:
        """Chart text follows the font: scale the figure's dpi, keep its pixel size."""
        dpi = BASE_DPI * font_scale(self.font().pointSizeF())
        if abs(self.figure._original_dpi - dpi) < 0.01:
            return
        ratio = self.canvas.device_pixel_ratio
        self.figure._original_dpi = dpi  # what matplotlib's Qt canvas scales from
        self.figure._set_dpi(dpi * ratio, forward=False)
        self.figure.set_size_inches(self.canvas.width() * ratio / self.figure.dpi,
                                    self.canvas.height() * ratio / self.figure.dpi,
                                    forward=False)
        self._layout_cache.forget()

    # -- layout (charts/layout_cache.py) ----------------------------------
    def _choose_layout(self, rebuilt: bool = True) -> None:
        self._layout_cache.choose(self.figure, (self.canvas.width(), self.canvas.height()),
                                  rebuilt)

    def _on_canvas_drawn(self, event) -> None:
        self._shows_figure = True
        self._blitter.full_draw_done(event.renderer)
        self._layout_cache.drawn(self.figure)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self._shows_figure = False  # matplotlib's canvas redraws at its new size
        self._layout_cache.forget(self.figure)
        super().resizeEvent(event)

    def draw_now(self) -> None:
        """Render synchronously (screenshots and benchmarks): rebuild if stale, draw once."""
        if self._stale or self.canvas is None:
            self._rebuild()
        self.canvas.draw()

    def draw_if_needed(self) -> None:
        """draw_now, unless the canvas already shows the figure as it is (drawn since its
        last change and resize): --screenshot takes each chart as its show drew it."""
        if self._stale or self.canvas is None or not self._shows_figure:
            self.draw_now()

    # -- Qt -------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self._stale:
            self.redraw()
        else:  # assistive technology started since the last draw: described when shown
            self._announce_if_listened()

    def make_canvas(self) -> None:
        """Make matplotlib's canvas now (importing matplotlib), not at the first show: a
        page about to show its chart lays out around the canvas's size hint at once,
        and the chart is drawn at the size that gives (ui/insights/helps_page.py)."""
        self._ensure_canvas()

    def _ensure_canvas(self) -> None:
        if self.canvas is not None:
            return
        import matplotlib

        skip_artist_docs()  # before the figure modules are imported (charts/warm_up.py)
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        # A fixed title height: matplotlib's automatic title placement measures
        # every tick label on each draw (~25-50 ms a chart here). Our charts
        # have no top tick labels for a title to dodge.
        matplotlib.rcParams["axes.titley"] = 1.0

        self.figure = Figure(layout="constrained",
                             dpi=BASE_DPI * font_scale(self.font().pointSizeF()))
        self.figure.set_facecolor(self.palette().window().color().name())
        self.canvas = _figure_canvas_class(FigureCanvasQTAgg)(self.figure)
        self.canvas.mpl_connect("draw_event", self._on_canvas_drawn)
        self.canvas.setParent(self)
        self.canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the ChartCanvas takes focus
        self.canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self._layout.addWidget(self.canvas)


@cache
def _figure_canvas_class(base: type) -> type:
    """matplotlib's Qt canvas whose renderers know a font's line heights
    (charts/font_heights.py) and set a font's size once a text, not before every glyph
    (charts/glyph_text.py): made once, when matplotlib is first imported."""
    from types import MethodType

    from resilience_desktop.charts import glyph_text
    from resilience_desktop.charts.font_heights import font_height_metrics

    glyphs_by_text = glyph_text.applies()

    class FigureCanvas(base):  # type: ignore[misc, valid-type]
        def get_renderer(self):
            renderer = super().get_renderer()
            if "_get_font_height_metrics" not in vars(renderer):  # a new renderer
                figure = self.figure
                renderer._get_font_height_metrics = lambda prop: font_height_metrics(figure, prop)
                if glyphs_by_text:
                    renderer._draw_text_glyphs_and_boxes = MethodType(
                        glyph_text.draw_text_glyphs_and_boxes, renderer)
            return renderer

    return FigureCanvas
