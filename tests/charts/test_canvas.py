"""ChartCanvas: lazy drawing, and the layout reused only while the figure's shape holds."""

from matplotlib.layout_engine import ConstrainedLayoutEngine

from resilience_desktop.charts.canvas import ChartCanvas


class _LineCanvas(ChartCanvas):
    def __init__(self):
        super().__init__()
        self.values = [1, 2, 3]
        self.ylabel = "minutes"
        self.draws = 0

    def draw_figure(self, figure):
        self.draws += 1
        ax = figure.add_subplot()
        ax.plot(self.values)
        ax.set_ylabel(self.ylabel)
        ax.set_title("A title")


def _engine_is_constrained(canvas):
    return isinstance(canvas.figure.get_layout_engine(), ConstrainedLayoutEngine)


def test_draws_only_when_shown_and_stale(qtbot):
    canvas = _LineCanvas()
    qtbot.addWidget(canvas)
    canvas.mark_stale()
    assert canvas.draws == 0 and canvas.figure is None  # hidden: nothing drawn, no matplotlib
    canvas.resize(600, 400)
    canvas.show()
    qtbot.waitExposed(canvas)
    assert canvas.draws == 1
    canvas.mark_stale()
    assert canvas.draws == 2


def test_data_only_redraw_reuses_the_layout_and_a_new_shape_recomputes_it(qtbot):
    canvas = _LineCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(600, 400)
    canvas.show()
    qtbot.waitExposed(canvas)
    canvas.draw_now()
    assert _engine_is_constrained(canvas)
    first = canvas.figure.axes[0].get_position().bounds

    canvas.values = [3, 1, 2]  # same shape, new data
    canvas.mark_stale()
    canvas.draw_now()
    assert not _engine_is_constrained(canvas)
    assert canvas.figure.axes[0].get_position().bounds == first
    assert list(canvas.figure.axes[0].get_lines()[0].get_ydata()) == [3, 1, 2]

    canvas.values = [30000, 10000, 20000]  # wider tick labels: a new layout
    canvas.mark_stale()
    canvas.draw_now()
    assert _engine_is_constrained(canvas)
    assert canvas.figure.axes[0].get_position().x0 > first[0]


def test_resizing_lays_the_figure_out_again(qtbot):
    canvas = _LineCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(600, 400)
    canvas.show()
    qtbot.waitExposed(canvas)
    canvas.draw_now()
    canvas.mark_stale()
    canvas.draw_now()
    assert not _engine_is_constrained(canvas)
    canvas.resize(900, 300)
    qtbot.waitUntil(lambda: _engine_is_constrained(canvas))


def test_draw_if_needed_renders_only_a_chart_not_shown_as_it_is(qtbot):
    """--screenshot takes each chart as its show drew it; a changed or resized chart is
    drawn (once) before its picture."""
    canvas = _LineCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(600, 400)
    canvas.show()
    qtbot.waitExposed(canvas)
    canvas.canvas.flush_events()  # the show's own draw
    renders = []
    canvas.canvas.mpl_connect("draw_event", lambda event: renders.append(event))
    canvas.draw_if_needed()
    assert renders == []

    canvas.values = [5, 4, 9]
    canvas.mark_stale()  # redrawn on the next idle moment, not yet
    canvas.draw_if_needed()
    assert len(renders) == 1
    assert list(canvas.figure.axes[0].get_lines()[0].get_ydata()) == [5, 4, 9]
    canvas.draw_if_needed()
    assert len(renders) == 1
